import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Fleshy Thrust Sync: `position duration_hi duration_lo` on `tx` (duration in ms, 16 bits big-endian). */
export const fleshyThrust = defineProtocol({
  name: "fleshy-thrust",
  create: () => ({
    hwPositionWithDuration: (_index, position, duration) => [
      write("tx", [u8(position), (duration & 0xff00) >> 8, duration & 0xff]),
    ],
  }),
});
