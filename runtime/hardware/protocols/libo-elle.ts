/**
 * Libo Elle (STPIHKAL: libo/libo-elle). Feature 0 is the plain vibrator: its step goes as one byte
 * to `txmode`. Feature 1 (second motor on two-motor models) takes one byte on `tx`: level in the
 * high nibble and a mode in the low nibble — levels 1…7 are mode 1 with level-1, levels from 8 are
 * mode 4 with level-8; 0 is off.
 */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

function secondMotorByte(speed: number): number {
  if (speed > 0 && speed <= 7) return u8(((speed - 1) << 4) | 1);
  if (speed > 7) return u8(((speed - 8) << 4) | 4);
  return 0;
}

/** Libo Elle: one byte per motor, on `txmode` (feature 0) or `tx` (feature 1). */
export const liboElle = defineProtocol({
  name: "libo-elle",
  create: () => ({
    vibrate: (index, speed) => (index === 1 ? [write("tx", [secondMotorByte(speed)])] : [write("txmode", [u8(speed)])]),
  }),
});
