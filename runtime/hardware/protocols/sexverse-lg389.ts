import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * Sexverse LG389: vibrator and oscillator share one frame on `tx`, written with response:
 * `aa 05 vibe 14 anchor 00 range 00 osc 00`, where a running oscillator gets anchor 1 (from the
 * base) and range 4 (full stroke), else both 0. The handler keeps both levels.
 */
export const sexverseLg389 = defineProtocol({
  name: "sexverse-lg389",
  create: (_definition, outputs) => {
    const frame = () => {
      const vibe = u8(outputs.ofType("Vibrate"));
      const osc = u8(outputs.ofType("Oscillate"));
      return [
        write("tx", [0xaa, 0x05, vibe, 0x14, osc === 0 ? 0 : 1, 0x00, osc === 0 ? 0 : 4, 0x00, osc, 0x00], true, [
          "all",
        ]),
      ];
    };
    return { vibrate: frame, oscillate: frame };
  },
});
