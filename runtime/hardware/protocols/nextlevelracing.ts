import { write, type Protocol } from "../protocol";
import { ascii } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Next Level Racing HF8 pad (serial): ASCII `M<FeatureIndex><level>\r` on `tx`, one motor per line. */
export const nextlevelracing: Protocol = {
  name: "nextlevelracing",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("nextlevelracing", featureIndex, command, {
        Vibrate: (index, speed) => [write("tx", ascii(`M${index}${speed}\r`))],
      }),
  }),
};
