/**
 * Output levels: integer steps (v4's native unit) or a fraction of the feature's range, and the
 * checks that make an impossible command fail before anything is sent.
 *
 * Rounding of fractions: the server's own float → step rule (runtime/translation floatToSteps,
 * the reference server's), so fraction f from this client and the float f from a v0–v3 app move a
 * device to the same step:
 *   levels (Vibrate, Rotate, Oscillate, Constrict, Spray, Temperature, Led, RotationWithDirection):
 *     step = ceil(f × max), |f| < 1e-6 counts as 0 — 0.5 → 10, 0.51 → 11, 0.01 → 1 on [0, 20];
 *   Position: ceil(f × max);  HwPositionWithDuration: trunc(f × max) (the reference's LinearCmd rule).
 * `max` is the top of the feature's Value range (its step count). A negative fraction (allowed only
 * when the range goes below 0, e.g. Rotate [-20, 20]) is the same rule on |f| and |min|, negated.
 */
import type { inside } from "../../generated";
import { floatToSteps } from "../translation/scaling";
import { ButtplugDeviceError } from "./errors";

/** A fraction of a feature's range: 0.0–1.0 (or -1.0–1.0 on signed ranges such as Rotate). */
export interface Fraction {
  readonly fraction: number;
}

/** An output level: an integer step within the feature's Value range, or a Fraction. */
export type OutputLevel = number | Fraction;

/** Shorthand for `{ fraction: value }`: `device.vibrate(fraction(0.5))`. */
export function fraction(value: number): Fraction {
  return { fraction: value };
}

/** An inclusive [min, max] range. */
export type Range = readonly [number, number];

/** The step a fraction maps to on a range; see the file comment. `where` names the feature for errors. */
export function fractionToStep(
  value: number,
  range: Range,
  where: string,
  type: inside.OutputType = "Vibrate",
): number {
  const [min, max] = range;
  const lowest = min < 0 ? -1 : 0;
  if (typeof value !== "number" || !Number.isFinite(value) || value < lowest || value > 1) {
    const allowed = min < 0 ? "-1.0 to 1.0" : "0.0 to 1.0";
    throw new ButtplugDeviceError(`${where}: fraction ${String(value)} is outside ${allowed}`);
  }
  if (value >= 0) return floatToSteps(type, value, max);
  // `+ 0` turns -0 (a negative fraction under the zero threshold) into 0.
  return -floatToSteps(type, -value, -min) + 0;
}

/** Resolve a level to an integer step and check it against the range; throws ButtplugDeviceError. */
export function resolveLevel(
  level: OutputLevel,
  range: Range,
  where: string,
  what = "value",
  type: inside.OutputType = "Vibrate",
): number {
  let step: number;
  if (typeof level === "number") {
    if (!Number.isInteger(level)) {
      const hint = level > 0 && level < 1 ? ` (for a fraction of the range use { fraction: ${level} })` : "";
      throw new ButtplugDeviceError(`${where}: ${what} ${level} is not an integer step${hint}`);
    }
    step = level;
  } else if (level !== null && typeof level === "object" && typeof (level as Fraction).fraction === "number") {
    step = fractionToStep(level.fraction, range, where, type);
  } else {
    throw new ButtplugDeviceError(
      `${where}: ${what} must be an integer step or { fraction: number }, got ${JSON.stringify(level)}`,
    );
  }
  checkRange(step, range, where, what);
  return step;
}

/** Throw ButtplugDeviceError unless `value` is an integer within `range`. */
export function checkRange(value: number, range: Range, where: string, what: string): void {
  const [min, max] = range;
  if (!Number.isInteger(value)) throw new ButtplugDeviceError(`${where}: ${what} ${value} is not an integer`);
  if (value < min || value > max)
    throw new ButtplugDeviceError(`${where}: ${what} ${value} is outside the range [${min}, ${max}]`);
}
