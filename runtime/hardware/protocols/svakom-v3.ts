/**
 * Svakom v3 (Phoenix Neo 2, Hannes Neo, Fantasy Cup Theodore, Alberta): the main motor is
 * 55 03 03 00 <on> <speed>, a second motor 55 09 00 00 <on> <speed>, rotation 55 08 00 00 <speed> ff.
 */
import { defineProtocol, write } from "../protocol";
import { onOff, u8 } from "./helpers";

const NAME = "svakom-v3";

/** The Svakom v3 protocol. */
export const svakomV3 = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (featureIndex, speed) => {
      const [mode, sub] = featureIndex === 0 ? [0x03, 0x03] : [0x09, 0x00];
      return [write("tx", [0x55, mode, sub, 0x00, onOff(u8(speed)), u8(speed)])];
    },
    rotate: (_index, speed) => [write("tx", [0x55, 0x08, 0x00, 0x00, u8(speed), 0xff])],
  }),
});
