/**
 * Fantasy Cup Barnard (Svakom): vibration 55 03 00 00 <speed> <on>, oscillation
 * 55 08 00 00 <speed> <ff when running, else 00>.
 */
import { defineProtocol, write } from "../protocol";
import { onOff, u8 } from "./helpers";

const NAME = "svakom-barnard";

/** The Svakom Barnard protocol. */
export const svakomBarnard = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x55, 0x03, 0x00, 0x00, u8(speed), onOff(u8(speed))])],
    oscillate: (_index, speed) => [write("tx", [0x55, 0x08, 0x00, 0x00, u8(speed), u8(speed) === 0 ? 0x00 : 0xff])],
  }),
});
