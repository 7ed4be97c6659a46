// generated — do not edit. Source: schema/v1, schema/v2. Regenerate with `npm run generate`.
// Downgrade v2 → v1: every server message of v2.
import type * as v2 from "../v2/types";
import type * as v1 from "../v1/types";

/**
 * The cases of downgrade v2 → v1 that need a hand-written body. `downgradeV1` in
 * runtime/translation/steps/downgrade-v1.ts `satisfies` this type, so a missing, extra or mistyped
 * case does not compile. A body returns what the message becomes in v1: one message, several
 * (fan-out) or none (drop); `ctx` is the session's translation context (devices as the client saw
 * them, the request a reply answers).
 */
export type DowngradeV1Steps<Context> = {
  /** there is no BatteryLevelReading in v1. */
  BatteryLevelReading: (message: v2.BatteryLevelReading, ctx: Context) => v1.ServerMessage[];
  /** the schema differs between v2 and v1. */
  DeviceAdded: (message: v2.DeviceAdded, ctx: Context) => v1.ServerMessage[];
  /** the schema differs between v2 and v1. */
  DeviceList: (message: v2.DeviceList, ctx: Context) => v1.ServerMessage[];
  /** there is no RSSILevelReading in v1. */
  RSSILevelReading: (message: v2.RSSILevelReading, ctx: Context) => v1.ServerMessage[];
  /** there is no RawReading in v1. */
  RawReading: (message: v2.RawReading, ctx: Context) => v1.ServerMessage[];
  /** the schema differs between v2 and v1. */
  ServerInfo: (message: v2.ServerInfo, ctx: Context) => v1.ServerMessage[];
};

/** Messages with the same schema in v2 and v1: they cross unchanged. */
export const downgradeV1Identity = {
  DeviceRemoved: (message: v2.DeviceRemoved): v1.ServerMessage[] => [{ DeviceRemoved: message }],
  Error: (message: v2.Error): v1.ServerMessage[] => [{ Error: message }],
  Ok: (message: v2.Ok): v1.ServerMessage[] => [{ Ok: message }],
  ScanningFinished: (message: v2.ScanningFinished): v1.ServerMessage[] => [{ ScanningFinished: message }],
};
