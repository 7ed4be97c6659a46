import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Cupido: `b0 03 00 00 00 level aa` on `tx`. */
export const cupido: Protocol = {
  name: "cupido",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("cupido", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0xb0, 0x03, 0x00, 0x00, 0x00, u8(speed), 0xaa])],
      }),
  }),
};
