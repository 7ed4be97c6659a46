// generated — do not edit, EXCEPT the bodies between `// bpkit:body-begin` and `// bpkit:body-end`:
// those are hand-written and kept byte for byte by `npm run generate`. Source: schema/v0, schema/v1.
// Upgrade steps v0 → v1: every client message of v0.
import type * as v0 from "../v0/types";
import type * as v1 from "../v1/types";
import * as tx from "../../runtime/translation";

/** FleshlightLaunchFW12Cmd v0 → v1: same schema in both versions (generated identity step). */
export function FleshlightLaunchFW12Cmd(message: v0.FleshlightLaunchFW12Cmd, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ FleshlightLaunchFW12Cmd: message }];
}

/** KiirooCmd v0 → v1: same schema in both versions (generated identity step). */
export function KiirooCmd(message: v0.KiirooCmd, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ KiirooCmd: message }];
}

/** LovenseCmd v0 → v1: same schema in both versions (generated identity step). */
export function LovenseCmd(message: v0.LovenseCmd, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ LovenseCmd: message }];
}

/** Ping v0 → v1: same schema in both versions (generated identity step). */
export function Ping(message: v0.Ping, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ Ping: message }];
}

/** RequestDeviceList v0 → v1: same schema in both versions (generated identity step). */
export function RequestDeviceList(message: v0.RequestDeviceList, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ RequestDeviceList: message }];
}

/** RequestLog v0 → v1: same schema in both versions (generated identity step). */
export function RequestLog(message: v0.RequestLog, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ RequestLog: message }];
}

/** RequestServerInfo v0 → v1: the schema differs between v0 and v1; hand-written. */
export function RequestServerInfo(message: v0.RequestServerInfo, ctx: tx.TranslationContext): v1.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // v0 clients name no version: they are spec v0.
  return [{ RequestServerInfo: { Id: message.Id, ClientName: message.ClientName, MessageVersion: 0 } }];
  // bpkit:body-end
}

/** SingleMotorVibrateCmd v0 → v1: same schema in both versions (generated identity step). */
export function SingleMotorVibrateCmd(message: v0.SingleMotorVibrateCmd, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ SingleMotorVibrateCmd: message }];
}

/** StartScanning v0 → v1: same schema in both versions (generated identity step). */
export function StartScanning(message: v0.StartScanning, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ StartScanning: message }];
}

/** StopAllDevices v0 → v1: same schema in both versions (generated identity step). */
export function StopAllDevices(message: v0.StopAllDevices, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ StopAllDevices: message }];
}

/** StopDeviceCmd v0 → v1: same schema in both versions (generated identity step). */
export function StopDeviceCmd(message: v0.StopDeviceCmd, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ StopDeviceCmd: message }];
}

/** StopScanning v0 → v1: same schema in both versions (generated identity step). */
export function StopScanning(message: v0.StopScanning, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ StopScanning: message }];
}

/** Test v0 → v1: same schema in both versions (generated identity step). */
export function Test(message: v0.Test, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ Test: message }];
}

/** VorzeA10CycloneCmd v0 → v1: same schema in both versions (generated identity step). */
export function VorzeA10CycloneCmd(message: v0.VorzeA10CycloneCmd, ctx: tx.TranslationContext): v1.ClientMessage[] {
  return [{ VorzeA10CycloneCmd: message }];
}
