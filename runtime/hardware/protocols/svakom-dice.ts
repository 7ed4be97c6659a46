/**
 * Zemalia Dice for Love (Svakom): 55 04 00 00 01 <speed> aa on tx. (The roll sensor and battery
 * notifications the device has are not exposed by the device config.)
 */
import { defineProtocol, write } from "../protocol";
import { u8 } from "./helpers";

const NAME = "svakom-dice";

/** The Svakom Dice protocol. */
export const svakomDice = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x55, 0x04, 0x00, 0x00, 0x01, u8(speed), 0xaa])],
  }),
});
