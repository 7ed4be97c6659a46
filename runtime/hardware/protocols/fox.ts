import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Fox: `03 01 01 fe level` on `tx`. */
export const fox: Protocol = {
  name: "fox",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("fox", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0x03, 0x01, 0x01, 0xfe, u8(speed)])],
      }),
  }),
};
