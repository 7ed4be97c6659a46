import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * FeelingSo (Flair Feel): vibrator and oscillator share one frame on `tx`,
 * `aa 40 03 vibrate oscillate 14 19` (14 = oscillation range 1…4), so every command sends both.
 */
export const feelingso = defineProtocol({
  name: "feelingso",
  create: (_definition, outputs) => {
    const frame = () => [
      write(
        "tx",
        [0xaa, 0x40, 0x03, u8(outputs.ofType("Vibrate")), u8(outputs.ofType("Oscillate")), 0x14, 0x19],
        false,
        ["all"],
      ),
    ];
    return { vibrate: frame, oscillate: frame };
  },
});
