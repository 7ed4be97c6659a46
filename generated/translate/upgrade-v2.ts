// generated — do not edit. Source: schema/v2, schema/v3. Regenerate with `npm run generate`.
// Upgrade v2 → v3: every client message of v2.
import type * as v2 from "../v2/types";
import type * as v3 from "../v3/types";

/**
 * The cases of upgrade v2 → v3 that need a hand-written body. `upgradeV2` in
 * runtime/translation/steps/upgrade-v2.ts `satisfies` this type, so a missing, extra or mistyped
 * case does not compile. A body returns what the message becomes in v3: one message, several
 * (fan-out) or none (drop); `ctx` is the session's translation context (devices as the client saw
 * them, the request a reply answers).
 */
export type UpgradeV2Steps<Context> = {
  /** there is no BatteryLevelCmd in v3. */
  BatteryLevelCmd: (message: v2.BatteryLevelCmd, ctx: Context) => v3.ClientMessage[];
  /** there is no RSSILevelCmd in v3. */
  RSSILevelCmd: (message: v2.RSSILevelCmd, ctx: Context) => v3.ClientMessage[];
};

/** Messages with the same schema in v2 and v3: they cross unchanged. */
export const upgradeV2Identity = {
  LinearCmd: (message: v2.LinearCmd): v3.ClientMessage[] => [{ LinearCmd: message }],
  Ping: (message: v2.Ping): v3.ClientMessage[] => [{ Ping: message }],
  RawReadCmd: (message: v2.RawReadCmd): v3.ClientMessage[] => [{ RawReadCmd: message }],
  RawSubscribeCmd: (message: v2.RawSubscribeCmd): v3.ClientMessage[] => [{ RawSubscribeCmd: message }],
  RawUnsubscribeCmd: (message: v2.RawUnsubscribeCmd): v3.ClientMessage[] => [{ RawUnsubscribeCmd: message }],
  RawWriteCmd: (message: v2.RawWriteCmd): v3.ClientMessage[] => [{ RawWriteCmd: message }],
  RequestDeviceList: (message: v2.RequestDeviceList): v3.ClientMessage[] => [{ RequestDeviceList: message }],
  RequestServerInfo: (message: v2.RequestServerInfo): v3.ClientMessage[] => [{ RequestServerInfo: message }],
  RotateCmd: (message: v2.RotateCmd): v3.ClientMessage[] => [{ RotateCmd: message }],
  StartScanning: (message: v2.StartScanning): v3.ClientMessage[] => [{ StartScanning: message }],
  StopAllDevices: (message: v2.StopAllDevices): v3.ClientMessage[] => [{ StopAllDevices: message }],
  StopDeviceCmd: (message: v2.StopDeviceCmd): v3.ClientMessage[] => [{ StopDeviceCmd: message }],
  StopScanning: (message: v2.StopScanning): v3.ClientMessage[] => [{ StopScanning: message }],
  VibrateCmd: (message: v2.VibrateCmd): v3.ClientMessage[] => [{ VibrateCmd: message }],
};
