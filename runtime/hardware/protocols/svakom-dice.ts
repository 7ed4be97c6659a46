/**
 * Zemalia Dice for Love (Svakom): 55 04 00 00 01 <speed> aa on tx. (The roll sensor and battery
 * notifications the device has are not exposed by the device config.)
 */
import { write, type Protocol } from "../protocol";
import { statelessHandler, u8 } from "./helpers";

const NAME = "svakom-dice";

/** The Svakom Dice protocol. */
export const svakomDice: Protocol = {
  name: NAME,
  create: () =>
    statelessHandler(NAME, (_featureIndex, out) =>
      out.type === "Vibrate" ? [write("tx", [0x55, 0x04, 0x00, 0x00, 0x01, u8(out.value), 0xaa])] : undefined,
    ),
};
