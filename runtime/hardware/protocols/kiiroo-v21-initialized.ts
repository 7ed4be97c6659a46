/**
 * Kiiroo v2.1 with a handshake (Onyx 2.1, Onyx+, Keon, Rocketman…): the Kiiroo v2.1 byte format
 * (01 <speed>; strokes 03 00 <Launch-curve speed> <position>) after an init that writes
 * 03 00 64 19 then 03 00 64 00 to tx, both with response.
 */
import { write, type HardwareLink, type Protocol } from "../protocol";
import { executeAll } from "./helpers";
import { KiirooV21Handler } from "./kiiroo-v21";

const NAME = "kiiroo-v21-initialized";

class KiirooV21Initialized extends KiirooV21Handler {
  async initialize(link: HardwareLink): Promise<void> {
    await executeAll(link, [write("tx", [0x03, 0x00, 0x64, 0x19], true), write("tx", [0x03, 0x00, 0x64, 0x00], true)]);
  }
}

/** The Kiiroo v2.1 (initialized) protocol. */
export const kiirooV21Initialized: Protocol = {
  name: NAME,
  create: () => new KiirooV21Initialized(NAME),
};
