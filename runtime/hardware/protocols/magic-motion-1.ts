/**
 * Magic Motion v1 (Smart Mini Vibe, Flamingo, Candy…): one motor,
 * 0b ff 04 0a 32 32 00 04 08 <speed> 64 00 on tx. Xone's Oscillate uses the same packet.
 * Battery: the standard BLE battery characteristic.
 */
import type { v4 } from "../../../generated";
import { write, type HardwareCommand, type HardwareLink, type Protocol, type ProtocolHandler } from "../protocol";
import { readBleBattery, readOutput, u8, unsupported, unsupportedInput } from "./helpers";

const NAME = "magic-motion-1";

class MagicMotion1 implements ProtocolHandler {
  output(featureIndex: number, command: v4.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "Vibrate" && out.type !== "Oscillate") throw unsupported(NAME, featureIndex, out);
    return [write("tx", [0x0b, 0xff, 0x04, 0x0a, 0x32, 0x32, 0x00, 0x04, 0x08, u8(out.value), 0x64, 0x00])];
  }

  async readInput(link: HardwareLink, featureIndex: number, type: v4.InputType): Promise<v4.InputReadingValue> {
    if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
    return readBleBattery(link);
  }
}

/** The Magic Motion v1 protocol. */
export const magicMotion1: Protocol = {
  name: NAME,
  create: () => new MagicMotion1(),
};
