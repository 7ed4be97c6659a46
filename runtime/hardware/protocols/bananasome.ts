import { defineProtocol, type OutputKind, write } from "../protocol";
import { sharedPacket, u8 } from "./helpers";

/**
 * Bananasome (Rocket X7): the oscillator and both vibrators share one frame on `tx`,
 * `a0 03 m0 m1 m2` by FeatureIndex, so the handler keeps every motor's level.
 */
export const bananasome = defineProtocol({
  name: "bananasome",
  create: (_definition, outputs) => {
    const frame = (type: OutputKind) =>
      sharedPacket("bananasome", outputs, 3, (levels) => [write("tx", [0xa0, 0x03, ...levels.map(u8)])], type);
    return {
      oscillate: frame("Oscillate"),
      vibrate: frame("Vibrate"),
    };
  },
});
