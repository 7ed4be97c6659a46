import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Cachito: `02+FeatureIndex 01+FeatureIndex level 00` on `tx`, one motor per frame. */
export const cachito: Protocol = {
  name: "cachito",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("cachito", featureIndex, command, {
        Vibrate: (index, speed) => [write("tx", [u8(2 + index), u8(1 + index), u8(speed), 0x00])],
      }),
  }),
};
