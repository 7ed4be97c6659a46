import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Meese: `01 80 01+FeatureIndex level` on `tx`, one motor per frame, written with response. */
export const meese: Protocol = {
  name: "meese",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("meese", featureIndex, command, {
        Vibrate: (index, speed) => [write("tx", [0x01, 0x80, u8(0x01 + index), u8(speed)], true)],
      }),
  }),
};
