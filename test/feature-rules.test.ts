/**
 * runtime/feature-rules.ts: the one rule for whether a v4 OutputCmd / InputCmd fits its feature,
 * shared by the server's v4 handler and the log validator (each also tested through its own path).
 */
import { inputMismatches, outputMismatches } from "../runtime/feature-rules";

const vibrator = {
  Output: { Vibrate: { Value: [0, 20] }, HwPositionWithDuration: { Value: [0, 100], Duration: [0, 5000] } },
  Input: {
    Battery: { Value: [[0, 100]], Command: ["Read"] },
    Pressure: { Value: [[0, 1000]], Command: ["Subscribe"] },
  },
};

describe("outputMismatches", () => {
  test("a command inside the advertised ranges fits", () => {
    expect(outputMismatches(vibrator, { Vibrate: { Value: 20 } })).toEqual([]);
    expect(outputMismatches(vibrator, { HwPositionWithDuration: { Value: 0, Duration: 5000 } })).toEqual([]);
  });

  test("an output the feature lacks names what it has", () => {
    expect(outputMismatches(vibrator, { Rotate: { Value: 1 } })).toEqual([
      {
        rule: "feature",
        field: "Command/Rotate",
        text: "has no Rotate output (has: Vibrate, HwPositionWithDuration)",
        expected: ["Vibrate", "HwPositionWithDuration"],
        actual: "Rotate",
      },
    ]);
    expect(outputMismatches({}, { Vibrate: { Value: 1 } })[0]!.text).toBe("has no Vibrate output (has: none)");
  });

  test("every value outside its range is reported, Value and Duration", () => {
    expect(outputMismatches(vibrator, { HwPositionWithDuration: { Value: 101, Duration: 6000 } })).toEqual([
      {
        rule: "range",
        field: "Command/HwPositionWithDuration/Value",
        text: "HwPositionWithDuration Value 101 is outside the advertised range [0, 100]",
        expected: [0, 100],
        actual: 101,
      },
      expect.objectContaining({ field: "Command/HwPositionWithDuration/Duration", actual: 6000 }),
    ]);
  });

  test("a range written high-to-low still bounds both ways", () => {
    const reversed = { Output: { Rotate: { Value: [20, -20] } } };
    expect(outputMismatches(reversed, { Rotate: { Value: -20 } })).toEqual([]);
    expect(outputMismatches(reversed, { Rotate: { Value: 21 } })).toHaveLength(1);
  });

  test("malformed advertisements (a logged DeviceList) are not a crash", () => {
    expect(outputMismatches({ Output: { Vibrate: { Value: "0-20" } } }, { Vibrate: { Value: 99 } })).toEqual([]);
    expect(outputMismatches({ Output: "none" }, { Vibrate: { Value: 1 } })).toHaveLength(1);
    expect(outputMismatches(vibrator, null)).toEqual([]);
  });
});

describe("inputMismatches", () => {
  test("an advertised command fits; a missing input names what the feature has", () => {
    expect(inputMismatches(vibrator, "Battery", "Read")).toEqual([]);
    expect(inputMismatches(vibrator, "Button", "Read")).toEqual([
      {
        rule: "feature",
        field: "Type",
        text: "has no Button input (has: Battery, Pressure)",
        expected: ["Battery", "Pressure"],
        actual: "Button",
      },
    ]);
  });

  test("a command the input does not list is refused", () => {
    expect(inputMismatches(vibrator, "Battery", "Subscribe")).toEqual([
      {
        rule: "feature",
        field: "Command",
        text: "Battery input does not allow Subscribe (allows: Read)",
        expected: ["Read"],
        actual: "Subscribe",
      },
    ]);
  });

  test("Unsubscribe always fits: it only undoes a Subscribe", () => {
    expect(inputMismatches(vibrator, "Pressure", "Unsubscribe")).toEqual([]);
    expect(inputMismatches(vibrator, "Battery", "Unsubscribe")).toEqual([]);
  });
});
