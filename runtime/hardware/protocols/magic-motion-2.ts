/**
 * Magic Motion v2 (Eidolon, Equinox, Solstice…): both motors in one packet on tx,
 * 10 ff 04 0a 32 0a 00 04 08 <motor 1> 64 00 04 08 <motor 2> 64 01.
 * Battery: the standard BLE battery characteristic.
 */
import { defineProtocol, type HardwareCommand, type OutputKind, unsupported, write } from "../protocol";
import { bleBatteryInput, u8 } from "./helpers";

const NAME = "magic-motion-2";

const packet = ([a, b]: number[]): HardwareCommand =>
  write(
    "tx",
    [0x10, 0xff, 0x04, 0x0a, 0x32, 0x0a, 0x00, 0x04, 0x08, u8(a), 0x64, 0x00, 0x04, 0x08, u8(b), 0x64, 0x01],
    false,
    ["all"],
  );

/** The Magic Motion v2 protocol. */
export const magicMotion2 = defineProtocol({
  name: NAME,
  create: (_definition, outputs) => {
    // FunTown Jive's second motor is configured as Oscillate; it is the same motor slot in the packet.
    const motor = (type: OutputKind) => (featureIndex: number) => {
      if (featureIndex > 1) throw unsupported(NAME, featureIndex, type);
      return [packet(outputs.slots(2))];
    };
    return {
      vibrate: motor("Vibrate"),
      oscillate: motor("Oscillate"),
      readInput: bleBatteryInput(NAME),
    };
  },
});
