import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Sexverse v5 (Heart): `aa 03 03 level 00 00 00` on `tx`. */
export const sexverseV5: Protocol = {
  name: "sexverse-v5",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("sexverse-v5", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0xaa, 0x03, 0x03, u8(speed), 0x00, 0x00, 0x00])],
      }),
  }),
};
