/**
 * Magic Motion v2 (Eidolon, Equinox, Solstice…): both motors in one packet on tx,
 * 10 ff 04 0a 32 0a 00 04 08 <motor 1> 64 00 04 08 <motor 2> 64 01.
 * Battery: the standard BLE battery characteristic.
 */
import { defineProtocol, type HardwareCommand, type OutputKind, write } from "../protocol";
import { bleBatteryInput, sharedPacket, u8 } from "./helpers";

const NAME = "magic-motion-2";

/**
 * The two-motor Magic Motion packet, shared with Magic Motion v4, which differs in the model byte
 * (v2: 0a, v4: 32) and writes with response:
 * 10 ff 04 0a 32 <model> 00 04 08 <motor 1> 64 00 04 08 <motor 2> 64 01.
 */
export function magicMotionPairPacket(model: number, [a, b]: number[], withResponse: boolean): HardwareCommand {
  return write(
    "tx",
    [0x10, 0xff, 0x04, 0x0a, 0x32, model, 0x00, 0x04, 0x08, u8(a), 0x64, 0x00, 0x04, 0x08, u8(b), 0x64, 0x01],
    withResponse,
  );
}

/** The Magic Motion v2 protocol. */
export const magicMotion2 = defineProtocol({
  name: NAME,
  create: (_definition, outputs) => {
    // FunTown Jive's second motor is configured as Oscillate; it is the same motor slot in the packet.
    const motor = (type: OutputKind) =>
      sharedPacket(NAME, outputs, 2, (speeds) => [magicMotionPairPacket(0x0a, speeds, false)], type);
    return {
      vibrate: motor("Vibrate"),
      oscillate: motor("Oscillate"),
      readInput: bleBatteryInput(NAME),
    };
  },
});
