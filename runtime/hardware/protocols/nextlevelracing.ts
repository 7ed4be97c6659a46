import { write, defineProtocol } from "../protocol";
import { ascii } from "./helpers";

/** Next Level Racing HF8 pad (serial): ASCII `M<FeatureIndex><level>\r` on `tx`, one motor per line. */
export const nextlevelracing = defineProtocol({
  name: "nextlevelracing",
  create: () => ({
    vibrate: (index, speed) => [write("tx", ascii(`M${index}${speed}\r`))],
  }),
});
