// generated — do not edit. Source: schema/v0, schema/v1. Regenerate with `npm run generate`.
// Upgrade v0 → v1: every client message of v0.
import type * as v0 from "../v0/types";
import type * as v1 from "../v1/types";

/**
 * The cases of upgrade v0 → v1 that need a hand-written body. `upgradeV0` in
 * runtime/translation/steps/upgrade-v0.ts `satisfies` this type, so a missing, extra or mistyped
 * case does not compile. A body returns what the message becomes in v1: one message, several
 * (fan-out) or none (drop); `ctx` is the session's translation context (devices as the client saw
 * them, the request a reply answers).
 */
export type UpgradeV0Steps<Context> = {
  /** the schema differs between v0 and v1. */
  RequestServerInfo: (message: v0.RequestServerInfo, ctx: Context) => v1.ClientMessage[];
};

/** Messages with the same schema in v0 and v1: they cross unchanged. */
export const upgradeV0Identity = {
  FleshlightLaunchFW12Cmd: (message: v0.FleshlightLaunchFW12Cmd): v1.ClientMessage[] => [{ FleshlightLaunchFW12Cmd: message }],
  KiirooCmd: (message: v0.KiirooCmd): v1.ClientMessage[] => [{ KiirooCmd: message }],
  LovenseCmd: (message: v0.LovenseCmd): v1.ClientMessage[] => [{ LovenseCmd: message }],
  Ping: (message: v0.Ping): v1.ClientMessage[] => [{ Ping: message }],
  RequestDeviceList: (message: v0.RequestDeviceList): v1.ClientMessage[] => [{ RequestDeviceList: message }],
  RequestLog: (message: v0.RequestLog): v1.ClientMessage[] => [{ RequestLog: message }],
  SingleMotorVibrateCmd: (message: v0.SingleMotorVibrateCmd): v1.ClientMessage[] => [{ SingleMotorVibrateCmd: message }],
  StartScanning: (message: v0.StartScanning): v1.ClientMessage[] => [{ StartScanning: message }],
  StopAllDevices: (message: v0.StopAllDevices): v1.ClientMessage[] => [{ StopAllDevices: message }],
  StopDeviceCmd: (message: v0.StopDeviceCmd): v1.ClientMessage[] => [{ StopDeviceCmd: message }],
  StopScanning: (message: v0.StopScanning): v1.ClientMessage[] => [{ StopScanning: message }],
  Test: (message: v0.Test): v1.ClientMessage[] => [{ Test: message }],
  VorzeA10CycloneCmd: (message: v0.VorzeA10CycloneCmd): v1.ClientMessage[] => [{ VorzeA10CycloneCmd: message }],
};
