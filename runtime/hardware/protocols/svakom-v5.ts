/**
 * Svakom v5 (Chika, Mora Neo, Trysta Neo, Mini Emma Neo): both motors in one 6-byte packet,
 * 55 03 <which> 00 <on> <max speed> (which: 00 both or equal, 01 first only, 02 second only);
 * the oscillating part (Mora / Trysta) is 55 09 00 00 <speed> 00.
 */
import { defineProtocol, type HardwareCommand, write } from "../protocol";
import { sharedPacket, u8 } from "./helpers";

const NAME = "svakom-v5";

/** Both motors' packet. Unlike v4, a one-motor model is not special-cased: the reference sends 01 for it. */
function packet(speeds: number[]): HardwareCommand {
  const [a, b] = speeds.map(u8);
  const which = (a > 0 && b > 0) || a === b ? 0x00 : a > 0 ? 0x01 : 0x02;
  const on = a === 0 && b === 0 ? 0x00 : 0x01;
  return write("tx", [0x55, 0x03, which, 0x00, on, Math.max(a, b)]);
}

/** The Svakom v5 protocol. */
export const svakomV5 = defineProtocol({
  name: NAME,
  create: (_definition, outputs) => ({
    vibrate: sharedPacket(NAME, outputs, 2, (speeds) => [packet(speeds)]),
    oscillate: (_index, speed) => [write("tx", [0x55, 0x09, 0x00, 0x00, u8(speed), 0x00])],
  }),
});
