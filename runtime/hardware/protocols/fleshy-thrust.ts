import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Fleshy Thrust Sync: `position duration_hi duration_lo` on `tx` (duration in ms, 16 bits big-endian). */
export const fleshyThrust: Protocol = {
  name: "fleshy-thrust",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("fleshy-thrust", featureIndex, command, {
        HwPositionWithDuration: (_index, position, duration) => [
          write("tx", [u8(position), (duration & 0xff00) >> 8, duration & 0xff]),
        ],
      }),
  }),
};
