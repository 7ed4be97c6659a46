/**
 * Svakom Sam Neo 2 / 2 Pro, written with response: vibration 55 03 00 00 <05 when running> <speed> 00,
 * suction 55 09 00 00 <on> <level> 00.
 */
import { write, type Protocol } from "../protocol";
import { onOff, statelessHandler, u8 } from "./helpers";

const NAME = "svakom-sam2";

/** The Svakom Sam 2 protocol. */
export const svakomSam2: Protocol = {
  name: NAME,
  create: () =>
    statelessHandler(NAME, (_featureIndex, out) => {
      const s = u8(out.value);
      if (out.type === "Vibrate") return [write("tx", [0x55, 0x03, 0x00, 0x00, s === 0 ? 0x00 : 0x05, s, 0x00], true)];
      if (out.type === "Constrict") return [write("tx", [0x55, 0x09, 0x00, 0x00, onOff(s), s, 0x00], true)];
      return undefined;
    }),
};
