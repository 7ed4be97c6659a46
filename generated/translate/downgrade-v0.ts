// generated — do not edit. Source: schema/v0, schema/v1. Regenerate with `npm run generate`.
// Downgrade v1 → v0: every server message of v1.
import type * as v1 from "../v1/types";
import type * as v0 from "../v0/types";

/**
 * The cases of downgrade v1 → v0 that need a hand-written body. `downgradeV0` in
 * runtime/translation/steps/downgrade-v0.ts `satisfies` this type, so a missing, extra or mistyped
 * case does not compile. A body returns what the message becomes in v0: one message, several
 * (fan-out) or none (drop); `ctx` is the session's translation context (devices as the client saw
 * them, the request a reply answers).
 */
export type DowngradeV0Steps<Context> = {
  /** the schema differs between v1 and v0. */
  DeviceAdded: (message: v1.DeviceAdded, ctx: Context) => v0.ServerMessage[];
  /** the schema differs between v1 and v0. */
  DeviceList: (message: v1.DeviceList, ctx: Context) => v0.ServerMessage[];
};

/** Messages with the same schema in v1 and v0: they cross unchanged. */
export const downgradeV0Identity = {
  DeviceRemoved: (message: v1.DeviceRemoved): v0.ServerMessage[] => [{ DeviceRemoved: message }],
  Error: (message: v1.Error): v0.ServerMessage[] => [{ Error: message }],
  Log: (message: v1.Log): v0.ServerMessage[] => [{ Log: message }],
  Ok: (message: v1.Ok): v0.ServerMessage[] => [{ Ok: message }],
  ScanningFinished: (message: v1.ScanningFinished): v0.ServerMessage[] => [{ ScanningFinished: message }],
  ServerInfo: (message: v1.ServerInfo): v0.ServerMessage[] => [{ ServerInfo: message }],
};
