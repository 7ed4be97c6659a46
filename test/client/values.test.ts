import fc from "fast-check";
import { ButtplugDeviceError, fraction, fractionToStep, resolveLevel } from "../../runtime/client";
import { ErrorCode } from "../../runtime/errors";
import { floatToSteps } from "../../runtime/translation";

describe("fractionToStep: the server's float → step rule (levels ceil(f × max) with |f| < 1e-6 → 0)", () => {
  test.each([
    [0, [0, 20], 0],
    [1, [0, 20], 20],
    [0.5, [0, 20], 10],
    [0.51, [0, 20], 11],
    [0.01, [0, 20], 1],
    [0.0000001, [0, 20], 0],
    [0.000002, [0, 20], 1],
    [0.25, [0, 3], 1],
    [-0.5, [-20, 20], -10],
    [-0.51, [-20, 20], -11],
    [-1, [-5, 5], -5],
  ] as Array<[number, [number, number], number]>)("%p on %p → %p", (f, range, step) => {
    expect(fractionToStep(f, range, "here")).toBe(step);
  });

  test("Position rounds up; HwPositionWithDuration truncates (the reference's LinearCmd rule)", () => {
    expect(fractionToStep(0.333, [0, 100], "here", "Position")).toBe(34);
    expect(fractionToStep(0.333, [0, 100], "here", "HwPositionWithDuration")).toBe(33);
    expect(fractionToStep(0.5, [0, 99], "here", "HwPositionWithDuration")).toBe(49);
    expect(fractionToStep(1, [0, 99], "here", "HwPositionWithDuration")).toBe(99);
  });

  test("the same rule as the server applies to a v3 float (runtime/translation floatToSteps)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (max, f) => {
        return (["Vibrate", "Position", "HwPositionWithDuration"] as const).every(
          (t) => fractionToStep(f, [0, max], "here", t) === floatToSteps(t, f, max),
        );
      }),
    );
  });

  test("every fraction lands inside the range and never below the exact product", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (max, f) => {
        const step = fractionToStep(f, [0, max], "here");
        return step >= 0 && step <= max && (f < 0.000001 || step >= f * max) && step - f * max < 1;
      }),
    );
  });

  test("a negative fraction on an unsigned range, or beyond ±1, is refused with the place named", () => {
    expect(() => fractionToStep(-0.1, [0, 20], "Device 0 (X) feature 1 (Motor)")).toThrow(
      /Device 0 \(X\) feature 1 \(Motor\): fraction -0.1 is outside 0.0 to 1.0/,
    );
    expect(() => fractionToStep(1.5, [-20, 20], "here")).toThrow(/outside -1.0 to 1.0/);
    expect(() => fractionToStep(Number.NaN, [0, 20], "here")).toThrow(ButtplugDeviceError);
  });
});

describe("resolveLevel", () => {
  test("integer steps pass through when in range", () => {
    expect(resolveLevel(7, [0, 20], "here")).toBe(7);
    expect(resolveLevel(-3, [-20, 20], "here")).toBe(-3);
    expect(resolveLevel(fraction(0.5), [0, 20], "here")).toBe(10);
  });

  test("out of range names the value and the range; errors are ERROR_DEVICE", () => {
    let error: unknown;
    try {
      resolveLevel(21, [0, 20], "Device 0 (Test Vibrator) feature 0 (Motor 1)", "Vibrate value");
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ButtplugDeviceError);
    expect((error as ButtplugDeviceError).code).toBe(ErrorCode.Device);
    expect((error as Error).message).toBe(
      "Device 0 (Test Vibrator) feature 0 (Motor 1): Vibrate value 21 is outside the range [0, 20]",
    );
  });

  test("a non-integer number is refused with a hint to use a fraction", () => {
    expect(() => resolveLevel(0.5, [0, 20], "here")).toThrow(
      /0.5 is not an integer step \(for a fraction of the range use \{ fraction: 0.5 \}\)/,
    );
    expect(() => resolveLevel("5" as unknown as number, [0, 20], "here")).toThrow(
      /must be an integer step or \{ fraction: number \}/,
    );
  });
});
