/**
 * Magic Motion v3 (LoveLife Krush): one motor, 0b ff 04 0a 46 46 00 04 08 <speed> 64 00 on tx.
 * Battery: the standard BLE battery characteristic.
 */
import type { v4 } from "../../../generated";
import { write, type HardwareCommand, type HardwareLink, type Protocol, type ProtocolHandler } from "../protocol";
import { readBleBattery, readOutput, u8, unsupported, unsupportedInput } from "./helpers";

const NAME = "magic-motion-3";

class MagicMotion3 implements ProtocolHandler {
  output(featureIndex: number, command: v4.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "Vibrate") throw unsupported(NAME, featureIndex, out);
    return [write("tx", [0x0b, 0xff, 0x04, 0x0a, 0x46, 0x46, 0x00, 0x04, 0x08, u8(out.value), 0x64, 0x00])];
  }

  async readInput(link: HardwareLink, featureIndex: number, type: v4.InputType): Promise<v4.InputReadingValue> {
    if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
    return readBleBattery(link);
  }
}

/** The Magic Motion v3 protocol. */
export const magicMotion3: Protocol = {
  name: NAME,
  create: () => new MagicMotion3(),
};
