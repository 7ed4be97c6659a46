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
import { assertValid, unwrap, type Encoded, type ProtocolCodec, type WireMessage } from "../codec";
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
    return { RequestServerInfo: body as unknown as Record<string, unknown> };
  }

  reset(): void {
    this.v3.reset();
  }

  encode(message: v4.ClientMessage): Encoded {
    const encoded = this.v3.encode(message);
    if ("reply" in encoded) return encoded;
    const send = encoded.send.map((m) => this.toV2(m));
    for (const m of send) assertValid(2, m, "v2 adapter");
    return { send };
  }

  /** One v3 message from the v3 adapter as its v2 form. */
  private toV2(message: WireMessage): WireMessage {
    const { name, body } = unwrap(message);
    switch (name) {
      case "ScalarCmd": {
        // Every scalar feature of a v2 device is a vibrator, at its VibrateCmd index.
        const cmd = body as unknown as v3.ScalarCmd;
        const out: v2.VibrateCmd = {
          Id: cmd.Id,
          DeviceIndex: cmd.DeviceIndex,
          Speeds: cmd.Scalars.map((s) => ({ Index: s.Index, Speed: s.Scalar })) as v2.VibrateCmd["Speeds"],
        };
        return { VibrateCmd: out as unknown as Record<string, unknown> };
      }
      case "SensorReadCmd": {
        const cmd = body as unknown as v3.SensorReadCmd;
        const reading = cmd.SensorType === "Battery" ? "BatteryLevelCmd" : "RSSILevelCmd";
        return { [reading]: { Id: cmd.Id, DeviceIndex: cmd.DeviceIndex } };
      }
      case "SensorSubscribeCmd":
      case "SensorUnsubscribeCmd":
        throw new ButtplugMessageError(`${name}: a spec v2 server has no sensor subscriptions`);
      default:
        // Ping, RequestDeviceList, Start/StopScanning, RotateCmd, LinearCmd, StopDeviceCmd, StopAllDevices: same shape.
        return message;
    }
  }

  decode(message: WireMessage): v4.ServerMessage[] {
    const { name, body } = unwrap(message);
    switch (name) {
      case "ServerInfo": {
        const info = body as unknown as v2.ServerInfo;
        return this.v3.decode({ ServerInfo: { ...info } as unknown as Record<string, unknown> });
      }
      case "DeviceList": {
        const list = body as unknown as v2.DeviceList;
        return this.v3.decode({
          DeviceList: { Id: list.Id, Devices: list.Devices.map(v3DeviceFromV2) } as unknown as Record<string, unknown>,
        });
      }
      case "DeviceAdded": {
        const { Id: _id, ...device } = body as unknown as v2.DeviceAdded;
        return this.v3.decode({
          DeviceAdded: { Id: 0, ...v3DeviceFromV2(device) } as unknown as Record<string, unknown>,
        });
      }
      case "BatteryLevelReading": {
        const r = body as unknown as v2.BatteryLevelReading;
        // v2 reports 0.0–1.0; v4 in percent.
        return this.reading(r.Id, r.DeviceIndex, "Battery", Math.round(r.BatteryLevel * 100));
      }
      case "RSSILevelReading": {
        const r = body as unknown as v2.RSSILevelReading;
        return this.reading(r.Id, r.DeviceIndex, "RSSI", r.RSSILevel);
      }
      default:
        // DeviceRemoved, Ok, Error, ScanningFinished: as in v3. RawReading is dropped there.
        return this.v3.decode(message);
    }
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
    return this.v3.decode({ SensorReading: reading as unknown as Record<string, unknown> });
  }
}
