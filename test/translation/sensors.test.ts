/** v4 inputs ↔ v3 sensor types, and reading values. */
import { inputTypeOf, readingOf, sensorTypeOf } from "../../runtime/translation";

test("v4 InputType ↔ v3 SensorType; Position has no v3 name and Unknown no v4 one", () => {
  for (const type of ["Battery", "RSSI", "Button", "Pressure"] as const) {
    expect(inputTypeOf(sensorTypeOf(type)!)).toBe(type);
  }
  expect(sensorTypeOf("Position")).toBeUndefined();
  expect(inputTypeOf("Unknown")).toBeUndefined();
});

test("readingOf gives the type and integer value of a reading", () => {
  expect(readingOf({ Battery: { Value: 42 } })).toEqual({ type: "Battery", value: 42 });
  expect(readingOf({ RSSI: { Value: -70 } })).toEqual({ type: "RSSI", value: -70 });
});
