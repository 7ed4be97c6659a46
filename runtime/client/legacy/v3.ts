/**
 * Spec v3 servers behind the v4 client API.
 *
 * Why not the server's translation chain (runtime/translation/chain.ts): it carries CLIENT messages UP
 * (v3 → v4) and SERVER messages DOWN (v4 → v3), because the server speaks v4 inside. A v4 client
 * talking to a v3 server needs the opposite two directions (v4 client messages down to v3, v3
 * server messages up to v4), which the chain does not have; reusing its steps backwards would
 * need inverses it does not define. So this adapter is written by hand, kept apart here, and uses
 * only the generated v3/v4 types; every message it sends is checked with the generated v3
 * validators, as the client checks every message it receives: v3 is what is on the wire, and a
 * browser page talking v3 loads only v3's validators (runtime/client/spec-versions.ts). The v4
 * device view is typed v4 and built from a valid v3 device.
 *
 * The device model (v3 DeviceMessages → v4 DeviceFeatures), one v4 feature per attribute entry
 * in this order: ScalarCmd entries, RotateCmd entries, LinearCmd entries, SensorReadCmd entries
 * (merged with the SensorSubscribeCmd entry of the same SensorType and FeatureDescriptor), then
 * subscribe-only sensors.
 *   ScalarCmd  ActuatorType X, StepCount N → Output { X: [0, N] }  (Inflate → Constrict; Unknown is skipped)
 *   RotateCmd  StepCount N                 → Output { Rotate: [-N, N], RotationWithDirection: [0, N] }
 *   LinearCmd  StepCount N                 → Output { HwPositionWithDuration: [0, N], Duration [0, 2^32-1] }
 *   Sensor*Cmd SensorType T, SensorRange R → Input { T: { Value: R, Command: Read / Subscribe, Unsubscribe } }
 * Steps become v3 floats as step / N, nudged by half a step when floating point would make the
 * server's float → step rule (runtime/translation floatToSteps, the reference's: ceil for levels
 * and Position, trunc for LinearCmd positions) land on a neighbouring step, so the device
 * receives exactly the step asked for.
 */
import type { v3, v4 } from "../../../generated";
import { floatToSteps } from "../../translation/scaling";
import { ButtplugDeviceError, ButtplugMessageError } from "../errors";
import { assertValid, type Encoded, type ProtocolCodec, type WireMessage } from "../codec";

/** Largest duration of a v3 LinearCmd vector (unsigned 32-bit milliseconds). */
const MAX_DURATION = 4294967295;

/** Where a v4 feature of a v3 device came from. */
interface FeatureOrigin {
  featureIndex: number;
  scalar?: { index: number; actuatorType: v3.ActuatorType; stepCount: number };
  rotate?: { index: number; stepCount: number };
  linear?: { index: number; stepCount: number };
  sensorRead?: { index: number; sensorType: v3.SensorType };
  sensorSubscribe?: { index: number; sensorType: v3.SensorType };
}

/** A v3 device as the adapter knows it: its v3 description, its v4 view and the mapping between them. */
interface LegacyDevice {
  v3: v3.DeviceInfo;
  v4: v4.DeviceInfo;
  features: Map<number, FeatureOrigin>;
}

const actuatorToOutput: Partial<Record<v3.ActuatorType, v4.OutputType>> = {
  Vibrate: "Vibrate",
  Rotate: "Rotate",
  Oscillate: "Oscillate",
  Constrict: "Constrict",
  // v4 has no Inflate; output.md folds inflation into Constrict ("inflate/constrict pressures").
  Inflate: "Constrict",
  Position: "Position",
  Temperature: "Temperature",
  Led: "Led",
  Spray: "Spray",
};

const sensorToInput: Partial<Record<v3.SensorType, v4.InputType>> = {
  Battery: "Battery",
  RSSI: "RSSI",
  Button: "Button",
  Pressure: "Pressure",
};

/** The v4 view of a v3 device; see the file comment for the mapping. */
export function legacyDeviceFromV3(device: v3.DeviceInfo): { v4: v4.DeviceInfo; features: Map<number, FeatureOrigin> } {
  const features = new Map<number, FeatureOrigin>();
  const out: v4.DeviceFeatures = {};
  let next = 0;
  const add = (origin: Omit<FeatureOrigin, "featureIndex">, feature: Omit<v4.DeviceFeature, "FeatureIndex">) => {
    const featureIndex = next++;
    features.set(featureIndex, { featureIndex, ...origin });
    out[String(featureIndex)] = { FeatureIndex: featureIndex, ...feature };
  };
  const messages = device.DeviceMessages;
  (messages.ScalarCmd ?? []).forEach((attr, index) => {
    const type = actuatorToOutput[attr.ActuatorType];
    if (!type) return; // Unknown: nothing a v4 command could name.
    add(
      { scalar: { index, actuatorType: attr.ActuatorType, stepCount: attr.StepCount } },
      { FeatureDescription: attr.FeatureDescriptor, Output: { [type]: { Value: [0, attr.StepCount] } } },
    );
  });
  (messages.RotateCmd ?? []).forEach((attr, index) => {
    const n = attr.StepCount;
    add(
      { rotate: { index, stepCount: n } },
      {
        FeatureDescription: attr.FeatureDescriptor,
        Output: { Rotate: { Value: [-n, n] }, RotationWithDirection: { Value: [0, n] } },
      },
    );
  });
  (messages.LinearCmd ?? []).forEach((attr, index) => {
    add(
      { linear: { index, stepCount: attr.StepCount } },
      {
        FeatureDescription: attr.FeatureDescriptor,
        Output: { HwPositionWithDuration: { Value: [0, attr.StepCount], Duration: [0, MAX_DURATION] } },
      },
    );
  });
  const subscribable = (messages.SensorSubscribeCmd ?? []).map((attr, index) => ({ attr, index, used: false }));
  (messages.SensorReadCmd ?? []).forEach((attr, index) => {
    const type = sensorToInput[attr.SensorType];
    if (!type) return;
    const sub = subscribable.find(
      (s) => !s.used && s.attr.SensorType === attr.SensorType && s.attr.FeatureDescriptor === attr.FeatureDescriptor,
    );
    if (sub) sub.used = true;
    const Command: v4.InputCommandType[] = sub ? ["Read", "Subscribe", "Unsubscribe"] : ["Read"];
    add(
      {
        sensorRead: { index, sensorType: attr.SensorType },
        sensorSubscribe: sub ? { index: sub.index, sensorType: attr.SensorType } : undefined,
      },
      { FeatureDescription: attr.FeatureDescriptor, Input: { [type]: { Value: attr.SensorRange, Command } } },
    );
  });
  for (const sub of subscribable) {
    const type = sensorToInput[sub.attr.SensorType];
    if (sub.used || !type) continue;
    add(
      { sensorSubscribe: { index: sub.index, sensorType: sub.attr.SensorType } },
      {
        FeatureDescription: sub.attr.FeatureDescriptor,
        Input: { [type]: { Value: sub.attr.SensorRange, Command: ["Subscribe", "Unsubscribe"] } },
      },
    );
  }
  const info: v4.DeviceInfo = {
    DeviceName: device.DeviceName,
    DeviceIndex: device.DeviceIndex,
    DeviceMessageTimingGap: device.DeviceMessageTimingGap ?? 0,
    DeviceFeatures: out,
  };
  if (device.DeviceDisplayName !== undefined) info.DeviceDisplayName = device.DeviceDisplayName;
  return { v4: info, features };
}

/**
 * A v4 step as the v3 float a server turns back into exactly that step with its float → step rule
 * for `type` (floatToSteps): step / N, or half a step lower / higher when floating point would
 * make the rule land on a neighbour (e.g. 7 / 100 × 100 = 7.000000000000001, which ceil makes 8).
 */
export function stepToUnit(step: number, stepCount: number, type: v4.OutputType = "Vibrate"): number {
  if (step <= 0 || stepCount <= 0) return 0;
  if (step >= stepCount) return 1;
  for (const candidate of [step, step - 0.5, step + 0.5]) {
    const unit = candidate / stepCount;
    if (floatToSteps(type, unit, stepCount) === step) return unit;
  }
  return step / stepCount;
}

/** The v3 adapter; see the file comment. */
export class V3Codec implements ProtocolCodec {
  readonly version = 3 as const;
  private devices = new Map<number, LegacyDevice>();
  /** Subscribed sensors, as "deviceIndex:featureIndex". */
  private subscriptions = new Set<string>();

  requestServerInfo(id: number, clientName: string): WireMessage {
    const body: v3.RequestServerInfo = { Id: id, ClientName: clientName, MessageVersion: 3 };
    return { RequestServerInfo: body };
  }

  reset(): void {
    this.devices.clear();
    this.subscriptions.clear();
  }

  // ---- v4 → v3 ------------------------------------------------------------------------------

  encode(message: v4.ClientMessage): Encoded<v3.ClientMessage> {
    const encoded = this.encodeUnchecked(message);
    if ("send" in encoded) for (const m of encoded.send) assertValid(3, m, "v3 adapter");
    return encoded;
  }

  /** encode() without the v3 check: the v2 adapter restates the result as v2 and checks that. */
  encodeUnchecked(message: v4.ClientMessage): Encoded<v3.ClientMessage> {
    if ("Ping" in message) return { send: [{ Ping: message.Ping }] };
    if ("RequestDeviceList" in message) return { send: [{ RequestDeviceList: message.RequestDeviceList }] };
    if ("StartScanning" in message) return { send: [{ StartScanning: message.StartScanning }] };
    if ("StopScanning" in message) return { send: [{ StopScanning: message.StopScanning }] };
    // v3 has no Disconnect: closing the connection is the goodbye. Stop every device first, as a
    // v4 server does on Disconnect, since not every transport tells the server it was closed
    // (an embedded server sees no close at all).
    if ("Disconnect" in message) return { send: [{ StopAllDevices: { Id: message.Disconnect.Id } }] };
    if ("StopCmd" in message) return this.stopCmd(message.StopCmd);
    if ("OutputCmd" in message) return this.outputCmd(message.OutputCmd);
    if ("InputCmd" in message) return this.inputCmd(message.InputCmd);
    const [name] = Object.keys(message);
    throw new ButtplugMessageError(`${name}: a spec v3 server has no equivalent`);
  }

  private device(index: number): LegacyDevice {
    const device = this.devices.get(index);
    if (!device) throw new ButtplugDeviceError(`DeviceIndex ${index}: no such device on the v3 server`);
    return device;
  }

  private origin(device: LegacyDevice, featureIndex: number): FeatureOrigin {
    const origin = device.features.get(featureIndex);
    if (!origin)
      throw new ButtplugDeviceError(
        `DeviceIndex ${device.v4.DeviceIndex} (${device.v4.DeviceName}): no FeatureIndex ${featureIndex}`,
      );
    return origin;
  }

  private outputCmd(cmd: v4.OutputCmd): Encoded<v3.ClientMessage> {
    const device = this.device(cmd.DeviceIndex);
    const origin = this.origin(device, cmd.FeatureIndex);
    const where = `DeviceIndex ${cmd.DeviceIndex} (${device.v4.DeviceName}) FeatureIndex ${cmd.FeatureIndex}`;
    const [type] = Object.keys(cmd.Command) as v4.OutputType[];
    const { Id, DeviceIndex } = cmd;
    const c = cmd.Command;
    if (origin.scalar && actuatorToOutput[origin.scalar.actuatorType] === type) {
      const value = (c[type] as { Value: number }).Value;
      const body: v3.ScalarCmd = {
        Id,
        DeviceIndex,
        Scalars: [
          {
            Index: origin.scalar.index,
            Scalar: stepToUnit(value, origin.scalar.stepCount, type),
            ActuatorType: origin.scalar.actuatorType,
          },
        ],
      };
      return { send: [{ ScalarCmd: body }] };
    }
    if (origin.rotate && (c.Rotate || c.RotationWithDirection)) {
      const speed = c.Rotate ? Math.abs(c.Rotate.Value) : c.RotationWithDirection!.Value;
      const Clockwise = c.Rotate ? c.Rotate.Value >= 0 : c.RotationWithDirection!.Clockwise;
      const body: v3.RotateCmd = {
        Id,
        DeviceIndex,
        Rotations: [
          { Index: origin.rotate.index, Speed: stepToUnit(speed, origin.rotate.stepCount, "Rotate"), Clockwise },
        ],
      };
      return { send: [{ RotateCmd: body }] };
    }
    if (origin.linear && c.HwPositionWithDuration) {
      const { Value, Duration } = c.HwPositionWithDuration;
      const body: v3.LinearCmd = {
        Id,
        DeviceIndex,
        Vectors: [
          {
            Index: origin.linear.index,
            Duration,
            Position: stepToUnit(Value, origin.linear.stepCount, "HwPositionWithDuration"),
          },
        ],
      };
      return { send: [{ LinearCmd: body }] };
    }
    throw new ButtplugDeviceError(`${where}: output type ${type} not supported by this v3 feature`);
  }

  private inputCmd(cmd: v4.InputCmd): Encoded<v3.ClientMessage> {
    const device = this.device(cmd.DeviceIndex);
    const origin = this.origin(device, cmd.FeatureIndex);
    const where = `DeviceIndex ${cmd.DeviceIndex} (${device.v4.DeviceName}) FeatureIndex ${cmd.FeatureIndex}`;
    const key = `${cmd.DeviceIndex}:${cmd.FeatureIndex}`;
    const base = { Id: cmd.Id, DeviceIndex: cmd.DeviceIndex };
    const attr = cmd.Command === "Read" ? origin.sensorRead : origin.sensorSubscribe;
    if (!attr || sensorToInput[attr.sensorType] !== cmd.Type) {
      throw new ButtplugDeviceError(`${where}: ${cmd.Type} ${cmd.Command} not supported by this v3 feature`);
    }
    const body = { ...base, SensorIndex: attr.index, SensorType: attr.sensorType };
    switch (cmd.Command) {
      case "Read":
        return { send: [{ SensorReadCmd: body }] };
      case "Subscribe":
        this.subscriptions.add(key);
        return { send: [{ SensorSubscribeCmd: body }] };
      case "Unsubscribe":
        this.subscriptions.delete(key);
        return { send: [{ SensorUnsubscribeCmd: body }] };
      default:
        // The request is not checked against v4 (only what goes on the wire is): an untyped caller's typo must not unsubscribe.
        throw new ButtplugMessageError(
          `${where}: InputCmd Command ${JSON.stringify(cmd.Command)} is not a spec v4 command`,
        );
    }
  }

  /** SensorUnsubscribeCmd for each subscribed sensor in the selection (v4 StopCmd Inputs). */
  private unsubscribeAll(id: number, deviceIndex?: number, featureIndex?: number): v3.ClientMessage[] {
    const out: v3.ClientMessage[] = [];
    for (const key of [...this.subscriptions]) {
      const [d, f] = key.split(":").map(Number);
      if (deviceIndex !== undefined && d !== deviceIndex) continue;
      if (featureIndex !== undefined && f !== featureIndex) continue;
      const attr = this.devices.get(d)?.features.get(f)?.sensorSubscribe;
      this.subscriptions.delete(key);
      if (!attr) continue;
      const body: v3.SensorUnsubscribeCmd = {
        Id: id,
        DeviceIndex: d,
        SensorIndex: attr.index,
        SensorType: attr.sensorType,
      };
      out.push({ SensorUnsubscribeCmd: body });
    }
    return out;
  }

  private stopCmd(cmd: v4.StopCmd): Encoded<v3.ClientMessage> {
    const outputs = cmd.Outputs ?? true;
    const inputs = cmd.Inputs ?? true;
    const send: v3.ClientMessage[] = [];
    if (cmd.DeviceIndex === undefined) {
      if (outputs) send.push({ StopAllDevices: { Id: cmd.Id } });
      if (inputs) send.push(...this.unsubscribeAll(cmd.Id));
    } else if (cmd.FeatureIndex === undefined) {
      this.device(cmd.DeviceIndex);
      if (outputs) send.push({ StopDeviceCmd: { Id: cmd.Id, DeviceIndex: cmd.DeviceIndex } });
      if (inputs) send.push(...this.unsubscribeAll(cmd.Id, cmd.DeviceIndex));
    } else {
      // v3 cannot stop one feature: set its actuator to zero instead (a linear axis has nothing to stop).
      const device = this.device(cmd.DeviceIndex);
      const origin = this.origin(device, cmd.FeatureIndex);
      const { Id, DeviceIndex } = cmd;
      if (outputs && origin.scalar) {
        const body: v3.ScalarCmd = {
          Id,
          DeviceIndex,
          Scalars: [{ Index: origin.scalar.index, Scalar: 0, ActuatorType: origin.scalar.actuatorType }],
        };
        send.push({ ScalarCmd: body });
      }
      if (outputs && origin.rotate) {
        const body: v3.RotateCmd = {
          Id,
          DeviceIndex,
          Rotations: [{ Index: origin.rotate.index, Speed: 0, Clockwise: true }],
        };
        send.push({ RotateCmd: body });
      }
      if (inputs) send.push(...this.unsubscribeAll(Id, DeviceIndex, cmd.FeatureIndex));
    }
    return send.length ? { send } : { reply: { Ok: { Id: cmd.Id } } };
  }

  /** SensorIndex of the first SensorReadCmd entry of `type` on a device (for v2's fixed-purpose readings). */
  sensorIndexOf(deviceIndex: number, type: v3.SensorType): number | undefined {
    const index = this.devices
      .get(deviceIndex)
      ?.v3.DeviceMessages.SensorReadCmd?.findIndex((s) => s.SensorType === type);
    return index === undefined || index < 0 ? undefined : index;
  }

  // ---- v3 → v4 ------------------------------------------------------------------------------

  decode(message: v3.ServerMessage): v4.ServerMessage[] {
    if ("ServerInfo" in message) {
      const info = message.ServerInfo;
      const out: v4.ServerInfo = {
        Id: info.Id,
        ServerName: info.ServerName,
        MaxPingTime: info.MaxPingTime,
        ProtocolVersionMajor: info.MessageVersion,
        ProtocolVersionMinor: 0,
      };
      return [{ ServerInfo: out }];
    }
    if ("DeviceList" in message) {
      this.devices.clear();
      for (const d of message.DeviceList.Devices) this.addDevice(d);
      return [this.deviceList(message.DeviceList.Id)];
    }
    if ("DeviceAdded" in message) {
      const { Id: _id, ...device } = message.DeviceAdded;
      this.addDevice(device);
      return [this.deviceList(0)];
    }
    if ("DeviceRemoved" in message) {
      const index = message.DeviceRemoved.DeviceIndex;
      this.devices.delete(index);
      for (const key of [...this.subscriptions]) if (key.startsWith(`${index}:`)) this.subscriptions.delete(key);
      return [this.deviceList(0)];
    }
    if ("SensorReading" in message) return this.sensorReading(message.SensorReading);
    if ("Ok" in message || "Error" in message || "ScanningFinished" in message) return [message];
    // RawReading: bpkit's v4 API has no raw access.
    return [];
  }

  private addDevice(device: v3.DeviceInfo): void {
    const { v4: info, features } = legacyDeviceFromV3(device);
    this.devices.set(device.DeviceIndex, { v3: device, v4: info, features });
  }

  private deviceList(id: number): v4.ServerMessage {
    const Devices: v4.Devices = {};
    for (const [index, device] of this.devices) Devices[String(index)] = device.v4;
    return { DeviceList: { Id: id, Devices } };
  }

  private sensorReading(reading: v3.SensorReading): v4.ServerMessage[] {
    const device = this.devices.get(reading.DeviceIndex);
    const type = sensorToInput[reading.SensorType];
    if (!device || !type || reading.Data.length === 0) return [];
    // A reply answers SensorReadCmd (read index); an event comes from a subscription.
    const fromRead = reading.Id !== 0;
    const origin = [...device.features.values()].find((o) => {
      const attr = fromRead ? o.sensorRead : o.sensorSubscribe;
      return attr !== undefined && attr.index === reading.SensorIndex && attr.sensorType === reading.SensorType;
    });
    if (!origin) return [];
    const Reading = { [type]: { Value: reading.Data[0] } } as v4.InputReadingValue;
    return [
      {
        InputReading: { Id: reading.Id, DeviceIndex: reading.DeviceIndex, FeatureIndex: origin.featureIndex, Reading },
      },
    ];
  }
}
