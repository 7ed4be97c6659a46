/**
 * Vibratissimo: every vibrator's speed in one packet on txvibrate (one byte each; a single
 * vibrator is padded with 00), always preceded by 03 ff on txmode to put the device in write
 * mode. Both without response. The configuration is the model string read from the Device
 * Information model number characteristic (rxblemodel), or the advertised name when that is not
 * UTF-8. Battery: the standard BLE battery level.
 */
import type { inside } from "../../../generated";
import {
  write,
  type DeviceDefinition,
  type HardwareCommand,
  type HardwareLink,
  type Protocol,
  type ProtocolHandler,
} from "../protocol";
import { countOutputsOfType, readBleBattery, u8, unsupportedInput, utf8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

const NAME = "vibratissimo";
const WRITE_MODE = [0x03, 0xff];

class Vibratissimo implements ProtocolHandler {
  private readonly speeds: number[];

  constructor(vibrators: number) {
    this.speeds = Array<number>(vibrators).fill(0);
  }

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    return encodeOutput(NAME, featureIndex, command, {
      Vibrate: (index, speed) => {
        this.speeds[index] = u8(speed);
        const data = this.speeds.length === 1 ? [...this.speeds, 0x00] : [...this.speeds];
        return [write("txmode", WRITE_MODE), write("txvibrate", data)];
      },
    });
  }

  async readInput(link: HardwareLink, featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue> {
    if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
    return readBleBattery(link);
  }
}

/** The Vibratissimo protocol. */
export const vibratissimo: Protocol = {
  name: NAME,
  async identify(link: HardwareLink): Promise<string> {
    const model = await link.execute({ kind: "read", endpoint: "rxblemodel", length: 128, timeoutMs: 500 });
    return utf8(model) ?? link.name;
  },
  create: (definition: DeviceDefinition) => new Vibratissimo(countOutputsOfType(definition, "Vibrate")),
};
