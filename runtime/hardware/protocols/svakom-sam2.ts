/**
 * Svakom Sam Neo 2 / 2 Pro, written with response: vibration 55 03 00 00 <05 when running> <speed> 00,
 * suction 55 09 00 00 <on> <level> 00.
 */
import { defineProtocol, write } from "../protocol";
import { onOff, u8 } from "./helpers";

const NAME = "svakom-sam2";

/** The Svakom Sam 2 protocol. */
export const svakomSam2 = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (_index, speed) => [
      write("tx", [0x55, 0x03, 0x00, 0x00, u8(speed) === 0 ? 0x00 : 0x05, u8(speed), 0x00], true),
    ],
    constrict: (_index, level) => [write("tx", [0x55, 0x09, 0x00, 0x00, onOff(u8(level)), u8(level), 0x00], true)],
  }),
});
