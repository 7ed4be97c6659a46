/**
 * Kiiroo ProWand / Luxus: 00 00 64 <ff, or 00 when stopped> <speed> <speed> on tx, without
 * response. Battery: the standard BLE battery level (first byte).
 */
import type { inside } from "../../../generated";
import { defineProtocol, type HardwareLink, write } from "../protocol";
import { readBleBattery, u8, unsupportedInput } from "./helpers";

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
    async readInput(link: HardwareLink, featureIndex: number, type: inside.InputType) {
      if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
      return readBleBattery(link, 20);
    },
  }),
});
