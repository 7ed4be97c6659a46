import { write, type HardwareCommand, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Keepalive period of Leten devices (ms): they stop unless the last frame is repeated. */
export const LETEN_COMMAND_DELAY_MS = 1000;

/**
 * Leten: on connect `04 01` on `tx` (with response); then `02 level`, with response, repeated every
 * second — the off frame `02 00` until the first command.
 */
export const leten = defineProtocol({
  name: "leten",
  create: () => {
    let last: HardwareCommand[] = [write("tx", [0x02, 0x00], true)];
    return {
      initialize: async (link) => {
        await link.execute(write("tx", [0x04, 0x01], true));
      },
      vibrate: (_index, speed) => (last = [write("tx", [0x02, u8(speed)], true)]),
      keepalive: () => ({ intervalMs: LETEN_COMMAND_DELAY_MS, commands: last, repeatsLastPacket: true }),
    };
  },
});
