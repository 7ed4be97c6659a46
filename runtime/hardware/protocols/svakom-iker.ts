/**
 * Svakom Iker: the vibrator is 55 03 03 00 01 <speed>, the second motor 55 07 00 00 <speed> 00,
 * sent after the vibrator whenever it runs. Both stopped is the single packet 55 07 00 00 00 00.
 */
import { defineProtocol, write } from "../protocol";
import { motorSlots, u8 } from "./helpers";

const NAME = "svakom-iker";

/** The Svakom Iker protocol. */
export const svakomIker = defineProtocol({
  name: NAME,
  create: (_definition, outputs) => ({
    vibrate: (featureIndex) => {
      // Each packet keeps the feature's own command id (the reference's feature_id), not "all".
      const [a, b] = motorSlots(NAME, outputs, 2, featureIndex).map(u8);
      if (a === 0 && b === 0) return [write("tx", [0x55, 0x07, 0x00, 0x00, 0x00, 0x00])];
      const commands = [write("tx", [0x55, 0x03, 0x03, 0x00, 0x01, a])];
      if (b > 0) commands.push(write("tx", [0x55, 0x07, 0x00, 0x00, b, 0x00]));
      return commands;
    },
  }),
});
