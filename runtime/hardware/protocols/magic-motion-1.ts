/**
 * Magic Motion v1 (Smart Mini Vibe, Flamingo, Candy…): one motor,
 * 0b ff 04 0a 32 32 00 04 08 <speed> 64 00 on tx. Xone's Oscillate uses the same packet.
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

const NAME = "magic-motion-1";

/**
 * The one-motor Magic Motion packet, 0b ff 04 0a <model> <model> 00 04 08 <speed> 64 00 on tx, for
 * the output types given; shared with Magic Motion v3, which differs only in the model byte.
 */
export class MagicMotionOneMotor implements ProtocolHandler {
  constructor(
    private readonly protocol: string,
    private readonly model: number,
    private readonly types: readonly string[],
  ) {}

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (!this.types.includes(out.type)) throw unsupported(this.protocol, featureIndex, out.type);
    return [write("tx", [0x0b, 0xff, 0x04, 0x0a, this.model, this.model, 0x00, 0x04, 0x08, u8(out.value), 0x64, 0x00])];
  }

  async readInput(link: HardwareLink, featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue> {
    if (type !== "Battery") throw unsupportedInput(this.protocol, featureIndex, type);
    return readBleBattery(link);
  }
}

/** The Magic Motion v1 protocol. */
export const magicMotion1: Protocol = {
  name: NAME,
  create: () => new MagicMotionOneMotor(NAME, 0x32, ["Vibrate", "Oscillate"]),
};
