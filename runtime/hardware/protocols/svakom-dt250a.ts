/**
 * Coleur Dor DT250A (Svakom): 55 <mode> 00 00 <level> <on> on tx, mode 03 for the first motor,
 * 08 for the second, 09 for the suction (constrict), whose last byte is always 00.
 */
import { defineProtocol, write } from "../protocol";
import { u8 } from "./helpers";

const NAME = "svakom-dt250a";

const packet = (mode: number, level: number) =>
  write("tx", [0x55, mode, 0x00, 0x00, u8(level), level === 0 || mode === 0x09 ? 0x00 : 0x01]);

/** The Svakom DT250A protocol. */
export const svakomDt250a = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (featureIndex, speed) => [packet(featureIndex === 0 ? 0x03 : 0x08, speed)],
    constrict: (_index, level) => [packet(0x09, level)],
  }),
});
