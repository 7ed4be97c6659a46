/**
 * Kiiroo Spot: 00 ff 00 00 00 <speed> on tx. Battery: first byte of the BLE battery characteristic.
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

const NAME = "kiiroo-spot";

class KiirooSpot implements ProtocolHandler {
  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "Vibrate") throw unsupported(NAME, featureIndex, out.type);
    return [write("tx", [0x00, 0xff, 0x00, 0x00, 0x00, u8(out.value)])];
  }

  async readInput(link: HardwareLink, featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue> {
    if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
    // The reference asks for 20 bytes here; the level is the first.
    return readBleBattery(link, 20);
  }
}

/** The Kiiroo Spot protocol. */
export const kiirooSpot: Protocol = {
  name: NAME,
  create: () => new KiirooSpot(),
};
