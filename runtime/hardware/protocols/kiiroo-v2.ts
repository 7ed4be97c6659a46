/**
 * Kiiroo v2 (Fleshlight Launch, Onyx 2): a stroker that takes "go to <position> at <speed>"
 * as two bytes on tx. Init writes 00 to the firmware endpoint (with response) to leave the
 * bootloader. HwPositionWithDuration becomes a speed through the Launch's speed/distance curve,
 * measured from the previous goal position.
 */
import { defineProtocol, write } from "../protocol";
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

/** The Kiiroo v2 protocol. */
export const kiirooV2 = defineProtocol({
  name: NAME,
  create: () => {
    // Where the stroker is: the speed byte depends on the distance to the new position.
    let previousPosition = 0;
    return {
      initialize: async (link) => {
        await link.execute(write("firmware", [0x00], true));
      },
      hwPositionWithDuration: (_index, position, durationMs) => {
        const speed = launchSpeedByte(previousPosition, position, durationMs);
        previousPosition = u8(position);
        return [write("tx", [u8(position), speed])];
      },
    };
  },
});
