/**
 * Kiiroo Spot: 00 ff 00 00 00 <speed> on tx. Battery: first byte of the BLE battery characteristic.
 */
import { defineProtocol, write } from "../protocol";
import { bleBatteryInput, u8 } from "./helpers";

const NAME = "kiiroo-spot";

/** The Kiiroo Spot protocol. */
export const kiirooSpot = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x00, 0xff, 0x00, 0x00, 0x00, u8(speed)])],
    // The reference asks for 20 bytes here; the level is the first.
    readInput: bleBatteryInput(NAME, 20),
  }),
});
