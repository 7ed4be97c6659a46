// generated — do not edit, EXCEPT the bodies between `// bpkit:body-begin` and `// bpkit:body-end`:
// those are hand-written and kept byte for byte by `npm run generate`. Source: schema/v1, schema/v2.
// Upgrade steps v1 → v2: every client message of v1.
import type * as v1 from "../v1/types";
import type * as v2 from "../v2/types";
import * as tx from "../../runtime/translation";

/** FleshlightLaunchFW12Cmd v1 → v2: there is no FleshlightLaunchFW12Cmd in v2; hand-written. */
export function FleshlightLaunchFW12Cmd(message: v1.FleshlightLaunchFW12Cmd, ctx: tx.TranslationContext): v2.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // The reference's FW12 → linear conversion: goal Position / 100, duration from the distance to the
  // previous goal and Speed / 99 (tx.fleshlightMove). The current reference rejects FW12 outright.
  const origin = tx.origin("FleshlightLaunchFW12Cmd", message);
  tx.actuatorAt(ctx, origin, "LinearCmd", 0);
  const move = tx.fleshlightMove(ctx, message.DeviceIndex, message.Position, message.Speed);
  return [{ LinearCmd: { Id: message.Id, DeviceIndex: message.DeviceIndex, Vectors: [{ Index: 0, Duration: move.Duration, Position: move.Position }] } }];
  // bpkit:body-end
}

/** KiirooCmd v1 → v2: there is no KiirooCmd in v2; hand-written. */
export function KiirooCmd(message: v1.KiirooCmd, ctx: tx.TranslationContext): v2.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // The reference server never translated KiirooCmd (no v0/v1 message enum of it has it).
  throw tx.messageError(`KiirooCmd (Id ${message.Id}): not supported; use LinearCmd (spec v1+) instead`);
  // bpkit:body-end
}

/** LinearCmd v1 → v2: same schema in both versions (generated identity step). */
export function LinearCmd(message: v1.LinearCmd, ctx: tx.TranslationContext): v2.ClientMessage[] {
  return [{ LinearCmd: message }];
}

/** LovenseCmd v1 → v2: there is no LovenseCmd in v2; hand-written. */
export function LovenseCmd(message: v1.LovenseCmd, ctx: tx.TranslationContext): v2.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // The reference server never translated LovenseCmd (no v0/v1 message enum of it has it).
  throw tx.messageError(`LovenseCmd (Id ${message.Id}): not supported; use VibrateCmd (spec v1+) instead`);
  // bpkit:body-end
}

/** Ping v1 → v2: same schema in both versions (generated identity step). */
export function Ping(message: v1.Ping, ctx: tx.TranslationContext): v2.ClientMessage[] {
  return [{ Ping: message }];
}

/** RequestDeviceList v1 → v2: same schema in both versions (generated identity step). */
export function RequestDeviceList(message: v1.RequestDeviceList, ctx: tx.TranslationContext): v2.ClientMessage[] {
  return [{ RequestDeviceList: message }];
}

/** RequestLog v1 → v2: there is no RequestLog in v2; hand-written. */
export function RequestLog(message: v1.RequestLog, ctx: tx.TranslationContext): v2.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // The session answers RequestLog at the client's own version; there is nothing to send a v2 server.
  throw tx.messageError(`RequestLog (Id ${message.Id}): server logs are not sent to clients (RequestLog was removed in spec v2)`);
  // bpkit:body-end
}

/** RequestServerInfo v1 → v2: same schema in both versions (generated identity step). */
export function RequestServerInfo(message: v1.RequestServerInfo, ctx: tx.TranslationContext): v2.ClientMessage[] {
  return [{ RequestServerInfo: message }];
}

/** RotateCmd v1 → v2: same schema in both versions (generated identity step). */
export function RotateCmd(message: v1.RotateCmd, ctx: tx.TranslationContext): v2.ClientMessage[] {
  return [{ RotateCmd: message }];
}

/** SingleMotorVibrateCmd v1 → v2: there is no SingleMotorVibrateCmd in v2; hand-written. */
export function SingleMotorVibrateCmd(message: v1.SingleMotorVibrateCmd, ctx: tx.TranslationContext): v2.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // Every vibrator of the device at one speed: a VibrateCmd naming each VibrateCmd Index.
  const origin = tx.origin("SingleMotorVibrateCmd", message);
  const vibrators = tx.actuators(ctx, origin, "VibrateCmd");
  const Speeds = vibrators.map((_, Index) => ({ Index, Speed: message.Speed })) as v2.VibrateCmd["Speeds"];
  return [{ VibrateCmd: { Id: message.Id, DeviceIndex: message.DeviceIndex, Speeds } }];
  // bpkit:body-end
}

/** StartScanning v1 → v2: same schema in both versions (generated identity step). */
export function StartScanning(message: v1.StartScanning, ctx: tx.TranslationContext): v2.ClientMessage[] {
  return [{ StartScanning: message }];
}

/** StopAllDevices v1 → v2: same schema in both versions (generated identity step). */
export function StopAllDevices(message: v1.StopAllDevices, ctx: tx.TranslationContext): v2.ClientMessage[] {
  return [{ StopAllDevices: message }];
}

/** StopDeviceCmd v1 → v2: same schema in both versions (generated identity step). */
export function StopDeviceCmd(message: v1.StopDeviceCmd, ctx: tx.TranslationContext): v2.ClientMessage[] {
  return [{ StopDeviceCmd: message }];
}

/** StopScanning v1 → v2: same schema in both versions (generated identity step). */
export function StopScanning(message: v1.StopScanning, ctx: tx.TranslationContext): v2.ClientMessage[] {
  return [{ StopScanning: message }];
}

/** Test v1 → v2: there is no Test in v2; hand-written. */
export function Test(message: v1.Test, ctx: tx.TranslationContext): v2.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // The session echoes Test at the client's own version; spec v2 removed it.
  throw tx.messageError(`Test (Id ${message.Id}): Test was removed in spec v2 and cannot be forwarded`);
  // bpkit:body-end
}

/** VibrateCmd v1 → v2: same schema in both versions (generated identity step). */
export function VibrateCmd(message: v1.VibrateCmd, ctx: tx.TranslationContext): v2.ClientMessage[] {
  return [{ VibrateCmd: message }];
}

/** VorzeA10CycloneCmd v1 → v2: there is no VorzeA10CycloneCmd in v2; hand-written. */
export function VorzeA10CycloneCmd(message: v1.VorzeA10CycloneCmd, ctx: tx.TranslationContext): v2.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // The first two-way rotator (RotateCmd Index 0) at Speed / 100 (Speed is 0–100), in the asked
  // direction. The current reference rejects this message; older ones drove the first such rotator.
  const origin = tx.origin("VorzeA10CycloneCmd", message);
  tx.actuatorAt(ctx, origin, "RotateCmd", 0);
  const Speed = Math.min(message.Speed / 100, 1);
  return [{ RotateCmd: { Id: message.Id, DeviceIndex: message.DeviceIndex, Rotations: [{ Index: 0, Speed, Clockwise: message.Clockwise }] } }];
  // bpkit:body-end
}
