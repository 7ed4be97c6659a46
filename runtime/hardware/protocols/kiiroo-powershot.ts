/**
 * Kiiroo PowerShot: both motors in one packet on tx, written with response:
 * 01 00 00 <motor 0> <motor 1> 00. Battery: the standard BLE battery level (first byte).
 */
import type { inside } from "../../../generated";
import { write, type HardwareCommand, type HardwareLink, type Protocol, type ProtocolHandler } from "../protocol";
import { readBleBattery, u8, unsupportedInput } from "./helpers";
import { encodeOutput } from "./output-encoders";

const NAME = "kiiroo-powershot";

/** The packet for the two motor speeds (0–100). */
export const powershotPacket = (first: number, second: number): number[] => [
  0x01,
  0x00,
  0x00,
  u8(first),
  u8(second),
  0x00,
];

class KiirooPowerShot implements ProtocolHandler {
  private readonly speeds = [0, 0];

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    return encodeOutput(NAME, featureIndex, command, {
      Vibrate: (index, speed) => {
        this.speeds[index] = speed;
        return [write("tx", powershotPacket(this.speeds[0], this.speeds[1]), true, ["all"])];
      },
    });
  }

  async readInput(link: HardwareLink, featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue> {
    if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
    return readBleBattery(link, 20);
  }
}

/** The Kiiroo PowerShot protocol. */
export const kiirooPowershot: Protocol = {
  name: NAME,
  create: () => new KiirooPowerShot(),
};
