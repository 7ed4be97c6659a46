// generated — do not edit. Source: schema/v1, schema/v2. Regenerate with `npm run generate`.
// Upgrade v1 → v2: every client message of v1.
import type * as v1 from "../v1/types";
import type * as v2 from "../v2/types";

/**
 * The cases of upgrade v1 → v2 that need a hand-written body. `upgradeV1` in
 * runtime/translation/steps/upgrade-v1.ts `satisfies` this type, so a missing, extra or mistyped
 * case does not compile. A body returns what the message becomes in v2: one message, several
 * (fan-out) or none (drop); `ctx` is the session's translation context (devices as the client saw
 * them, the request a reply answers).
 */
export type UpgradeV1Steps<Context> = {
  /** there is no FleshlightLaunchFW12Cmd in v2. */
  FleshlightLaunchFW12Cmd: (message: v1.FleshlightLaunchFW12Cmd, ctx: Context) => v2.ClientMessage[];
  /** there is no KiirooCmd in v2. */
  KiirooCmd: (message: v1.KiirooCmd, ctx: Context) => v2.ClientMessage[];
  /** there is no LovenseCmd in v2. */
  LovenseCmd: (message: v1.LovenseCmd, ctx: Context) => v2.ClientMessage[];
  /** there is no RequestLog in v2. */
  RequestLog: (message: v1.RequestLog, ctx: Context) => v2.ClientMessage[];
  /** there is no SingleMotorVibrateCmd in v2. */
  SingleMotorVibrateCmd: (message: v1.SingleMotorVibrateCmd, ctx: Context) => v2.ClientMessage[];
  /** there is no Test in v2. */
  Test: (message: v1.Test, ctx: Context) => v2.ClientMessage[];
  /** there is no VorzeA10CycloneCmd in v2. */
  VorzeA10CycloneCmd: (message: v1.VorzeA10CycloneCmd, ctx: Context) => v2.ClientMessage[];
};

/** Messages with the same schema in v1 and v2: they cross unchanged. */
export const upgradeV1Identity = {
  LinearCmd: (message: v1.LinearCmd): v2.ClientMessage[] => [{ LinearCmd: message }],
  Ping: (message: v1.Ping): v2.ClientMessage[] => [{ Ping: message }],
  RequestDeviceList: (message: v1.RequestDeviceList): v2.ClientMessage[] => [{ RequestDeviceList: message }],
  RequestServerInfo: (message: v1.RequestServerInfo): v2.ClientMessage[] => [{ RequestServerInfo: message }],
  RotateCmd: (message: v1.RotateCmd): v2.ClientMessage[] => [{ RotateCmd: message }],
  StartScanning: (message: v1.StartScanning): v2.ClientMessage[] => [{ StartScanning: message }],
  StopAllDevices: (message: v1.StopAllDevices): v2.ClientMessage[] => [{ StopAllDevices: message }],
  StopDeviceCmd: (message: v1.StopDeviceCmd): v2.ClientMessage[] => [{ StopDeviceCmd: message }],
  StopScanning: (message: v1.StopScanning): v2.ClientMessage[] => [{ StopScanning: message }],
  VibrateCmd: (message: v1.VibrateCmd): v2.ClientMessage[] => [{ VibrateCmd: message }],
};
