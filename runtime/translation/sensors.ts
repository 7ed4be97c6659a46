/**
 * v4 inputs ↔ v3 sensors, and v4 readings as the numbers old replies carry.
 */
import type { v3, v4 } from "../../generated";

/** v4 InputType → v3 SensorType (Position had no v3 sensor type). */
const SENSOR_TYPES: Partial<Record<v4.InputType, v3.SensorType>> = {
  Battery: "Battery",
  RSSI: "RSSI",
  Button: "Button",
  Pressure: "Pressure",
};

/** The v3 SensorType of a v4 input, or undefined when v3 cannot name it. */
export function sensorTypeOf(type: v4.InputType): v3.SensorType | undefined {
  return SENSOR_TYPES[type];
}

/** The v4 InputType of a v3 SensorType, or undefined for Unknown. */
export function inputTypeOf(type: v3.SensorType): v4.InputType | undefined {
  for (const [input, sensor] of Object.entries(SENSOR_TYPES)) if (sensor === type) return input as v4.InputType;
  return undefined;
}

/** The one reading of a v4 InputReading: its InputType and integer value. */
export function readingOf(reading: v4.InputReadingValue): { type: v4.InputType; value: number } {
  const [type] = Object.keys(reading) as v4.InputType[];
  return { type, value: (reading as Record<string, { Value: number }>)[type].Value };
}
