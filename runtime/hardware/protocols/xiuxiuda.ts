/** Xiuxiuda (XXD-Lush*): `00 00 00 00 65 3a 30 level 64` on `tx`. */
import { write, type Protocol } from "../protocol";
import { encodeOutput } from "./output-encoders";
import { u8 } from "./helpers";

/** Xiuxiuda: fixed 9-byte frame with the level at byte 7. */
export const xiuxiuda: Protocol = {
  name: "xiuxiuda",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("xiuxiuda", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0x00, 0x00, 0x00, 0x00, 0x65, 0x3a, 0x30, u8(speed), 0x64])],
      }),
  }),
};
