import { write, type Protocol } from "../protocol";
import { ascii, u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Youcups: ASCII `$SYS,<level>?` on `tx`. */
export const youcups: Protocol = {
  name: "youcups",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("youcups", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", ascii(`$SYS,${u8(speed)}?`))],
      }),
  }),
};
