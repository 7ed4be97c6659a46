/**
 * Mutufun Barney (Svakom): both motors in one packet, 55 03 <which> 00 <03 when running> <max speed> 00
 * (which: 00 both / equal / one-motor model, 01 first only, 02 second only).
 */
import type { DeviceDefinition, Protocol } from "../protocol";
import { svakomPairHandler } from "./svakom-common";

const NAME = "svakom-barney";

/** The Svakom Barney protocol. */
export const svakomBarney: Protocol = {
  name: NAME,
  create: (definition: DeviceDefinition) => svakomPairHandler(NAME, definition, 0x03),
};
