/**
 * Magic Motion v4 (Bobi, Nyx, Umi…): two motor slots in one packet on tx, written with response,
 * 10 ff 04 0a 32 32 00 04 08 <motor 1> 64 00 04 08 <motor 2> 64 01. One-motor models send their
 * speed in both slots. Battery: the standard BLE battery characteristic.
 */
import { defineProtocol, type HardwareCommand, unsupported, write } from "../protocol";
import { countOutputs, bleBatteryInput, u8 } from "./helpers";

const NAME = "magic-motion-4";

const packet = (a: number, b: number): HardwareCommand =>
  write(
    "tx",
    [0x10, 0xff, 0x04, 0x0a, 0x32, 0x32, 0x00, 0x04, 0x08, u8(a), 0x64, 0x00, 0x04, 0x08, u8(b), 0x64, 0x01],
    true,
    ["all"],
  );

/** The Magic Motion v4 protocol. */
export const magicMotion4 = defineProtocol({
  name: NAME,
  create: (definition, outputs) => {
    const motors = countOutputs(definition);
    return {
      vibrate: (featureIndex, speed) => {
        if (featureIndex >= motors) throw unsupported(NAME, featureIndex, "Vibrate");
        if (motors === 1) return [packet(speed, speed)];
        const [first, second] = outputs.slots(2);
        return [packet(first, second)];
      },
      readInput: bleBatteryInput(NAME),
    };
  },
});
