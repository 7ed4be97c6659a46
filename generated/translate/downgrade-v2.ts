// generated — do not edit. Source: schema/v2, schema/v3. Regenerate with `npm run generate`.
// Downgrade v3 → v2: every server message of v3.
import type * as v3 from "../v3/types";
import type * as v2 from "../v2/types";

/**
 * The cases of downgrade v3 → v2 that need a hand-written body. `downgradeV2` in
 * runtime/translation/steps/downgrade-v2.ts `satisfies` this type, so a missing, extra or mistyped
 * case does not compile. A body returns what the message becomes in v2: one message, several
 * (fan-out) or none (drop); `ctx` is the session's translation context (devices as the client saw
 * them, the request a reply answers).
 */
export type DowngradeV2Steps<Context> = {
  /** the schema differs between v3 and v2. */
  DeviceAdded: (message: v3.DeviceAdded, ctx: Context) => v2.ServerMessage[];
  /** the schema differs between v3 and v2. */
  DeviceList: (message: v3.DeviceList, ctx: Context) => v2.ServerMessage[];
  /** there is no SensorReading in v2. */
  SensorReading: (message: v3.SensorReading, ctx: Context) => v2.ServerMessage[];
};

/** Messages with the same schema in v3 and v2: they cross unchanged. */
export const downgradeV2Identity = {
  DeviceRemoved: (message: v3.DeviceRemoved): v2.ServerMessage[] => [{ DeviceRemoved: message }],
  Error: (message: v3.Error): v2.ServerMessage[] => [{ Error: message }],
  Ok: (message: v3.Ok): v2.ServerMessage[] => [{ Ok: message }],
  RawReading: (message: v3.RawReading): v2.ServerMessage[] => [{ RawReading: message }],
  ScanningFinished: (message: v3.ScanningFinished): v2.ServerMessage[] => [{ ScanningFinished: message }],
  ServerInfo: (message: v3.ServerInfo): v2.ServerMessage[] => [{ ServerInfo: message }],
};
