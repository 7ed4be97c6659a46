/**
 * Svakom Ava Neo: the main motor (FeatureIndex 0) is 55 03 00 00 <on> <speed>; the second part is
 * 55 09 00 00 <speed> ff as a vibrator or 55 08 00 00 <speed> ff as an oscillator.
 */
import { write, type Protocol } from "../protocol";
import { onOff, statelessHandler, u8 } from "./helpers";

const NAME = "svakom-avaneo";

/** The Svakom Ava Neo protocol. */
export const svakomAvaNeo: Protocol = {
  name: NAME,
  create: () =>
    statelessHandler(NAME, (featureIndex, out) => {
      if (out.type !== "Vibrate" && out.type !== "Oscillate") return undefined;
      const s = u8(out.value);
      if (featureIndex === 0) return [write("tx", [0x55, 0x03, 0x00, 0x00, onOff(s), s])];
      return [write("tx", [0x55, out.type === "Vibrate" ? 0x09 : 0x08, 0x00, 0x00, s, 0xff])];
    }),
};
