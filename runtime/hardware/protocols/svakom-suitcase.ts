/**
 * Svakom Magic Suitcase (and Coleur Dor VX236A): the main motor's 30 steps are sent as
 * 55 03 00 00 <intensity 1–3> <speed 1–10> (step 10 is intensity 1, speed 10; step 11 is 2, 1);
 * the second motor is 55 09 00 00 <speed> 00.
 */
import { defineProtocol, write } from "../protocol";
import { u8 } from "./helpers";

const NAME = "svakom-suitcase";

/** Intensity and speed bytes for a main-motor step. */
export function suitcaseLevels(step: number): [intensity: number, speed: number] {
  let speed = step % 10;
  let intensity = step === 0 ? 0 : Math.floor(step / 10) + 1;
  if (speed === 0 && intensity !== 0) {
    speed = 10;
    intensity -= 1;
  }
  return [u8(intensity), u8(speed)];
}

/** The Svakom Suitcase protocol. */
export const svakomSuitcase = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (featureIndex, speed) =>
      featureIndex === 0
        ? [write("tx", [0x55, 0x03, 0x00, 0x00, ...suitcaseLevels(speed)])]
        : [write("tx", [0x55, 0x09, 0x00, 0x00, u8(speed), 0x00])],
  }),
});
