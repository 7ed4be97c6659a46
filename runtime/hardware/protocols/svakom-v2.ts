/**
 * Svakom v2 (Viviana, Edeny, Vick Neo…), written with response: the main motor is
 * 55 03 03 00 <on> <speed>; a second motor (FeatureIndex 1) is 55 06 01 00 <speed> <speed>.
 */
import { defineProtocol, write } from "../protocol";
import { onOff, u8 } from "./helpers";

const NAME = "svakom-v2";

/** The Svakom v2 protocol. */
export const svakomV2 = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (featureIndex, speed) => {
      const s = u8(speed);
      return featureIndex === 1
        ? [write("tx", [0x55, 0x06, 0x01, 0x00, s, s], true)]
        : [write("tx", [0x55, 0x03, 0x03, 0x00, onOff(s), s], true)];
    },
  }),
});
