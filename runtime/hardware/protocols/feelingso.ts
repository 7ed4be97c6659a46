import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * FeelingSo (Flair Feel): vibrator and oscillator share one frame on `tx`,
 * `aa 40 03 vibrate oscillate 14 19` (14 = oscillation range 1…4), so the handler keeps both.
 */
export const feelingso = defineProtocol({
  name: "feelingso",
  create: () => {
    let vibrate = 0;
    let oscillate = 0;
    const frame = () => [write("tx", [0xaa, 0x40, 0x03, vibrate, oscillate, 0x14, 0x19], false, ["all"])];
    return {
      vibrate: (_index, speed) => {
        vibrate = u8(speed);
        return frame();
      },
      oscillate: (_index, speed) => {
        oscillate = u8(speed);
        return frame();
      },
    };
  },
});
