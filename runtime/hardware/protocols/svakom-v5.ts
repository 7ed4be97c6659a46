/**
 * Svakom v5 (Chika, Mora Neo, Trysta Neo, Mini Emma Neo): both motors in one 6-byte packet,
 * 55 03 <which> 00 <on> <max speed> (which: 00 both or equal, 01 first only, 02 second only);
 * the oscillating part (Mora / Trysta) is 55 09 00 00 <speed> 00.
 */
import { defineProtocol, type HardwareCommand, unsupported, write } from "../protocol";
import { u8 } from "./helpers";

const NAME = "svakom-v5";

/** Both motors' packet. Unlike v4, a one-motor model is not special-cased: the reference sends 01 for it. */
function packet(a: number, b: number): HardwareCommand {
  const which = (a > 0 && b > 0) || a === b ? 0x00 : a > 0 ? 0x01 : 0x02;
  const on = a === 0 && b === 0 ? 0x00 : 0x01;
  return write("tx", [0x55, 0x03, which, 0x00, on, Math.max(a, b)], false, ["all"]);
}

/** The Svakom v5 protocol. */
export const svakomV5 = defineProtocol({
  name: NAME,
  create: (_definition, outputs) => ({
    vibrate: (featureIndex) => {
      if (featureIndex > 1) throw unsupported(NAME, featureIndex, "Vibrate");
      const [a, b] = outputs.slots(2).map(u8);
      return [packet(a, b)];
    },
    oscillate: (_index, speed) => [write("tx", [0x55, 0x09, 0x00, 0x00, u8(speed), 0x00])],
  }),
});
