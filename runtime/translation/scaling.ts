/**
 * Old (v0–v3) floats and device-specific numbers → v4 integer steps, with the reference server's
 * rounding (buttplug_server_device_config server_device_feature.rs calculate_scaled_float), so a
 * device receives the same bytes it would from the reference. JavaScript numbers are IEEE-754
 * doubles like Rust's f64, so products such as 0.1 × 30 round the same way in both.
 */
import type { inside } from "../../generated";

/** Below this a level counts as 0 (reference: value < 0.000001 → 0, for non-position outputs). */
const ZERO_THRESHOLD = 0.000001;

function assertUnit(value: number, what: string): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${what} ${value} is outside 0.0–1.0`);
}

/**
 * Level outputs (Vibrate, Rotate, RotationWithDirection, Oscillate, Constrict, Temperature, Led,
 * Spray): ceil(steps × value), with values below 0.000001 counting as 0. So 0.5 on 20 steps is
 * 10, 0.525 (10.5 steps) is 11, and any level above the threshold moves the device at least one step.
 */
export function levelToSteps(value: number, stepCount: number): number {
  assertUnit(value, "level");
  const v = value < ZERO_THRESHOLD ? 0 : value;
  return Math.ceil(stepCount * v);
}

/** Position (ScalarCmd with ActuatorType Position): ceil(steps × value), no zero threshold. */
export function positionToSteps(value: number, stepCount: number): number {
  assertUnit(value, "position");
  return Math.ceil(stepCount * value);
}

/**
 * HwPositionWithDuration (LinearCmd): the reference truncates, floor(steps × value), unlike the
 * other outputs. 0.5 on 99 steps is 49.
 */
export function linearPositionToSteps(value: number, stepCount: number): number {
  assertUnit(value, "position");
  return Math.trunc(stepCount * value);
}

/** The float → step rule for a v4 output type. */
export function floatToSteps(type: inside.OutputType, value: number, stepCount: number): number {
  if (type === "HwPositionWithDuration") return linearPositionToSteps(value, stepCount);
  if (type === "Position") return positionToSteps(value, stepCount);
  return levelToSteps(value, stepCount);
}

/**
 * Movement duration in ms for a Fleshlight Launch style move (reference fleshlight_launch_helper
 * calculate_duration): `distance` is the fraction of the stroke to travel (0–1), `speed` the
 * fraction of full speed (0–1). No distance or no speed → 0.
 */
export function fleshlightDuration(distance: number, speed: number): number {
  if (distance <= 0 || speed <= 0) return 0;
  const d = Math.min(distance, 1);
  const s = Math.min(speed, 1);
  const mil = (s / 250) ** -0.95;
  return Math.trunc(mil / (90 / (d * 100)));
}
