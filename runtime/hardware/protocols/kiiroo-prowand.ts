/**
 * Kiiroo ProWand / Luxus: 00 00 64 <ff, or 00 when stopped> <speed> <speed> on tx, without
 * response. Battery: the standard BLE battery level (first byte).
 */
import { defineProtocol, write } from "../protocol";
import { bleBatteryInput, u8 } from "./helpers";

const NAME = "kiiroo-prowand";

/** The ProWand vibration packet for a speed 0–255. */
export const prowandPacket = (speed: number): number[] => [
  0x00,
  0x00,
  0x64,
  speed === 0 ? 0x00 : 0xff,
  u8(speed),
  u8(speed),
];

/** The Kiiroo ProWand protocol. */
export const kiirooProwand = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (_index, speed) => [write("tx", prowandPacket(speed))],
    readInput: bleBatteryInput(NAME, 20),
  }),
});
