/**
 * Magic Motion v4 (Bobi, Nyx, Umi…): two motor slots in one packet on tx, written with response,
 * 10 ff 04 0a 32 32 00 04 08 <motor 1> 64 00 04 08 <motor 2> 64 01. One-motor models send their
 * speed in both slots. Battery: the standard BLE battery characteristic.
 */
import { defineProtocol } from "../protocol";
import { bleBatteryInput, countOutputs, sharedPacket } from "./helpers";
import { magicMotionPairPacket } from "./magic-motion-2";

const NAME = "magic-motion-4";

/** The Magic Motion v4 protocol. */
export const magicMotion4 = defineProtocol({
  name: NAME,
  create: (definition, outputs) => {
    const motors = countOutputs(definition);
    return {
      vibrate: sharedPacket(NAME, outputs, motors, ([first, second = first]) => [
        magicMotionPairPacket(0x32, [first, second], true),
      ]),
      readInput: bleBatteryInput(NAME),
    };
  },
});
