// generated — do not edit. Source: schema/v3, schema/v4. Regenerate with `npm run generate`.
// Upgrade v3 → v4: every client message of v3.
import type * as v3 from "../v3/types";
import type * as v4 from "../v4/types";

/**
 * The cases of upgrade v3 → v4 that need a hand-written body. `upgradeV3` in
 * runtime/translation/steps/upgrade-v3.ts `satisfies` this type, so a missing, extra or mistyped
 * case does not compile. A body returns what the message becomes in v4: one message, several
 * (fan-out) or none (drop); `ctx` is the session's translation context (devices as the client saw
 * them, the request a reply answers).
 */
export type UpgradeV3Steps<Context> = {
  /** there is no LinearCmd in v4. */
  LinearCmd: (message: v3.LinearCmd, ctx: Context) => v4.ClientMessage[];
  /** there is no RawReadCmd in v4. */
  RawReadCmd: (message: v3.RawReadCmd, ctx: Context) => v4.ClientMessage[];
  /** there is no RawSubscribeCmd in v4. */
  RawSubscribeCmd: (message: v3.RawSubscribeCmd, ctx: Context) => v4.ClientMessage[];
  /** there is no RawUnsubscribeCmd in v4. */
  RawUnsubscribeCmd: (message: v3.RawUnsubscribeCmd, ctx: Context) => v4.ClientMessage[];
  /** there is no RawWriteCmd in v4. */
  RawWriteCmd: (message: v3.RawWriteCmd, ctx: Context) => v4.ClientMessage[];
  /** the schema differs between v3 and v4. */
  RequestServerInfo: (message: v3.RequestServerInfo, ctx: Context) => v4.ClientMessage[];
  /** there is no RotateCmd in v4. */
  RotateCmd: (message: v3.RotateCmd, ctx: Context) => v4.ClientMessage[];
  /** there is no ScalarCmd in v4. */
  ScalarCmd: (message: v3.ScalarCmd, ctx: Context) => v4.ClientMessage[];
  /** there is no SensorReadCmd in v4. */
  SensorReadCmd: (message: v3.SensorReadCmd, ctx: Context) => v4.ClientMessage[];
  /** there is no SensorSubscribeCmd in v4. */
  SensorSubscribeCmd: (message: v3.SensorSubscribeCmd, ctx: Context) => v4.ClientMessage[];
  /** there is no SensorUnsubscribeCmd in v4. */
  SensorUnsubscribeCmd: (message: v3.SensorUnsubscribeCmd, ctx: Context) => v4.ClientMessage[];
  /** there is no StopAllDevices in v4. */
  StopAllDevices: (message: v3.StopAllDevices, ctx: Context) => v4.ClientMessage[];
  /** there is no StopDeviceCmd in v4. */
  StopDeviceCmd: (message: v3.StopDeviceCmd, ctx: Context) => v4.ClientMessage[];
  /** there is no VibrateCmd in v4. */
  VibrateCmd: (message: v3.VibrateCmd, ctx: Context) => v4.ClientMessage[];
};

/** Messages with the same schema in v3 and v4: they cross unchanged. */
export const upgradeV3Identity = {
  Ping: (message: v3.Ping): v4.ClientMessage[] => [{ Ping: message }],
  RequestDeviceList: (message: v3.RequestDeviceList): v4.ClientMessage[] => [{ RequestDeviceList: message }],
  StartScanning: (message: v3.StartScanning): v4.ClientMessage[] => [{ StartScanning: message }],
  StopScanning: (message: v3.StopScanning): v4.ClientMessage[] => [{ StopScanning: message }],
};
