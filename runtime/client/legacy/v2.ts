/**
 * Spec v2 servers behind the v4 client API, as a thin layer over the v3 adapter: v2 is v3 with
 * fewer, fixed-purpose messages, so a v2 device is first restated as a v3 device and every v3
 * message the v3 adapter produces is restated as its v2 form.
 *
 *   v2 DeviceMessages                    as v3                         as v4 (see v3.ts)
 *   VibrateCmd {FeatureCount, StepCount} ScalarCmd Vibrate × count     Vibrate [0, StepCount[i]]
 *   RotateCmd / LinearCmd                RotateCmd / LinearCmd          Rotate / HwPositionWithDuration
 *   BatteryLevelCmd                      SensorReadCmd Battery [0,100]  Battery input (Read)
 *   RSSILevelCmd                         SensorReadCmd RSSI [-128, 0]   RSSI input (Read)
 *
 * A v2 attribute without StepCount (allowed by the v2 schema; v1-era servers) is given 100 steps:
 * the float sent is then step / 100, whatever the device's real resolution.
 * Why v0 and v1 are not offered: their device lists carry no step counts and no sensors, and v0
 * has no generic commands at all, so there is no faithful v4 view of their devices.
 */
import type { v2, v3, v4 } from "../../../generated";
import { ButtplugMessageError } from "../errors";
import { assertValid, type Encoded, type ProtocolCodec, type WireMessage } from "../codec";
import { V3Codec } from "./v3";

/** Steps assumed when a v2 attribute has no StepCount. */
const DEFAULT_STEP_COUNT = 100;

/** A v2 device restated as the v3 device the v3 adapter understands. */
export function v3DeviceFromV2(device: v2.DeviceInfo): v3.DeviceInfo {
  const m = device.DeviceMessages;
  const entries = (attr: v2.GenericMessageAttributes | undefined, what: string, ActuatorType: v3.ActuatorType) =>
    Array.from({ length: attr?.FeatureCount ?? 0 }, (_, i) => ({
      FeatureDescriptor: `${what} ${i + 1}`,
      StepCount: attr?.StepCount?.[i] ?? DEFAULT_STEP_COUNT,
      ActuatorType,
    }));
  const messages: v3.DeviceMessages = {};
  const vibrate = entries(m.VibrateCmd, "Vibrator", "Vibrate");
  const rotate = entries(m.RotateCmd, "Rotator", "Rotate");
  const linear = entries(m.LinearCmd, "Linear axis", "Position");
  if (vibrate.length) messages.ScalarCmd = vibrate as v3.DeviceMessages["ScalarCmd"];
  if (rotate.length) messages.RotateCmd = rotate as v3.DeviceMessages["RotateCmd"];
  if (linear.length) messages.LinearCmd = linear as v3.DeviceMessages["LinearCmd"];
  const sensors: v3.SensorMessageAttributes[] = [];
  if (m.BatteryLevelCmd) sensors.push({ FeatureDescriptor: "Battery", SensorType: "Battery", SensorRange: [[0, 100]] });
  if (m.RSSILevelCmd) sensors.push({ FeatureDescriptor: "RSSI", SensorType: "RSSI", SensorRange: [[-128, 0]] });
  if (sensors.length) messages.SensorReadCmd = sensors as v3.DeviceMessages["SensorReadCmd"];
  messages.StopDeviceCmd = {};
  return { DeviceName: device.DeviceName, DeviceIndex: device.DeviceIndex, DeviceMessages: messages };
}

/** The v2 adapter; see the file comment. */
export class V2Codec implements ProtocolCodec {
  readonly version = 2 as const;
  private readonly v3 = new V3Codec();

  requestServerInfo(id: number, clientName: string): WireMessage {
    const body: v2.RequestServerInfo = { Id: id, ClientName: clientName, MessageVersion: 2 };
    return { RequestServerInfo: body };
  }

  reset(): void {
    this.v3.reset();
  }

  encode(message: v4.ClientMessage): Encoded<v2.ClientMessage> {
    const encoded = this.v3.encodeUnchecked(message);
    if ("reply" in encoded) return encoded;
    const send = encoded.send.map((m) => toV2(m));
    for (const m of send) assertValid(2, m, "v2 adapter");
    return { send };
  }

  decode(message: v2.ServerMessage): v4.ServerMessage[] {
    if ("DeviceList" in message) {
      const { Id, Devices } = message.DeviceList;
      return this.v3.decode({ DeviceList: { Id, Devices: Devices.map(v3DeviceFromV2) } });
    }
    if ("DeviceAdded" in message) {
      const { Id: _id, ...device } = message.DeviceAdded;
      return this.v3.decode({ DeviceAdded: { Id: 0, ...v3DeviceFromV2(device) } });
    }
    if ("BatteryLevelReading" in message) {
      const r = message.BatteryLevelReading;
      // v2 reports 0.0–1.0; v4 in percent.
      return this.reading(r.Id, r.DeviceIndex, "Battery", Math.round(r.BatteryLevel * 100));
    }
    if ("RSSILevelReading" in message) {
      const r = message.RSSILevelReading;
      return this.reading(r.Id, r.DeviceIndex, "RSSI", r.RSSILevel);
    }
    // ServerInfo, DeviceRemoved, Ok, Error, ScanningFinished: as in v3. RawReading is dropped there.
    return this.v3.decode(message);
  }

  private reading(id: number, deviceIndex: number, type: v3.SensorType, value: number): v4.ServerMessage[] {
    const SensorIndex = this.v3.sensorIndexOf(deviceIndex, type);
    if (SensorIndex === undefined) return [];
    const reading: v3.SensorReading = {
      Id: id,
      DeviceIndex: deviceIndex,
      SensorIndex,
      SensorType: type,
      Data: [value],
    };
    return this.v3.decode({ SensorReading: reading });
  }
}

/** One v3 message from the v3 adapter as its v2 form. */
function toV2(message: v3.ClientMessage): v2.ClientMessage {
  if ("ScalarCmd" in message) {
    // Every scalar feature of a v2 device is a vibrator, at its VibrateCmd index.
    const { Id, DeviceIndex, Scalars } = message.ScalarCmd;
    const Speeds = Scalars.map((s) => ({ Index: s.Index, Speed: s.Scalar })) as v2.VibrateCmd["Speeds"];
    return { VibrateCmd: { Id, DeviceIndex, Speeds } };
  }
  if ("SensorReadCmd" in message) {
    const { Id, DeviceIndex, SensorType } = message.SensorReadCmd;
    return SensorType === "Battery" ? { BatteryLevelCmd: { Id, DeviceIndex } } : { RSSILevelCmd: { Id, DeviceIndex } };
  }
  if ("SensorSubscribeCmd" in message || "SensorUnsubscribeCmd" in message)
    throw new ButtplugMessageError(`${Object.keys(message)[0]}: a spec v2 server has no sensor subscriptions`);
  // Ping, RequestDeviceList, Start/StopScanning, RotateCmd, LinearCmd, StopDeviceCmd, StopAllDevices: same shape.
  return message;
}
