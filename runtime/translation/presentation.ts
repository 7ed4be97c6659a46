/**
 * How a v4 device is presented to v0–v3 clients: which v4 features become which old attributes,
 * in which order, and which old messages a device lists. Facts from the reference server
 * (buttplug_server message/v3 client_device_message_attributes.rs and the v2/v1/v0 conversions
 * built on it); this module is the ONE place those rules live. Downgrade steps use it to build
 * DeviceList / DeviceAdded, and upgrade steps use the same attribute lists to map an old Index back
 * onto a v4 FeatureIndex, so the two directions cannot disagree.
 */
import type { v0, v1, v2, v3, inside } from "../../generated";
import type { TranslationContext } from "./context";

/** One v3 actuator attribute (a ScalarCmd, RotateCmd or LinearCmd entry) and the v4 output behind it. */
export interface ActuatorAttribute {
  /** v4 feature the attribute drives. */
  FeatureIndex: number;
  /** v4 output of that feature the attribute drives. */
  OutputType: inside.OutputType;
  /** How v3 names it (HwPositionWithDuration → Position, RotationWithDirection → Rotate). */
  ActuatorType: v3.ActuatorType;
  /** v3 StepCount: the top of the feature's v4 Value range (reference step_count = range end). */
  StepCount: number;
  FeatureDescriptor: string;
}

/** One v3 sensor attribute (a SensorReadCmd entry) and the v4 input behind it. */
export interface SensorAttribute {
  FeatureIndex: number;
  InputType: inside.InputType;
  SensorType: v3.SensorType;
  SensorRange: Array<[number, number]>;
  FeatureDescriptor: string;
}

/** A device's v3 attribute lists; an old message's Index is a position in one of these. */
export interface DevicePresentation {
  ScalarCmd: ActuatorAttribute[];
  RotateCmd: ActuatorAttribute[];
  LinearCmd: ActuatorAttribute[];
  SensorReadCmd: SensorAttribute[];
}

/**
 * Order in which a feature's outputs become ScalarCmd entries (reference client attributes:
 * constrict, temperature, led, oscillate, position, rotate, spray, vibrate). RotationWithDirection
 * is bpkit's name for what the reference calls a signed Rotate, so it takes Rotate's place.
 */
const SCALAR_ORDER: ReadonlyArray<[inside.OutputType, v3.ActuatorType]> = [
  ["Constrict", "Constrict"],
  ["Temperature", "Temperature"],
  ["Led", "Led"],
  ["Oscillate", "Oscillate"],
  ["Position", "Position"],
  ["Rotate", "Rotate"],
  ["RotationWithDirection", "Rotate"],
  ["Spray", "Spray"],
  ["Vibrate", "Vibrate"],
];

type OutputLimits = { Value: [number, number]; Duration?: [number, number] };

function outputsOf(feature: inside.DeviceFeature): Partial<Record<inside.OutputType, OutputLimits>> {
  return (feature.Output ?? {}) as Partial<Record<inside.OutputType, OutputLimits>>;
}

/** Features of a device in FeatureIndex order (the reference iterates a map ordered by index). */
export function featuresInOrder(device: inside.DeviceInfo): inside.DeviceFeature[] {
  return Object.values(device.DeviceFeatures)
    .filter((f): f is inside.DeviceFeature => f !== undefined)
    .sort((a, b) => a.FeatureIndex - b.FeatureIndex);
}

/** Whether an output can turn both ways: a signed Rotate range, or RotationWithDirection. */
export function rotatesBothWays(type: inside.OutputType, limits: OutputLimits): boolean {
  return type === "RotationWithDirection" || (type === "Rotate" && limits.Value[0] < 0);
}

const cache = new WeakMap<inside.DeviceInfo, DevicePresentation>();

/** The v3 attribute lists of a v4 device (cached per DeviceInfo object). */
export function presentDevice(device: inside.DeviceInfo): DevicePresentation {
  const cached = cache.get(device);
  if (cached) return cached;
  const features = featuresInOrder(device);
  const attribute = (
    f: inside.DeviceFeature,
    OutputType: inside.OutputType,
    ActuatorType: v3.ActuatorType,
    limits: OutputLimits,
  ): ActuatorAttribute => ({
    FeatureIndex: f.FeatureIndex,
    OutputType,
    ActuatorType,
    StepCount: limits.Value[1],
    FeatureDescriptor: f.FeatureDescription,
  });
  const presentation: DevicePresentation = { ScalarCmd: [], RotateCmd: [], LinearCmd: [], SensorReadCmd: [] };
  // Each list walks every feature in order; a feature can appear in several lists.
  for (const f of features) {
    const outputs = outputsOf(f);
    for (const [type, actuator] of SCALAR_ORDER) {
      const limits = outputs[type];
      if (limits) presentation.ScalarCmd.push(attribute(f, type, actuator, limits));
    }
  }
  for (const f of features) {
    const outputs = outputsOf(f);
    for (const type of ["Rotate", "RotationWithDirection"] as const) {
      const limits = outputs[type];
      if (limits && rotatesBothWays(type, limits)) presentation.RotateCmd.push(attribute(f, type, "Rotate", limits));
    }
  }
  for (const f of features) {
    const limits = outputsOf(f).HwPositionWithDuration;
    if (limits) presentation.LinearCmd.push(attribute(f, "HwPositionWithDuration", "Position", limits));
  }
  for (const f of features) {
    // Only a readable battery goes back to v3: the reference never converted other inputs.
    const battery = f.Input?.Battery;
    if (battery?.Command.includes("Read")) {
      presentation.SensorReadCmd.push({
        FeatureIndex: f.FeatureIndex,
        InputType: "Battery",
        SensorType: "Battery",
        SensorRange: battery.Value.map((r) => [r[0], r[1]] as [number, number]),
        FeatureDescriptor: f.FeatureDescription,
      });
    }
  }
  cache.set(device, presentation);
  return presentation;
}

/**
 * The ScalarCmd entries that spec v1/v2 VibrateCmd addresses, in VibrateCmd Index order: those
 * whose ActuatorType is Vibrate. Works on v3 DeviceMessages entries and on ActuatorAttribute alike,
 * so the v3 → v2 DeviceMessages step and the VibrateCmd upgrade share one rule.
 */
export function vibrateEntries<T extends { ActuatorType: string }>(scalar: readonly T[] | undefined): T[] {
  return (scalar ?? []).filter((a) => a.ActuatorType === "Vibrate");
}

/**
 * Raw endpoints a device offers this client: none unless the server allows raw messages and the
 * device has raw access (the session supplies them through the context).
 */
export function rawEndpointsFor(ctx: TranslationContext | undefined, deviceIndex: number): string[] {
  if (!ctx?.allowRawMessages || !ctx.rawEndpoints) return [];
  return [...ctx.rawEndpoints(deviceIndex)];
}

/** v3 DeviceMessages of a presentation (field order as the reference serializes them). */
export function deviceMessagesV3(p: DevicePresentation, rawEndpoints: readonly string[] = []): v3.DeviceMessages {
  const generic = (list: ActuatorAttribute[]) =>
    list.map(
      (a): v3.GenericMessageAttributes => ({
        FeatureDescriptor: a.FeatureDescriptor,
        ActuatorType: a.ActuatorType,
        StepCount: a.StepCount,
      }),
    );
  const messages: v3.DeviceMessages = {};
  if (p.ScalarCmd.length) messages.ScalarCmd = generic(p.ScalarCmd) as v3.DeviceMessages["ScalarCmd"];
  if (p.RotateCmd.length) messages.RotateCmd = generic(p.RotateCmd) as v3.DeviceMessages["RotateCmd"];
  if (p.LinearCmd.length) messages.LinearCmd = generic(p.LinearCmd) as v3.DeviceMessages["LinearCmd"];
  if (p.SensorReadCmd.length) {
    messages.SensorReadCmd = p.SensorReadCmd.map(
      (s): v3.SensorMessageAttributes => ({
        FeatureDescriptor: s.FeatureDescriptor,
        SensorType: s.SensorType,
        SensorRange: s.SensorRange as v3.SensorMessageAttributes["SensorRange"],
      }),
    ) as v3.DeviceMessages["SensorReadCmd"];
  }
  // The reference never lists SensorSubscribeCmd for v3 clients (and rejects it).
  if (rawEndpoints.length) {
    // v3 lists RawSubscribeCmd only: it implies RawUnsubscribeCmd.
    const raw = (): v3.RawMessageAttributes => ({
      Endpoints: [...rawEndpoints] as v3.RawMessageAttributes["Endpoints"],
    });
    messages.RawReadCmd = raw();
    messages.RawWriteCmd = raw();
    messages.RawSubscribeCmd = raw();
  }
  messages.StopDeviceCmd = {};
  return messages;
}

/** A v4 device as a v3 DeviceList entry (with Raw*Cmd when `ctx` allows raw messages and the device has endpoints). */
export function deviceInfoV3(device: inside.DeviceInfo, ctx?: TranslationContext): v3.DeviceInfo {
  const info: v3.DeviceInfo = { DeviceIndex: device.DeviceIndex, DeviceName: device.DeviceName } as v3.DeviceInfo;
  if (device.DeviceDisplayName !== undefined) info.DeviceDisplayName = device.DeviceDisplayName;
  info.DeviceMessageTimingGap = device.DeviceMessageTimingGap;
  info.DeviceMessages = deviceMessagesV3(presentDevice(device), rawEndpointsFor(ctx, device.DeviceIndex));
  return info;
}

/** A v4 device as a v3 DeviceAdded event. */
export function deviceAddedV3(device: inside.DeviceInfo, ctx?: TranslationContext): v3.DeviceAdded {
  return { Id: 0, ...deviceInfoV3(device, ctx) };
}

/**
 * v3 DeviceMessages → v2: VibrateCmd counts the Vibrate ScalarCmd entries (with their StepCounts),
 * RotateCmd / LinearCmd keep their counts, a Battery sensor means BatteryLevelCmd, an RSSI sensor
 * RSSILevelCmd; other scalar actuators have no v2 message. StopDeviceCmd is always there.
 */
export function deviceMessagesV2(m: v3.DeviceMessages): v2.DeviceMessages {
  const generic = (list: ReadonlyArray<{ StepCount: number }>): v2.GenericMessageAttributes => ({
    FeatureCount: list.length,
    StepCount: list.map((a) => a.StepCount),
  });
  const out: v2.DeviceMessages = {};
  const vibrate = vibrateEntries(m.ScalarCmd);
  if (vibrate.length) out.VibrateCmd = generic(vibrate);
  if (m.RotateCmd) out.RotateCmd = generic(m.RotateCmd);
  if (m.LinearCmd) out.LinearCmd = generic(m.LinearCmd);
  if (m.SensorReadCmd?.some((s) => s.SensorType === "Battery")) out.BatteryLevelCmd = {};
  if (m.SensorReadCmd?.some((s) => s.SensorType === "RSSI")) out.RSSILevelCmd = {};
  // v2 lists Unsubscribe alongside Subscribe; the endpoints as the reference's spec-v2 schema has them.
  const raw = (a: v3.RawMessageAttributes): v2.RawMessageAttributes => ({ Endpoints: [...a.Endpoints] });
  if (m.RawWriteCmd) out.RawWriteCmd = raw(m.RawWriteCmd);
  if (m.RawReadCmd) out.RawReadCmd = raw(m.RawReadCmd);
  if (m.RawSubscribeCmd) {
    out.RawSubscribeCmd = raw(m.RawSubscribeCmd);
    out.RawUnsubscribeCmd = raw(m.RawSubscribeCmd);
  }
  out.StopDeviceCmd = {};
  return out;
}

/**
 * v2 DeviceMessages → v1: FeatureCount only, and SingleMotorVibrateCmd wherever VibrateCmd is.
 * Sensor messages did not exist in v1. (The reference never lists FleshlightLaunchFW12Cmd or
 * VorzeA10CycloneCmd for devices that come from v4 features.)
 */
export function deviceMessagesV1(m: v2.DeviceMessages): v1.DeviceMessages {
  const out: v1.DeviceMessages = {};
  if (m.VibrateCmd) out.VibrateCmd = { FeatureCount: m.VibrateCmd.FeatureCount };
  if (m.RotateCmd) out.RotateCmd = { FeatureCount: m.RotateCmd.FeatureCount };
  if (m.LinearCmd) out.LinearCmd = { FeatureCount: m.LinearCmd.FeatureCount };
  out.StopDeviceCmd = {};
  if (m.VibrateCmd) out.SingleMotorVibrateCmd = {};
  return out;
}

const V0_DEVICE_MESSAGES = ["SingleMotorVibrateCmd", "FleshlightLaunchFW12Cmd", "VorzeA10CycloneCmd"] as const;

/**
 * v1 DeviceMessages → the v0 list of message names: StopDeviceCmd always, plus the v0 device
 * messages present in v1, sorted by name as the reference does.
 */
export function deviceMessagesV0(m: v1.DeviceMessages): v0.DeviceMessageNames {
  const names: string[] = ["StopDeviceCmd"];
  for (const name of V0_DEVICE_MESSAGES) if (m[name]) names.push(name);
  return names.sort() as v0.DeviceMessageNames;
}

/** A DeviceList entry of v0–v3: only how DeviceMessages is spelled differs between versions. */
export interface OldDeviceInfo<Messages> {
  DeviceIndex: number;
  DeviceName: string;
  DeviceMessages: Messages;
}

/**
 * DeviceAdded one version down: the same device with its DeviceMessages rewritten by that version's
 * mapper (deviceMessagesV2, V1 or V0). Downgrade steps v2, v1 and v0 all build it this way.
 */
export function downgradeDeviceAdded<From, To>(message: OldDeviceInfo<From>, deviceMessages: (m: From) => To) {
  const { DeviceIndex, DeviceName } = message;
  return {
    DeviceAdded: { Id: 0 as const, DeviceIndex, DeviceName, DeviceMessages: deviceMessages(message.DeviceMessages) },
  };
}

/** DeviceList one version down: every device's DeviceMessages rewritten by that version's mapper. */
export function downgradeDeviceList<From, To>(
  message: { Id: number; Devices: ReadonlyArray<OldDeviceInfo<From>> },
  deviceMessages: (m: From) => To,
) {
  const Devices = message.Devices.map(
    ({ DeviceIndex, DeviceName, DeviceMessages }): OldDeviceInfo<To> => ({
      DeviceIndex,
      DeviceName,
      DeviceMessages: deviceMessages(DeviceMessages),
    }),
  );
  return { DeviceList: { Id: message.Id, Devices } };
}

/** Which v3 attribute list a command addresses, including v1/v2 VibrateCmd's view of ScalarCmd. */
export type AttributeList = "ScalarCmd" | "RotateCmd" | "LinearCmd" | "VibrateCmd";

/** The actuator attributes an old command's Index counts through, for one device. */
export function actuatorList(device: inside.DeviceInfo, list: AttributeList): ActuatorAttribute[] {
  const p = presentDevice(device);
  return list === "VibrateCmd" ? vibrateEntries(p.ScalarCmd) : p[list];
}
