import { defineProtocol, write } from "../protocol";
import { motorSlots, u8 } from "./helpers";

/**
 * Je Joue: two motors but one level on `tx`, `pattern level`: pattern 2 with motor 1's level
 * while motor 1 runs (even when motor 2 runs too, as in the reference server), else pattern 3
 * with motor 2's level, and `01 00` when both are off.
 */
export const jejoue = defineProtocol({
  name: "jejoue",
  create: (_definition, outputs) => ({
    vibrate: (index) => {
      const [first, second] = motorSlots("jejoue", outputs, 2, index).map(u8);
      if (first > 0) return [write("tx", [2, first], false, ["all"])];
      if (second > 0) return [write("tx", [3, second], false, ["all"])];
      return [write("tx", [1, 0], false, ["all"])];
    },
  }),
});
