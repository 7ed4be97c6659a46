import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** How often a running Xuanhuan needs its level again (ms). */
export const XUANHUAN_COMMAND_DELAY_MS = 300;

/**
 * Xuanhuan masturbator: `03 02 00 level` on `tx`, written with response; while the level is above 0
 * the frame is repeated every 300 ms whatever else was sent (an update loop, as in the reference
 * server), and not once it is 0.
 */
export const xuanhuan = defineProtocol({
  name: "xuanhuan",
  create: (_definition, outputs) => {
    const level = () => u8(outputs.ofType("Vibrate"));
    const frame = () => [write("tx", [0x03, 0x02, 0x00, level()], true)];
    return {
      vibrate: frame,
      keepalive: () => ({
        intervalMs: XUANHUAN_COMMAND_DELAY_MS,
        commands: level() === 0 ? [] : frame(),
        updateLoop: true,
      }),
    };
  },
});
