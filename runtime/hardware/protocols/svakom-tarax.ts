/**
 * ToyCod Tara X (Svakom): the main motor is 55 03 00 00 <speed> 02, stopped 55 03 00 00 01 01;
 * the second motor is 55 09 00 00 <speed> 00.
 */
import { defineProtocol, write } from "../protocol";
import { u8 } from "./helpers";

const NAME = "svakom-tarax";

/** The Svakom Tara X protocol. */
export const svakomTaraX = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (featureIndex, speed) => {
      const s = u8(speed);
      if (featureIndex === 0) return [write("tx", [0x55, 0x03, 0x00, 0x00, s === 0 ? 0x01 : s, s === 0 ? 0x01 : 0x02])];
      return [write("tx", [0x55, 0x09, 0x00, 0x00, s, 0x00])];
    },
  }),
});
