/**
 * Kiiroo Spot: 00 ff 00 00 00 <speed> on tx. Battery: first byte of the BLE battery characteristic.
 */
import type { inside } from "../../../generated";
import { defineProtocol, type HardwareLink, write } from "../protocol";
import { readBleBattery, u8, unsupportedInput } from "./helpers";

const NAME = "kiiroo-spot";

/** The Kiiroo Spot protocol. */
export const kiirooSpot = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x00, 0xff, 0x00, 0x00, 0x00, u8(speed)])],
    async readInput(link: HardwareLink, featureIndex: number, type: inside.InputType) {
      if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
      // The reference asks for 20 bytes here; the level is the first.
      return readBleBattery(link, 20);
    },
  }),
});
