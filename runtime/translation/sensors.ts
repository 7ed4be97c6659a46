/**
 * v4 inputs ↔ v3 sensors, and v4 readings as the numbers old replies carry.
 */
import type { v3, inside } from "../../generated";

/** v4 InputType → v3 SensorType (Position had no v3 sensor type). */
const SENSOR_TYPES: Partial<Record<inside.InputType, v3.SensorType>> = {
  Battery: "Battery",
  RSSI: "RSSI",
  Button: "Button",
  Pressure: "Pressure",
};

/** The v3 SensorType of a v4 input, or undefined when v3 cannot name it. */
export function sensorTypeOf(type: inside.InputType): v3.SensorType | undefined {
  return SENSOR_TYPES[type];
}

/** The v4 InputType of a v3 SensorType, or undefined for Unknown. */
export function inputTypeOf(type: v3.SensorType): inside.InputType | undefined {
  for (const [input, sensor] of Object.entries(SENSOR_TYPES)) if (sensor === type) return input as inside.InputType;
  return undefined;
}

/** The one reading of a v4 InputReading: its InputType and integer value. */
export function readingOf(reading: inside.InputReadingValue): { type: inside.InputType; value: number } {
  const [type] = Object.keys(reading) as inside.InputType[];
  return { type, value: (reading as Record<string, { Value: number }>)[type].Value };
}
