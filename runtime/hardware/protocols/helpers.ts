/**
 * Small pieces several protocol files share: counting a definition's features by output type,
 * byte conversions, input errors, and the standard BLE battery read. Nothing here knows a device's bytes.
 */
import type { inside } from "../../../generated";
import { deviceError } from "../../errors";
import {
  type DefinedFeature,
  type DeviceDefinition,
  type HardwareCommand,
  type HardwareLink,
  type OutputKind,
  type OutputValues,
  type ProtocolHandler,
  unsupported,
} from "../protocol";

/** The error a protocol throws for an input read it cannot do. */
export function unsupportedInput(protocol: string, featureIndex: number, type: string): Error {
  return deviceError(`${protocol}: InputCmd Read ${type} is not supported on FeatureIndex ${featureIndex}`);
}

/**
 * How many features have an Output at all. Definitions given to protocols hold the whole hardware
 * layout (outputs a user disabled included), so this is the device's motor count.
 */
export function countOutputs(definition: DeviceDefinition): number {
  return definition.features.filter((f) => f.Output && Object.keys(f.Output).length > 0).length;
}

/** Whether a feature has an output of the given type. */
export function hasOutput(feature: DefinedFeature | undefined, type: OutputKind): boolean {
  return !!feature?.Output && type in feature.Output;
}

/** How many features have an output of any of the given types. */
export function countOutputsOfType(definition: DeviceDefinition, ...types: inside.OutputType[]): number {
  return definition.features.filter((f) => f.Output && types.some((t) => t in (f.Output as object))).length;
}

/** The low byte, as a Rust `as u8` cast of an integer keeps it (values are range-checked upstream). */
export const u8 = (n: number): number => n & 0xff;

/** Rust `f64 as u8`: NaN → 0, saturating at 0 and 255, truncating toward zero. */
export function saturatingU8(n: number): number {
  if (Number.isNaN(n) || n <= 0) return 0;
  if (n >= 255) return 255;
  return Math.trunc(n);
}

/** Encode an ASCII command string (Lovense and friends). */
export const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** Decode bytes as UTF-8, or undefined when they are not valid UTF-8. */
export function utf8(data: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return undefined;
  }
}

/** Endpoint name of the standard BLE Battery Level characteristic in the device config. */
export const BLE_BATTERY_ENDPOINT = "rxblebattery";

/**
 * The standard BLE battery read (Battery Service 0x180F, level 0x2A19): one byte, 0–100.
 * The reference server does this for any device that has the endpoint.
 */
export async function readBleBattery(link: HardwareLink, length = 1): Promise<inside.InputReadingValue> {
  if (!link.endpoints.has(BLE_BATTERY_ENDPOINT)) {
    throw deviceError(`${link.name}: no ${BLE_BATTERY_ENDPOINT} endpoint to read the battery from`);
  }
  const data = await link.execute({ kind: "read", endpoint: BLE_BATTERY_ENDPOINT, length, timeoutMs: 0 });
  if (data.length < 1) throw deviceError(`${link.name}: empty battery reading`);
  return batteryReading(data[0]);
}

/**
 * A protocol's readInput for devices whose only readable input is the standard BLE battery
 * (`length` bytes asked, as the reference asks them; the first is the level).
 */
export function bleBatteryInput(protocol: string, length = 1): NonNullable<ProtocolHandler["readInput"]> {
  return async (link, featureIndex, type) => {
    if (type !== "Battery") throw unsupportedInput(protocol, featureIndex, type);
    return readBleBattery(link, length);
  };
}

/** A v4 Battery reading. */
export function batteryReading(level: number): inside.InputReadingValue {
  return { Battery: { Value: level } };
}

/** Run commands one after another on the link. */
export async function executeAll(link: HardwareLink, commands: HardwareCommand[]): Promise<void> {
  for (const command of commands) await link.execute(command);
}

/** 1 when a value is running, 0 when stopped: the on/off byte several protocols carry. */
export const onOff = (value: number): number => (value === 0 ? 0 : 1);

/**
 * The last values of motor slots FeatureIndex 0 … slots − 1 (this command's included: the
 * framework's OutputValues), for a packet that carries every motor. A FeatureIndex past the slots
 * is unsupported for `type`.
 */
export function motorSlots(
  protocol: string,
  outputs: OutputValues,
  slots: number,
  featureIndex: number,
  type: OutputKind = "Vibrate",
): number[] {
  if (featureIndex >= slots) throw unsupported(protocol, featureIndex, type);
  return outputs.slots(slots);
}

/**
 * The output method of devices whose every packet carries all motors' values (motorSlots):
 * `packets` gets every slot's last value and the slot that changed. Each packet names every slot
 * as its command id ("all"), so within one timing-gap batch only the newest packet goes out (a
 * multi-motor command or a stop: one packet). `type` is the output the method is for (a motor
 * slot some models configure as Oscillate or Rotate is the same slot in the packet).
 */
export function sharedPacket(
  protocol: string,
  outputs: OutputValues,
  slots: number,
  packets: (speeds: number[], changed: number) => HardwareCommand[],
  type: OutputKind = "Vibrate",
): (featureIndex: number) => HardwareCommand[] {
  return (featureIndex) => allMotors(packets(motorSlots(protocol, outputs, slots, featureIndex, type), featureIndex));
}

/** Rust `as i8` of an integer: its low byte, signed. */
export const i8 = (n: number): number => (u8(n) << 24) >> 24;

/**
 * Tag writes (those without ids of their own) as the protocol's all-motors packet (command id
 * "all"): a later such packet in the same timing-gap batch replaces this one, as in the reference.
 */
export function allMotors(commands: HardwareCommand[]): HardwareCommand[] {
  return commands.map((c) => (c.kind === "write" && c.commandIds === undefined ? { ...c, commandIds: ["all"] } : c));
}
