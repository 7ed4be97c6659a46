import { write, type Protocol } from "../protocol";
import { ascii } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Adrien Lastic: ASCII `MotorValue:<level, 2+ digits>;` on `tx`, written with response. */
export const adrienlastic: Protocol = {
  name: "adrienlastic",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("adrienlastic", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", ascii(`MotorValue:${String(speed).padStart(2, "0")};`), true)],
      }),
  }),
};
