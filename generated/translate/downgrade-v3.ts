// generated — do not edit. Source: schema/v3, schema/v4. Regenerate with `npm run generate`.
// Downgrade v4 → v3: every server message of v4.
import type * as v4 from "../v4/types";
import type * as v3 from "../v3/types";

/**
 * The cases of downgrade v4 → v3 that need a hand-written body. `downgradeV3` in
 * runtime/translation/steps/downgrade-v3.ts `satisfies` this type, so a missing, extra or mistyped
 * case does not compile. A body returns what the message becomes in v3: one message, several
 * (fan-out) or none (drop); `ctx` is the session's translation context (devices as the client saw
 * them, the request a reply answers).
 */
export type DowngradeV3Steps<Context> = {
  /** the schema differs between v4 and v3. */
  DeviceList: (message: v4.DeviceList, ctx: Context) => v3.ServerMessage[];
  /** there is no InputReading in v3. */
  InputReading: (message: v4.InputReading, ctx: Context) => v3.ServerMessage[];
  /** the schema differs between v4 and v3. */
  ServerInfo: (message: v4.ServerInfo, ctx: Context) => v3.ServerMessage[];
};

/** Messages with the same schema in v4 and v3: they cross unchanged. */
export const downgradeV3Identity = {
  Error: (message: v4.Error): v3.ServerMessage[] => [{ Error: message }],
  Ok: (message: v4.Ok): v3.ServerMessage[] => [{ Ok: message }],
  ScanningFinished: (message: v4.ScanningFinished): v3.ServerMessage[] => [{ ScanningFinished: message }],
};
