/**
 * Kiiroo v2.1 with a handshake (Onyx 2.1, Onyx+, Keon, Rocketman…): the Kiiroo v2.1 byte format
 * (01 <speed>; strokes 03 00 <Launch-curve speed> <position>) after an init that writes
 * 03 00 64 19 then 03 00 64 00 to tx, both with response.
 */
import type { v4 } from "../../../generated";
import { write, type HardwareCommand, type HardwareLink, type Protocol, type ProtocolHandler } from "../protocol";
import { executeAll, readOutput, u8, unsupported } from "./helpers";
import { launchSpeedByte } from "./kiiroo-v2";

const NAME = "kiiroo-v21-initialized";

class KiirooV21Initialized implements ProtocolHandler {
  private previousPosition = 0;

  async initialize(link: HardwareLink): Promise<void> {
    await executeAll(link, [write("tx", [0x03, 0x00, 0x64, 0x19], true), write("tx", [0x03, 0x00, 0x64, 0x00], true)]);
  }

  output(featureIndex: number, command: v4.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type === "Vibrate") return [write("tx", [0x01, u8(out.value)])];
    if (out.type === "HwPositionWithDuration") {
      const speed = launchSpeedByte(this.previousPosition, out.value, out.duration ?? 0);
      this.previousPosition = u8(out.value);
      return [write("tx", [0x03, 0x00, speed, u8(out.value)])];
    }
    throw unsupported(NAME, featureIndex, out);
  }
}

/** The Kiiroo v2.1 (initialized) protocol. */
export const kiirooV21Initialized: Protocol = {
  name: NAME,
  create: () => new KiirooV21Initialized(),
};
