/**
 * Kiiroo PowerShot: both motors in one packet on tx, written with response:
 * 01 00 00 <motor 0> <motor 1> 00. Battery: the standard BLE battery level (first byte).
 */
import { defineProtocol, write } from "../protocol";
import { bleBatteryInput, sharedPacket, u8 } from "./helpers";

const NAME = "kiiroo-powershot";

/** The packet for the two motor speeds (0–100). */
export const powershotPacket = (first: number, second: number): number[] => [
  0x01,
  0x00,
  0x00,
  u8(first),
  u8(second),
  0x00,
];

/** The Kiiroo PowerShot protocol. */
export const kiirooPowershot = defineProtocol({
  name: NAME,
  create: (_definition, outputs) => ({
    vibrate: sharedPacket(NAME, outputs, 2, ([first, second]) => [write("tx", powershotPacket(first, second), true)]),
    readInput: bleBatteryInput(NAME, 20),
  }),
});
