/**
 * Helpers for the upgrade bodies of old device commands: find the device the client addressed,
 * find the attribute an old Index names (through the shared presentation rules), and build the v4
 * OutputCmd that attribute's feature should receive. Every failure is a ButtplugError naming the
 * message, its Id and what was wrong.
 */
import type { inside } from "../../generated";
import { deviceError, messageError, errorText } from "../errors";
import type { TranslationContext } from "./context";
import {
  actuatorList,
  presentDevice,
  type ActuatorAttribute,
  type AttributeList,
  type SensorAttribute,
} from "./presentation";
import { fleshlightDuration, floatToSteps } from "./scaling";

/** The old message being translated, for error messages: `ScalarCmd (Id 4)`. */
export interface CommandOrigin {
  message: string;
  Id: number;
  DeviceIndex: number;
}

/** The origin of an old device command, named by its message name. */
export function origin(message: string, body: { Id: number; DeviceIndex: number }): CommandOrigin {
  return { message, Id: body.Id, DeviceIndex: body.DeviceIndex };
}

function label(origin: CommandOrigin): string {
  return `${origin.message} (Id ${origin.Id})`;
}

/** The device an old command addresses, as this client last saw it; throws if the client does not know it. */
export function knownDevice(ctx: TranslationContext, origin: CommandOrigin): inside.DeviceInfo {
  const device = ctx.devices.get(origin.DeviceIndex);
  if (!device) {
    const known = [...ctx.devices.keys()].sort((a, b) => a - b);
    throw deviceError(
      `${label(origin)}: DeviceIndex ${origin.DeviceIndex} is not a device this client knows` +
        (known.length ? ` (known: ${known.join(", ")})` : " (no devices listed yet; send RequestDeviceList first)"),
    );
  }
  return device;
}

/** How an attribute list is named in messages (v1/v2 VibrateCmd counts Vibrate ScalarCmd entries). */
const LIST_NAMES: Record<AttributeList, string> = {
  ScalarCmd: "ScalarCmd",
  RotateCmd: "RotateCmd",
  LinearCmd: "LinearCmd",
  VibrateCmd: "VibrateCmd",
};

/** Every actuator attribute of a list for the device an old command addresses; throws when there is none. */
export function actuators(ctx: TranslationContext, origin: CommandOrigin, list: AttributeList): ActuatorAttribute[] {
  const device = knownDevice(ctx, origin);
  const attributes = actuatorList(device, list);
  if (attributes.length === 0) {
    throw deviceError(
      `${label(origin)}: DeviceIndex ${origin.DeviceIndex} (${device.DeviceName}) does not support ${LIST_NAMES[list]}`,
    );
  }
  return attributes;
}

/** The actuator attribute at an old Index; throws when the device has no such attribute. */
export function actuatorAt(
  ctx: TranslationContext,
  origin: CommandOrigin,
  list: AttributeList,
  index: number,
): ActuatorAttribute {
  const attributes = actuators(ctx, origin, list);
  const attribute = attributes[index];
  if (!attribute) {
    const device = ctx.devices.get(origin.DeviceIndex)!;
    throw deviceError(
      `${label(origin)}: Index ${index} is out of range; DeviceIndex ${origin.DeviceIndex} (${device.DeviceName}) has ` +
        `${attributes.length} ${LIST_NAMES[list]} feature${attributes.length === 1 ? "" : "s"} (Index 0–${attributes.length - 1})`,
    );
  }
  return attribute;
}

/** The v3 sensor attribute at a SensorIndex; throws when the device has no such sensor. */
export function sensorAt(ctx: TranslationContext, origin: CommandOrigin, index: number): SensorAttribute {
  const device = knownDevice(ctx, origin);
  const sensors = presentDevice(device).SensorReadCmd;
  const sensor = sensors[index];
  if (!sensor) {
    throw deviceError(
      sensors.length === 0
        ? `${label(origin)}: DeviceIndex ${origin.DeviceIndex} (${device.DeviceName}) has no readable sensors`
        : `${label(origin)}: SensorIndex ${index} is out of range; DeviceIndex ${origin.DeviceIndex} (${device.DeviceName}) has ` +
            `${sensors.length} sensor${sensors.length === 1 ? "" : "s"} (SensorIndex 0–${sensors.length - 1})`,
    );
  }
  return sensor;
}

/** Limits of one output of a feature of a device the client knows (undefined if it lacks that output). */
export function outputLimits(
  device: inside.DeviceInfo,
  featureIndex: number,
  type: inside.OutputType,
): { Value: [number, number] } | undefined {
  const feature = device.DeviceFeatures[String(featureIndex)];
  return (feature?.Output as Record<string, { Value: [number, number] }> | undefined)?.[type];
}

/** An old 0.0–1.0 float as steps of an output, or a ButtplugError naming the message when it is out of range. */
export function steps(origin: CommandOrigin, type: inside.OutputType, value: number, stepCount: number): number {
  try {
    return floatToSteps(type, value, stepCount);
  } catch (err) {
    throw messageError(`${label(origin)}: ${errorText(err)}`);
  }
}

/**
 * The v4 command for a level on an output: `{ Vibrate: { Value } }` and the like. A direction only
 * matters for rotation: signed Rotate carries it in the sign, RotationWithDirection in Clockwise.
 */
export function outputCommand(type: inside.OutputType, value: number, clockwise = true): inside.OutputCommand {
  switch (type) {
    case "RotationWithDirection":
      return { RotationWithDirection: { Value: value, Clockwise: clockwise } };
    case "Rotate":
      // 0 stays 0 (never -0) whichever way it was asked to turn.
      return { Rotate: { Value: clockwise || value === 0 ? value : -value } };
    case "HwPositionWithDuration":
      throw new Error("HwPositionWithDuration needs a Duration; build it directly");
    default:
      return { [type]: { Value: value } } as inside.OutputCommand;
  }
}

/** One v4 OutputCmd carrying the old message's Id. */
export function outputCmd(
  origin: CommandOrigin,
  featureIndex: number,
  command: inside.OutputCommand,
): inside.ClientMessage {
  return {
    OutputCmd: { Id: origin.Id, DeviceIndex: origin.DeviceIndex, FeatureIndex: featureIndex, Command: command },
  };
}

/**
 * Order a fan-out the way the reference executes it (CheckedOutputVecCmd sorts its commands by
 * feature index); the sort is stable, so commands to one feature keep the client's order.
 */
export function byFeatureIndex(messages: inside.ClientMessage[]): inside.ClientMessage[] {
  const index = (m: inside.ClientMessage) => ("OutputCmd" in m ? m.OutputCmd.FeatureIndex : 0);
  return [...messages].sort((a, b) => index(a) - index(b));
}

/** Previous Fleshlight positions (0–99) by device, per session: a FW12 move's duration depends on where it starts. */
const launchPositions = new WeakMap<TranslationContext, Map<number, number>>();

/**
 * A FleshlightLaunchFW12Cmd (Position and Speed 0–99) as a linear move, the way the reference
 * turned it into one (TheHandy protocol, buttplug-rs): goal = Position / 100, distance from the
 * previous goal (0 at first), duration from fleshlightDuration(distance, Speed / 99).
 */
export function fleshlightMove(
  ctx: TranslationContext,
  deviceIndex: number,
  position: number,
  speed: number,
): { Position: number; Duration: number } {
  let positions = launchPositions.get(ctx);
  if (!positions) {
    positions = new Map();
    launchPositions.set(ctx, positions);
  }
  const previous = (positions.get(deviceIndex) ?? 0) / 100;
  const goal = position / 100;
  positions.set(deviceIndex, position);
  return { Position: goal, Duration: fleshlightDuration(Math.abs(goal - previous), speed / 99) };
}

/**
 * The v4 output a ScalarCmd subcommand drives and its step count. The subcommand's ActuatorType
 * picks the output of the attribute's feature (the reference looks the type up on the feature), so
 * an entry presented as Rotate drives that feature's Rotate or RotationWithDirection output.
 */
export function scalarTarget(
  ctx: TranslationContext,
  origin: CommandOrigin,
  attribute: ActuatorAttribute,
  actuatorType: string,
): { type: inside.OutputType; stepCount: number } {
  const device = knownDevice(ctx, origin);
  const candidates: inside.OutputType[] =
    actuatorType === attribute.ActuatorType
      ? [attribute.OutputType]
      : actuatorType === "Rotate"
        ? ["Rotate", "RotationWithDirection"]
        : [actuatorType as inside.OutputType];
  for (const type of candidates) {
    const limits = outputLimits(device, attribute.FeatureIndex, type);
    if (limits && type !== "HwPositionWithDuration") return { type, stepCount: limits.Value[1] };
  }
  throw deviceError(
    `${label(origin)}: ActuatorType ${actuatorType} is not supported by the feature behind that Index ` +
      `(DeviceIndex ${origin.DeviceIndex} (${device.DeviceName}) FeatureIndex ${attribute.FeatureIndex} is ${attribute.ActuatorType})`,
  );
}

/**
 * Raw*Cmd has no v4 form. With --allow-raw-messages the session answers spec v2/v3 raw commands
 * itself (on the device's RawAccess) before any upgrade step; these steps only give the clear
 * "disabled" Error, or ERROR_DEVICE for a caller that translates raw commands without a session.
 */
export function rawNotSupported(ctx: TranslationContext, message: string, id: number): never {
  if (!ctx.allowRawMessages)
    throw messageError(
      `${message} (Id ${id}): raw device access is disabled; start the server with --allow-raw-messages`,
    );
  throw deviceError(`${message} (Id ${id}): raw commands cannot be translated to spec v4; the session answers them`);
}
