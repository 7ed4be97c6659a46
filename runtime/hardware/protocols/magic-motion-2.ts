/**
 * Magic Motion v2 (Eidolon, Equinox, Solstice…): both motors in one packet on tx,
 * 10 ff 04 0a 32 0a 00 04 08 <motor 1> 64 00 04 08 <motor 2> 64 01.
 * Battery: the standard BLE battery characteristic.
 */
import type { inside } from "../../../generated";
import {
  write,
  type HardwareCommand,
  type HardwareLink,
  type Protocol,
  type ProtocolHandler,
  readOutput,
  unsupported,
} from "../protocol";
import { readBleBattery, u8, unsupportedInput } from "./helpers";

const NAME = "magic-motion-2";

class MagicMotion2 implements ProtocolHandler {
  private readonly speeds = [0, 0];

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    // FunTown Jive's second motor is configured as Oscillate; it is the same motor slot in the packet.
    if ((out.type !== "Vibrate" && out.type !== "Oscillate") || featureIndex > 1)
      throw unsupported(NAME, featureIndex, out.type);
    this.speeds[featureIndex] = out.value;
    return [this.packet()];
  }

  async readInput(link: HardwareLink, featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue> {
    if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
    return readBleBattery(link);
  }

  private packet(): HardwareCommand {
    const [a, b] = this.speeds.map(u8);
    return write(
      "tx",
      [0x10, 0xff, 0x04, 0x0a, 0x32, 0x0a, 0x00, 0x04, 0x08, a, 0x64, 0x00, 0x04, 0x08, b, 0x64, 0x01],
      false,
      ["all"],
    );
  }
}

/** The Magic Motion v2 protocol. */
export const magicMotion2: Protocol = {
  name: NAME,
  create: () => new MagicMotion2(),
};
