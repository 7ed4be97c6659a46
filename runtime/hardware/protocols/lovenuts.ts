import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Love Nuts: `45 56 4f 4c` ("EVOL"), the level in both nibbles ten times over, then `00 ff`, on `tx`. */
export const lovenuts: Protocol = {
  name: "lovenuts",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("lovenuts", featureIndex, command, {
        Vibrate: (_index, speed) => {
          const level = u8(speed | (speed << 4));
          return [write("tx", [0x45, 0x56, 0x4f, 0x4c, ...Array<number>(10).fill(level), 0x00, 0xff])];
        },
      }),
  }),
};
