/**
 * Svakom Ava Neo: the main motor (FeatureIndex 0) is 55 03 00 00 <on> <speed>; the second part is
 * 55 09 00 00 <speed> ff as a vibrator or 55 08 00 00 <speed> ff as an oscillator.
 */
import { defineProtocol, write } from "../protocol";
import { onOff, u8 } from "./helpers";

const NAME = "svakom-avaneo";

/** FeatureIndex 0: `55 03 00 00 on speed`; the other: `55 mode 00 00 speed ff`. */
const packet = (featureIndex: number, mode: number, speed: number) =>
  featureIndex === 0
    ? write("tx", [0x55, 0x03, 0x00, 0x00, onOff(speed), speed])
    : write("tx", [0x55, mode, 0x00, 0x00, speed, 0xff]);

/** The Svakom Ava Neo protocol. */
export const svakomAvaNeo = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (featureIndex, speed) => [packet(featureIndex, 0x09, u8(speed))],
    oscillate: (featureIndex, speed) => [packet(featureIndex, 0x08, u8(speed))],
  }),
});
