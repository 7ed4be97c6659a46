import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Pink Punch: `09 level` on `tx`, written with response. */
export const pinkPunch: Protocol = {
  name: "pink_punch",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("pink_punch", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0x09, u8(speed)], true)],
      }),
  }),
};
