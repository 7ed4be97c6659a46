// generated — do not edit, EXCEPT the bodies between `// bpkit:body-begin` and `// bpkit:body-end`:
// those are hand-written and kept byte for byte by `npm run generate`. Source: schema/v2, schema/v3.
// Upgrade steps v2 → v3: every client message of v2.
import type * as v2 from "../v2/types";
import type * as v3 from "../v3/types";
import * as tx from "../../runtime/translation";

/** BatteryLevelCmd v2 → v3: there is no BatteryLevelCmd in v3; hand-written. */
export function BatteryLevelCmd(message: v2.BatteryLevelCmd, ctx: tx.TranslationContext): v3.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // v3 reads a battery with SensorReadCmd: the device's first Battery sensor (as the reference does).
  const origin = tx.origin("BatteryLevelCmd", message);
  const device = tx.knownDevice(ctx, origin);
  const SensorIndex = tx.presentDevice(device).SensorReadCmd.findIndex((s) => s.SensorType === "Battery");
  if (SensorIndex < 0) {
    throw tx.deviceError(`BatteryLevelCmd (Id ${message.Id}): DeviceIndex ${message.DeviceIndex} (${device.DeviceName}) has no readable battery`);
  }
  return [{ SensorReadCmd: { Id: message.Id, DeviceIndex: message.DeviceIndex, SensorIndex, SensorType: "Battery" } }];
  // bpkit:body-end
}

/** LinearCmd v2 → v3: same schema in both versions (generated identity step). */
export function LinearCmd(message: v2.LinearCmd, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ LinearCmd: message }];
}

/** Ping v2 → v3: same schema in both versions (generated identity step). */
export function Ping(message: v2.Ping, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ Ping: message }];
}

/** RSSILevelCmd v2 → v3: there is no RSSILevelCmd in v3; hand-written. */
export function RSSILevelCmd(message: v2.RSSILevelCmd, ctx: tx.TranslationContext): v3.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // Devices never list RSSILevelCmd for v2 clients (the reference presents no RSSI sensor to v2/v3),
  // and the reference rejects it.
  const origin = tx.origin("RSSILevelCmd", message);
  const device = tx.knownDevice(ctx, origin);
  throw tx.deviceError(`RSSILevelCmd (Id ${message.Id}): DeviceIndex ${message.DeviceIndex} (${device.DeviceName}) does not support RSSILevelCmd`);
  // bpkit:body-end
}

/** RawReadCmd v2 → v3: same schema in both versions (generated identity step). */
export function RawReadCmd(message: v2.RawReadCmd, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ RawReadCmd: message }];
}

/** RawSubscribeCmd v2 → v3: same schema in both versions (generated identity step). */
export function RawSubscribeCmd(message: v2.RawSubscribeCmd, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ RawSubscribeCmd: message }];
}

/** RawUnsubscribeCmd v2 → v3: same schema in both versions (generated identity step). */
export function RawUnsubscribeCmd(message: v2.RawUnsubscribeCmd, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ RawUnsubscribeCmd: message }];
}

/** RawWriteCmd v2 → v3: same schema in both versions (generated identity step). */
export function RawWriteCmd(message: v2.RawWriteCmd, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ RawWriteCmd: message }];
}

/** RequestDeviceList v2 → v3: same schema in both versions (generated identity step). */
export function RequestDeviceList(message: v2.RequestDeviceList, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ RequestDeviceList: message }];
}

/** RequestServerInfo v2 → v3: same schema in both versions (generated identity step). */
export function RequestServerInfo(message: v2.RequestServerInfo, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ RequestServerInfo: message }];
}

/** RotateCmd v2 → v3: same schema in both versions (generated identity step). */
export function RotateCmd(message: v2.RotateCmd, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ RotateCmd: message }];
}

/** StartScanning v2 → v3: same schema in both versions (generated identity step). */
export function StartScanning(message: v2.StartScanning, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ StartScanning: message }];
}

/** StopAllDevices v2 → v3: same schema in both versions (generated identity step). */
export function StopAllDevices(message: v2.StopAllDevices, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ StopAllDevices: message }];
}

/** StopDeviceCmd v2 → v3: same schema in both versions (generated identity step). */
export function StopDeviceCmd(message: v2.StopDeviceCmd, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ StopDeviceCmd: message }];
}

/** StopScanning v2 → v3: same schema in both versions (generated identity step). */
export function StopScanning(message: v2.StopScanning, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ StopScanning: message }];
}

/** VibrateCmd v2 → v3: same schema in both versions (generated identity step). */
export function VibrateCmd(message: v2.VibrateCmd, ctx: tx.TranslationContext): v3.ClientMessage[] {
  return [{ VibrateCmd: message }];
}
