/** Realov (STPIHKAL: realov): `c5 55 level aa` on `tx`. */
import { write, type Protocol } from "../protocol";
import { encodeOutput } from "./output-encoders";
import { u8 } from "./helpers";

/** Realov: level framed by c5 55 … aa. */
export const realov: Protocol = {
  name: "realov",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("realov", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0xc5, 0x55, u8(speed), 0xaa])],
      }),
  }),
};
