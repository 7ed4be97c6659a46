/**
 * Devices as a conformance check sees them, in any spec version's device-list shape, and the
 * commands a check sends them in that version's words (spec: device_information.md, output.md,
 * input.md, stop.md, deprecated.md for v0–v3).
 */
import type { SpecVersion } from "../../generated";

type Body = Record<string, unknown>;
const isObject = (v: unknown): v is Body => typeof v === "object" && v !== null && !Array.isArray(v);

/** One device of a DeviceList / DeviceAdded, read the same way for every version. */
export interface SeenDevice {
  index: number;
  name: string;
  /** The device object as the server sent it. */
  raw: Body;
  /** How many vibrators it has (v0: 1 when it lists SingleMotorVibrateCmd). */
  vibrators: number;
  /** Linear (stroke) actuators. */
  linears: number;
  /** Whether it offers a battery reading in this version. */
  battery: boolean;
}

/** The devices of a DeviceList body (v0–v3 array, v4 map by index). */
export function devicesOf(version: SpecVersion, deviceList: Body): SeenDevice[] {
  const list = deviceList.Devices;
  const entries = Array.isArray(list) ? list : isObject(list) ? Object.values(list) : [];
  return entries.filter(isObject).map((d) => seenDevice(version, d));
}

/** Read one device object (from a DeviceList or a DeviceAdded body). */
export function seenDevice(version: SpecVersion, d: Body): SeenDevice {
  const index = typeof d.DeviceIndex === "number" ? d.DeviceIndex : -1;
  const name = String(d.DeviceName ?? "");
  if (version === 4) {
    const features = isObject(d.DeviceFeatures) ? Object.values(d.DeviceFeatures).filter(isObject) : [];
    const has = (f: Body, kind: "Output" | "Input", type: string) =>
      isObject(f[kind]) && isObject((f[kind] as Body)[type]);
    return {
      index,
      name,
      raw: d,
      vibrators: features.filter((f) => has(f, "Output", "Vibrate")).length,
      linears: features.filter((f) => has(f, "Output", "HwPositionWithDuration")).length,
      battery: features.some((f) => has(f, "Input", "Battery")),
    };
  }
  const messages = d.DeviceMessages;
  if (version === 0 || Array.isArray(messages)) {
    const names = Array.isArray(messages) ? messages.map(String) : isObject(messages) ? Object.keys(messages) : [];
    return {
      index,
      name,
      raw: d,
      vibrators: names.includes("SingleMotorVibrateCmd") ? 1 : 0,
      linears: names.includes("FleshlightLaunchFW12Cmd") ? 1 : 0,
      battery: false,
    };
  }
  const m = isObject(messages) ? messages : {};
  if (version === 3) {
    const scalars = Array.isArray(m.ScalarCmd) ? m.ScalarCmd.filter(isObject) : [];
    const sensors = Array.isArray(m.SensorReadCmd) ? m.SensorReadCmd.filter(isObject) : [];
    return {
      index,
      name,
      raw: d,
      vibrators: scalars.filter((a) => a.ActuatorType === "Vibrate").length,
      linears: Array.isArray(m.LinearCmd) ? m.LinearCmd.length : 0,
      battery: sensors.some((s) => s.SensorType === "Battery"),
    };
  }
  const count = (name: string) =>
    isObject(m[name]) && typeof (m[name] as Body).FeatureCount === "number"
      ? ((m[name] as Body).FeatureCount as number)
      : 0;
  return {
    index,
    name,
    raw: d,
    vibrators: count("VibrateCmd"),
    linears: count("LinearCmd"),
    battery: version === 2 && "BatteryLevelCmd" in m,
  };
}

/** v4 features of a device that have `type` as an output, with its Value range. */
export function featuresWithOutput(
  device: SeenDevice,
  type: string,
): Array<{ index: number; range: [number, number]; duration?: [number, number] }> {
  const features = isObject(device.raw.DeviceFeatures) ? device.raw.DeviceFeatures : {};
  const out: Array<{ index: number; range: [number, number]; duration?: [number, number] }> = [];
  for (const [key, f] of Object.entries(features)) {
    if (!isObject(f) || !isObject(f.Output)) continue;
    const output = f.Output[type];
    if (!isObject(output) || !Array.isArray(output.Value)) continue;
    out.push({
      index: Number(key),
      range: output.Value as [number, number],
      ...(Array.isArray(output.Duration) ? { duration: output.Duration as [number, number] } : {}),
    });
  }
  return out;
}

/** v3 attribute indices (inside ScalarCmd's attribute list) of the vibrators. */
function v3VibrateIndices(device: SeenDevice): number[] {
  const m = isObject(device.raw.DeviceMessages) ? device.raw.DeviceMessages : {};
  const scalars = Array.isArray(m.ScalarCmd) ? m.ScalarCmd : [];
  return scalars.flatMap((a, i) => (isObject(a) && a.ActuatorType === "Vibrate" ? [i] : []));
}

type Message = Record<string, Body>;
type NextId = () => number;

/**
 * Every vibrator of `device` at `fraction` of its range (v4: steps, rounded up as the reference
 * does). v4 has one OutputCmd per feature, so this may be several messages.
 */
export function vibrate(version: SpecVersion, device: SeenDevice, fraction: number, id: NextId): Message[] {
  switch (version) {
    case 0:
      return [{ SingleMotorVibrateCmd: { Id: id(), DeviceIndex: device.index, Speed: fraction } }];
    case 1:
    case 2:
      return [
        {
          VibrateCmd: {
            Id: id(),
            DeviceIndex: device.index,
            Speeds: range(device.vibrators).map((Index) => ({ Index, Speed: fraction })),
          },
        },
      ];
    case 3:
      return [
        {
          ScalarCmd: {
            Id: id(),
            DeviceIndex: device.index,
            Scalars: v3VibrateIndices(device).map((Index) => ({ Index, Scalar: fraction, ActuatorType: "Vibrate" })),
          },
        },
      ];
    case 4:
      return featuresWithOutput(device, "Vibrate").map((f) => ({
        OutputCmd: {
          Id: id(),
          DeviceIndex: device.index,
          FeatureIndex: f.index,
          Command: { Vibrate: { Value: Math.ceil(fraction * f.range[1]) } },
        },
      }));
  }
}

/** Move the first linear actuator to `position` (0–1) over `durationMs`; undefined when the version cannot. */
export function linear(
  version: SpecVersion,
  device: SeenDevice,
  position: number,
  durationMs: number,
  id: NextId,
): Message[] | undefined {
  if (version === 0) return undefined;
  if (version === 4) {
    const f = featuresWithOutput(device, "HwPositionWithDuration")[0];
    if (!f) return undefined;
    return [
      {
        OutputCmd: {
          Id: id(),
          DeviceIndex: device.index,
          FeatureIndex: f.index,
          Command: { HwPositionWithDuration: { Value: Math.round(position * f.range[1]), Duration: durationMs } },
        },
      },
    ];
  }
  return [
    {
      LinearCmd: {
        Id: id(),
        DeviceIndex: device.index,
        Vectors: [{ Index: 0, Duration: durationMs, Position: position }],
      },
    },
  ];
}

/** Stop one device (v0–v3 StopDeviceCmd, v4 StopCmd with DeviceIndex). */
export function stopDevice(version: SpecVersion, index: number, id: number): Message {
  return version === 4
    ? { StopCmd: { Id: id, DeviceIndex: index } }
    : { StopDeviceCmd: { Id: id, DeviceIndex: index } };
}

/** Stop every device (v0–v3 StopAllDevices, v4 StopCmd without DeviceIndex). */
export function stopAll(version: SpecVersion, id: number): Message {
  return version === 4 ? { StopCmd: { Id: id } } : { StopAllDevices: { Id: id } };
}

/** Read the battery, and the reply that carries the level; undefined when the version has no battery message. */
export function batteryRead(
  version: SpecVersion,
  device: SeenDevice,
  id: number,
): { message: Message; reply: string } | undefined {
  if (version === 2)
    return { message: { BatteryLevelCmd: { Id: id, DeviceIndex: device.index } }, reply: "BatteryLevelReading" };
  if (version === 3) {
    const m = isObject(device.raw.DeviceMessages) ? device.raw.DeviceMessages : {};
    const sensors = Array.isArray(m.SensorReadCmd) ? m.SensorReadCmd : [];
    const at = sensors.findIndex((s) => isObject(s) && s.SensorType === "Battery");
    if (at < 0) return undefined;
    return {
      message: { SensorReadCmd: { Id: id, DeviceIndex: device.index, SensorIndex: at, SensorType: "Battery" } },
      reply: "SensorReading",
    };
  }
  if (version === 4) {
    const features = isObject(device.raw.DeviceFeatures) ? device.raw.DeviceFeatures : {};
    const key = Object.keys(features).find((k) => {
      const f = features[k];
      return isObject(f) && isObject(f.Input) && isObject(f.Input.Battery);
    });
    if (key === undefined) return undefined;
    return {
      message: {
        InputCmd: { Id: id, DeviceIndex: device.index, FeatureIndex: Number(key), Type: "Battery", Command: "Read" },
      },
      reply: "InputReading",
    };
  }
  return undefined;
}

/** A vibrate command with a value outside the advertised range (v0–v3: speed 1.5 of 0–1; v4: one step above the top). */
export function outOfRange(version: SpecVersion, device: SeenDevice, id: number): Message {
  switch (version) {
    case 0:
      return { SingleMotorVibrateCmd: { Id: id, DeviceIndex: device.index, Speed: 1.5 } };
    case 1:
    case 2:
      return { VibrateCmd: { Id: id, DeviceIndex: device.index, Speeds: [{ Index: 0, Speed: 1.5 }] } };
    case 3:
      return {
        ScalarCmd: {
          Id: id,
          DeviceIndex: device.index,
          Scalars: [{ Index: v3VibrateIndices(device)[0] ?? 0, Scalar: 1.5, ActuatorType: "Vibrate" }],
        },
      };
    case 4: {
      const f = featuresWithOutput(device, "Vibrate")[0]!;
      return {
        OutputCmd: {
          Id: id,
          DeviceIndex: device.index,
          FeatureIndex: f.index,
          Command: { Vibrate: { Value: f.range[1] + 1 } },
        },
      };
    }
  }
}

/**
 * A well-formed command for a feature the device does not have: v0 a message it does not list,
 * v1/v2 one vibrator past its FeatureCount, v3 one attribute past its ScalarCmd list, v4 a feature
 * index past its last feature.
 */
export function wrongFeature(version: SpecVersion, device: SeenDevice, id: number): Message {
  switch (version) {
    case 0:
      return device.linears > 0
        ? { VorzeA10CycloneCmd: { Id: id, DeviceIndex: device.index, Speed: 10, Clockwise: true } }
        : { FleshlightLaunchFW12Cmd: { Id: id, DeviceIndex: device.index, Position: 50, Speed: 50 } };
    case 1:
    case 2:
      return { VibrateCmd: { Id: id, DeviceIndex: device.index, Speeds: [{ Index: device.vibrators, Speed: 0.5 }] } };
    case 3: {
      const m = isObject(device.raw.DeviceMessages) ? device.raw.DeviceMessages : {};
      const count = Array.isArray(m.ScalarCmd) ? m.ScalarCmd.length : 0;
      return {
        ScalarCmd: {
          Id: id,
          DeviceIndex: device.index,
          Scalars: [{ Index: count, Scalar: 0.5, ActuatorType: "Vibrate" }],
        },
      };
    }
    case 4: {
      const features = isObject(device.raw.DeviceFeatures) ? Object.keys(device.raw.DeviceFeatures).map(Number) : [];
      return {
        OutputCmd: {
          Id: id,
          DeviceIndex: device.index,
          FeatureIndex: Math.max(-1, ...features) + 1,
          Command: { Vibrate: { Value: 1 } },
        },
      };
    }
  }
}

/** The RequestServerInfo of a version (spec: identification.md; deprecated.md for v0–v3). */
export function requestServerInfo(version: SpecVersion | 5, id: number, clientName = "bpkit conform"): Message {
  if (version === 0) return { RequestServerInfo: { Id: id, ClientName: clientName } };
  if (version >= 4)
    return {
      RequestServerInfo: { Id: id, ClientName: clientName, ProtocolVersionMajor: version, ProtocolVersionMinor: 0 },
    };
  return { RequestServerInfo: { Id: id, ClientName: clientName, MessageVersion: version } };
}

/** A well-formed message of another spec version that `version` does not have. */
export function messageOfAnotherVersion(version: SpecVersion, id: number): Message {
  if (version === 4)
    return { ScalarCmd: { Id: id, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: 0.5, ActuatorType: "Vibrate" }] } };
  return { OutputCmd: { Id: id, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 1 } } } };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
