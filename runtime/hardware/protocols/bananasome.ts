import { deviceError } from "../../errors";
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * Bananasome (Rocket X7): the oscillator and both vibrators share one frame on `tx`,
 * `a0 03 m0 m1 m2` by FeatureIndex, so the handler keeps every motor's level.
 */
export const bananasome = defineProtocol({
  name: "bananasome",
  create: (_definition, outputs) => {
    const frame = (index: number) => {
      if (index > 2) throw deviceError(`Bananasome has motors at FeatureIndex 0-2, not ${index}`);
      return [write("tx", [0xa0, 0x03, ...outputs.slots(3).map(u8)], false, ["all"])];
    };
    return {
      oscillate: frame,
      vibrate: frame,
    };
  },
});
