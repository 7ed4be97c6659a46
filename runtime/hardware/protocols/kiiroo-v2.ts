/**
 * Kiiroo v2 (Fleshlight Launch, Onyx 2): a stroker that takes "go to <position> at <speed>"
 * as two bytes on tx. Init writes 00 to the firmware endpoint (with response) to leave the
 * bootloader. HwPositionWithDuration becomes a speed through the Launch's speed/distance curve,
 * measured from the previous goal position.
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
import { saturatingU8, u8 } from "./helpers";

const NAME = "kiiroo-v2";

/**
 * The Fleshlight Launch speed (0–1) that covers a distance (0–1) in a duration (ms):
 * 250 · (duration · 90 / (distance · 100))^−1.05, as the reference computes it.
 */
export function launchSpeed(distance: number, durationMs: number): number {
  if (distance < 0) return 0;
  const d = Math.min(distance, 1);
  return 250 * ((durationMs * 90) / (d * 100)) ** -1.05;
}

/** The speed byte (0–99, saturating) for a move from one position (0–99) to another in a duration. */
export function launchSpeedByte(from: number, to: number, durationMs: number): number {
  const distance = Math.abs(from - to) / 99;
  return saturatingU8(launchSpeed(distance, durationMs) * 99);
}

class KiirooV2 implements ProtocolHandler {
  private previousPosition = 0;

  async initialize(link: HardwareLink): Promise<void> {
    await link.execute(write("firmware", [0x00], true));
  }

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "HwPositionWithDuration") throw unsupported(NAME, featureIndex, out.type);
    const speed = launchSpeedByte(this.previousPosition, out.value, out.duration ?? 0);
    this.previousPosition = u8(out.value);
    return [write("tx", [u8(out.value), speed])];
  }
}

/** The Kiiroo v2 protocol. */
export const kiirooV2: Protocol = {
  name: NAME,
  create: () => new KiirooV2(),
};
