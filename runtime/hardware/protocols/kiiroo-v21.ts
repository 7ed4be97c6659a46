/**
 * Kiiroo v2.1 (Pearl 2.1, Titan 1.1, OhMiBod…): vibration is 01 <speed> on tx; strokes are
 * 03 00 <speed> <position>, with the speed from the Fleshlight Launch curve measured from the
 * previous goal. Battery: byte 5 of the 20-byte whitelist characteristic.
 */
import type { inside } from "../../../generated";
import { deviceError } from "../../errors";
import {
  write,
  type HardwareCommand,
  type HardwareLink,
  type Protocol,
  type ProtocolHandler,
  readOutput,
  unsupported,
} from "../protocol";
import { batteryReading, u8, unsupportedInput } from "./helpers";
import { launchSpeedByte } from "./kiiroo-v2";

const NAME = "kiiroo-v21";

/** The v2.1 byte format, shared with Kiiroo v2.1 (initialized), which adds a handshake. */
export class KiirooV21Handler implements ProtocolHandler {
  private previousPosition = 0;

  constructor(protected readonly protocol: string = NAME) {}

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type === "Vibrate") return [write("tx", [0x01, u8(out.value)])];
    if (out.type === "HwPositionWithDuration") {
      const speed = launchSpeedByte(this.previousPosition, out.value, out.duration ?? 0);
      this.previousPosition = u8(out.value);
      return [write("tx", [0x03, 0x00, speed, u8(out.value)])];
    }
    throw unsupported(this.protocol, featureIndex, out.type);
  }
}

class KiirooV21 extends KiirooV21Handler {
  async readInput(link: HardwareLink, featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue> {
    if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
    const data = await link.execute({ kind: "read", endpoint: "whitelist", length: 20, timeoutMs: 0 });
    if (data.length !== 20) throw deviceError(`${NAME}: battery data should be 20 bytes, got ${data.length}`);
    return batteryReading(data[5]);
  }
}

/** The Kiiroo v2.1 protocol. */
export const kiirooV21: Protocol = {
  name: NAME,
  create: () => new KiirooV21(),
};
