/** Svakom Jordan: vibration 55 03 00 00 <on> <speed> 00, oscillation 55 08 00 00 <on> <speed> 00. */
import { write, type Protocol } from "../protocol";
import { onOff, statelessHandler, u8 } from "./helpers";

const NAME = "svakom-jordan";

/** The Svakom Jordan protocol. */
export const svakomJordan: Protocol = {
  name: NAME,
  create: () =>
    statelessHandler(NAME, (_featureIndex, out) => {
      const s = u8(out.value);
      if (out.type === "Vibrate") return [write("tx", [0x55, 0x03, 0x00, 0x00, onOff(s), s, 0x00])];
      if (out.type === "Oscillate") return [write("tx", [0x55, 0x08, 0x00, 0x00, onOff(s), s, 0x00])];
      return undefined;
    }),
};
