/** Old 0.0–1.0 floats → v4 steps with the reference server's rounding, and the FW12 duration formula. */
import {
  fleshlightDuration,
  floatToSteps,
  levelToSteps,
  linearPositionToSteps,
  positionToSteps,
} from "../../runtime/translation";

describe("levelToSteps (Vibrate, Rotate, Oscillate, … : ceil with a 0.000001 floor)", () => {
  test.each([
    [0.5, 20, 10],
    [0, 20, 0],
    [1, 20, 20],
    [0.05, 20, 1],
    // exactly between two steps: 10.5 → 11 (ceil, not round-half-even)
    [0.525, 20, 11],
    [0.025, 20, 1],
    // anything above the threshold moves at least one step
    [0.01, 20, 1],
    [0.000002, 20, 1],
  ])("%p on %p steps → %p", (value, steps, expected) => {
    expect(levelToSteps(value, steps)).toBe(expected);
  });

  test("values below 0.000001 are 0", () => {
    expect(levelToSteps(0.0000009, 20)).toBe(0);
    expect(levelToSteps(0.0000009, 1000000)).toBe(0);
  });

  test("f64 products round up the way the reference's do (0.07 × 100 = 7.000000000000001 → 8)", () => {
    expect(levelToSteps(0.07, 100)).toBe(8);
    expect(levelToSteps(0.55, 100)).toBe(56);
    expect(levelToSteps(0.5, 100)).toBe(50);
  });

  test("outside 0.0–1.0 is refused", () => {
    expect(() => levelToSteps(1.01, 20)).toThrow(RangeError);
    expect(() => levelToSteps(-0.1, 20)).toThrow(/outside 0.0–1.0/);
    expect(() => levelToSteps(Number.NaN, 20)).toThrow(RangeError);
  });
});

describe("position rules", () => {
  test("Position: ceil without the zero floor", () => {
    expect(positionToSteps(0.0000009, 100)).toBe(1);
    expect(positionToSteps(0.505, 100)).toBe(51);
    expect(positionToSteps(0, 100)).toBe(0);
  });

  test("HwPositionWithDuration (LinearCmd): truncated", () => {
    expect(linearPositionToSteps(0.5, 99)).toBe(49);
    expect(linearPositionToSteps(0.999, 100)).toBe(99);
    expect(linearPositionToSteps(1, 100)).toBe(100);
    expect(linearPositionToSteps(0.0000009, 100)).toBe(0);
  });

  test("floatToSteps picks the rule by output type", () => {
    expect(floatToSteps("Vibrate", 0.505, 100)).toBe(51);
    expect(floatToSteps("Position", 0.505, 100)).toBe(51);
    expect(floatToSteps("HwPositionWithDuration", 0.505, 100)).toBe(50);
    expect(floatToSteps("Rotate", 0.0000001, 99)).toBe(0);
    expect(floatToSteps("Position", 0.0000001, 99)).toBe(1);
  });
});

describe("fleshlightDuration (reference calculate_duration)", () => {
  test.each([
    // distance, speed → ms (values computed from mil = (speed/250)^-0.95, ms = mil·distance·100/90)
    [1, 1, 210],
    [0.5, 0.5, 203],
    [0.99, 1, 208],
    [0.1, 1 / 99, 1658],
  ])("distance %p at speed %p → %p ms", (distance, speed, ms) => {
    expect(fleshlightDuration(distance, speed)).toBe(ms);
  });

  test("no distance or no speed → 0; above 1 clamps", () => {
    expect(fleshlightDuration(0, 1)).toBe(0);
    expect(fleshlightDuration(0.5, 0)).toBe(0);
    expect(fleshlightDuration(2, 1)).toBe(fleshlightDuration(1, 1));
    expect(fleshlightDuration(1, 3)).toBe(fleshlightDuration(1, 1));
  });

  test("slower is longer, farther is longer", () => {
    expect(fleshlightDuration(1, 0.2)).toBeGreaterThan(fleshlightDuration(1, 0.8));
    expect(fleshlightDuration(0.8, 0.5)).toBeGreaterThan(fleshlightDuration(0.2, 0.5));
  });
});
