import { defineProtocol, write } from "../protocol";
import { u8 } from "./helpers";

/** Keepalive period of Leten devices (ms): they stop unless the last frame is repeated. */
export const LETEN_COMMAND_DELAY_MS = 1000;

/**
 * Leten: on connect `04 01` on `tx` (with response); then `02 level`, with response, repeated every
 * second — the off frame `02 00` until the first command.
 */
export const leten = defineProtocol({
  name: "leten",
  create: (_definition, outputs) => {
    const frame = () => [write("tx", [0x02, u8(outputs.ofType("Vibrate"))], true)];
    return {
      initialize: async (link) => {
        await link.execute(write("tx", [0x04, 0x01], true));
      },
      vibrate: frame,
      keepalive: () => ({ intervalMs: LETEN_COMMAND_DELAY_MS, commands: frame(), repeatsLastPacket: true }),
    };
  },
});
