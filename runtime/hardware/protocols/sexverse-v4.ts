import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Sexverse v4 (G1, VVD Vkini, Knights): `bb 01 level 66` on `tx`, written with response. */
export const sexverseV4: Protocol = {
  name: "sexverse-v4",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("sexverse-v4", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0xbb, 0x01, u8(speed), 0x66], true)],
      }),
  }),
};
