import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** How often Hgod vibration must be re-sent (ms): a frame runs the motor for about that long. */
export const HGOD_COMMAND_DELAY_MS = 100;

/**
 * Hgod: `55 04 00 00 00 level` on `tx`, but a frame only drives the motor for ~100 ms, so nothing
 * is sent at command time: the keepalive, as an update loop, sends the current level every 100 ms
 * while it is above 0, and nothing once it is 0 (the motor then stops by itself), as the
 * reference server's update loop does.
 */
export const hgod = defineProtocol({
  name: "hgod",
  create: (_definition, outputs) => ({
    vibrate: () => [],
    keepalive: () => {
      const level = u8(outputs.ofType("Vibrate"));
      return {
        intervalMs: HGOD_COMMAND_DELAY_MS,
        commands: level > 0 ? [write("tx", [0x55, 0x04, 0x00, 0x00, 0x00, level])] : [],
        updateLoop: true,
      };
    },
  }),
});
