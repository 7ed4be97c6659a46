import { defineProtocol } from "../protocol";
import { i8 } from "./helpers";
import { countedTryfunFrames } from "./tryfun";

/**
 * TryFun Meta 2: `id 02 00 05 21 05 kind value check` on `tx`, where id is a packet counter (+1 per
 * frame, wrapping), kind is 0b stroker (Oscillate), 08 vibrator, 0e rotator, and check is ff minus
 * bytes 1…7 plus 8 (mod 256). The rotator's value is -(speed+1) for clockwise (so stop is ff) and
 * the plain speed for counterclockwise, as a signed byte.
 */
export const tryfunMeta2 = defineProtocol({
  name: "tryfun-meta2",
  create: () => {
    const frame = countedTryfunFrames([0x02, 0x00, 0x05, 0x21, 0x05]);
    return {
      oscillate: (_index, speed) => frame(0x0b, speed),
      vibrate: (_index, speed) => frame(0x08, speed),
      rotate: (_index, speed) => {
        const s = i8(speed);
        return frame(0x0e, -(s >= 0 ? s + 1 : s));
      },
    };
  },
});
