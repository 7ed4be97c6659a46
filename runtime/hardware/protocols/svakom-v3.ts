/**
 * Svakom v3 (Phoenix Neo 2, Hannes Neo, Fantasy Cup Theodore, Alberta): the main motor is
 * 55 03 03 00 <on> <speed>, a second motor 55 09 00 00 <on> <speed>, rotation 55 08 00 00 <speed> ff.
 */
import { write, type Protocol } from "../protocol";
import { onOff, statelessHandler, u8 } from "./helpers";

const NAME = "svakom-v3";

/** The Svakom v3 protocol. */
export const svakomV3: Protocol = {
  name: NAME,
  create: () =>
    statelessHandler(NAME, (featureIndex, out) => {
      const s = u8(out.value);
      if (out.type === "Vibrate") {
        const [mode, sub] = featureIndex === 0 ? [0x03, 0x03] : [0x09, 0x00];
        return [write("tx", [0x55, mode, sub, 0x00, onOff(s), s])];
      }
      if (out.type === "Rotate") return [write("tx", [0x55, 0x08, 0x00, 0x00, s, 0xff])];
      return undefined;
    }),
};
