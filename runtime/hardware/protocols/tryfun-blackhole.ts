import { defineProtocol } from "../protocol";
import { countedTryfunFrames } from "./tryfun";

/**
 * TryFun Black Hole / Rock: `id 02 00 03 kind level check` on `tx`, where id is a packet counter
 * (+1 per frame, wrapping), kind is 0c for the stroker (Oscillate) and 09 for the vibrator, and
 * check is ff minus bytes 1…5 plus 6 (mod 256).
 */
export const tryfunBlackhole = defineProtocol({
  name: "tryfun-blackhole",
  create: () => {
    const frame = countedTryfunFrames([0x02, 0x00, 0x03]);
    return {
      oscillate: (_index, speed) => frame(0x0c, speed),
      vibrate: (_index, speed) => frame(0x09, speed),
    };
  },
});
