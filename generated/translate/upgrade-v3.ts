// generated — do not edit, EXCEPT the bodies between `// bpkit:body-begin` and `// bpkit:body-end`:
// those are hand-written and kept byte for byte by `npm run generate`. Source: schema/v3, schema/v4.
// Upgrade steps v3 → v4: every client message of v3.
import type * as v3 from "../v3/types";
import type * as v4 from "../v4/types";
import * as tx from "../../runtime/translation";

/** LinearCmd v3 → v4: there is no LinearCmd in v4; hand-written. */
export function LinearCmd(message: v3.LinearCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "LinearCmd");
  // bpkit:body-end
}

/** Ping v3 → v4: same schema in both versions (generated identity step). */
export function Ping(message: v3.Ping, ctx: tx.TranslationContext): v4.ClientMessage[] {
  return [{ Ping: message }];
}

/** RawReadCmd v3 → v4: there is no RawReadCmd in v4; hand-written. */
export function RawReadCmd(message: v3.RawReadCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "RawReadCmd");
  // bpkit:body-end
}

/** RawSubscribeCmd v3 → v4: there is no RawSubscribeCmd in v4; hand-written. */
export function RawSubscribeCmd(message: v3.RawSubscribeCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "RawSubscribeCmd");
  // bpkit:body-end
}

/** RawUnsubscribeCmd v3 → v4: there is no RawUnsubscribeCmd in v4; hand-written. */
export function RawUnsubscribeCmd(message: v3.RawUnsubscribeCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "RawUnsubscribeCmd");
  // bpkit:body-end
}

/** RawWriteCmd v3 → v4: there is no RawWriteCmd in v4; hand-written. */
export function RawWriteCmd(message: v3.RawWriteCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "RawWriteCmd");
  // bpkit:body-end
}

/** RequestDeviceList v3 → v4: same schema in both versions (generated identity step). */
export function RequestDeviceList(message: v3.RequestDeviceList, ctx: tx.TranslationContext): v4.ClientMessage[] {
  return [{ RequestDeviceList: message }];
}

/** RequestServerInfo v3 → v4: the schema differs between v3 and v4; hand-written. */
export function RequestServerInfo(message: v3.RequestServerInfo, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "RequestServerInfo");
  // bpkit:body-end
}

/** RotateCmd v3 → v4: there is no RotateCmd in v4; hand-written. */
export function RotateCmd(message: v3.RotateCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "RotateCmd");
  // bpkit:body-end
}

/** ScalarCmd v3 → v4: there is no ScalarCmd in v4; hand-written. */
export function ScalarCmd(message: v3.ScalarCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "ScalarCmd");
  // bpkit:body-end
}

/** SensorReadCmd v3 → v4: there is no SensorReadCmd in v4; hand-written. */
export function SensorReadCmd(message: v3.SensorReadCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "SensorReadCmd");
  // bpkit:body-end
}

/** SensorSubscribeCmd v3 → v4: there is no SensorSubscribeCmd in v4; hand-written. */
export function SensorSubscribeCmd(message: v3.SensorSubscribeCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "SensorSubscribeCmd");
  // bpkit:body-end
}

/** SensorUnsubscribeCmd v3 → v4: there is no SensorUnsubscribeCmd in v4; hand-written. */
export function SensorUnsubscribeCmd(message: v3.SensorUnsubscribeCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "SensorUnsubscribeCmd");
  // bpkit:body-end
}

/** StartScanning v3 → v4: same schema in both versions (generated identity step). */
export function StartScanning(message: v3.StartScanning, ctx: tx.TranslationContext): v4.ClientMessage[] {
  return [{ StartScanning: message }];
}

/** StopAllDevices v3 → v4: there is no StopAllDevices in v4; hand-written. */
export function StopAllDevices(message: v3.StopAllDevices, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "StopAllDevices");
  // bpkit:body-end
}

/** StopDeviceCmd v3 → v4: there is no StopDeviceCmd in v4; hand-written. */
export function StopDeviceCmd(message: v3.StopDeviceCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "StopDeviceCmd");
  // bpkit:body-end
}

/** StopScanning v3 → v4: same schema in both versions (generated identity step). */
export function StopScanning(message: v3.StopScanning, ctx: tx.TranslationContext): v4.ClientMessage[] {
  return [{ StopScanning: message }];
}

/** VibrateCmd v3 → v4: there is no VibrateCmd in v4; hand-written. */
export function VibrateCmd(message: v3.VibrateCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v3", "v4", "VibrateCmd");
  // bpkit:body-end
}
