/**
 * Svakom v6 (Coco Pro, Echo 2, Vick Neo 2, Iker Neo…): the first two motors share one 7-byte packet,
 * 55 03 <which> 00 <on> <max speed> 00 (which: 00 both / equal / one-motor model, 01 first only,
 * 02 second only); a third motor is 55 07 00 00 <on> <speed> 00.
 */
import { defineProtocol, type HardwareCommand, write } from "../protocol";
import { countOutputsOfType, onOff, sharedPacket, u8 } from "./helpers";
import { svakomPairPacket } from "./svakom-common";

const NAME = "svakom-v6";

function thirdPacket(speed: number): HardwareCommand {
  const c = u8(speed);
  // Its own packet, not the pair's: its own command id (FeatureIndex 2), as the reference.
  return write("tx", [0x55, 0x07, 0x00, 0x00, onOff(c), c, 0x00], false, [2]);
}

/** The Svakom v6 protocol. */
export const svakomV6 = defineProtocol({
  name: NAME,
  create: (definition, outputs) => {
    const motors = countOutputsOfType(definition, "Vibrate");
    return {
      vibrate: sharedPacket(NAME, outputs, 3, (speeds, changed) =>
        changed < 2 ? [svakomPairPacket(motors, speeds, 0x01)] : [thirdPacket(speeds[2])],
      ),
    };
  },
});
