/**
 * Fantasy Cup Barnard (Svakom): vibration 55 03 00 00 <speed> <on>, oscillation
 * 55 08 00 00 <speed> <ff when running, else 00>.
 */
import { write, type Protocol } from "../protocol";
import { onOff, statelessHandler, u8 } from "./helpers";

const NAME = "svakom-barnard";

/** The Svakom Barnard protocol. */
export const svakomBarnard: Protocol = {
  name: NAME,
  create: () =>
    statelessHandler(NAME, (_featureIndex, out) => {
      const s = u8(out.value);
      if (out.type === "Vibrate") return [write("tx", [0x55, 0x03, 0x00, 0x00, s, onOff(s)])];
      if (out.type === "Oscillate") return [write("tx", [0x55, 0x08, 0x00, 0x00, s, s === 0 ? 0x00 : 0xff])];
      return undefined;
    }),
};
