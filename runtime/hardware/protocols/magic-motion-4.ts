/**
 * Magic Motion v4 (Bobi, Nyx, Umi…): two motor slots in one packet on tx, written with response,
 * 10 ff 04 0a 32 32 00 04 08 <motor 1> 64 00 04 08 <motor 2> 64 01. One-motor models send their
 * speed in both slots. Battery: the standard BLE battery characteristic.
 */
import type { inside } from "../../../generated";
import {
  write,
  type DeviceDefinition,
  type HardwareCommand,
  type HardwareLink,
  type Protocol,
  type ProtocolHandler,
  readOutput,
  unsupported,
} from "../protocol";
import { countOutputs, readBleBattery, u8, unsupportedInput } from "./helpers";

const NAME = "magic-motion-4";

const packet = (a: number, b: number): HardwareCommand =>
  write(
    "tx",
    [0x10, 0xff, 0x04, 0x0a, 0x32, 0x32, 0x00, 0x04, 0x08, u8(a), 0x64, 0x00, 0x04, 0x08, u8(b), 0x64, 0x01],
    true,
    ["all"],
  );

class MagicMotion4 implements ProtocolHandler {
  private readonly speeds: number[];

  constructor(motors: number) {
    this.speeds = new Array<number>(motors).fill(0);
  }

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "Vibrate" || featureIndex >= this.speeds.length) throw unsupported(NAME, featureIndex, out.type);
    if (this.speeds.length === 1) return [packet(out.value, out.value)];
    this.speeds[featureIndex] = out.value;
    return [packet(this.speeds[0], this.speeds[1])];
  }

  async readInput(link: HardwareLink, featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue> {
    if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
    return readBleBattery(link);
  }
}

/** The Magic Motion v4 protocol. */
export const magicMotion4: Protocol = {
  name: NAME,
  create: (definition: DeviceDefinition) => new MagicMotion4(countOutputs(definition)),
};
