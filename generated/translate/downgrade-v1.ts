// generated — do not edit, EXCEPT the bodies between `// bpkit:body-begin` and `// bpkit:body-end`:
// those are hand-written and kept byte for byte by `npm run generate`. Source: schema/v1, schema/v2.
// Downgrade steps v2 → v1: every server message of v2.
import type * as v2 from "../v2/types";
import type * as v1 from "../v1/types";
import * as tx from "../../runtime/translation";

/** BatteryLevelReading v2 → v1: there is no BatteryLevelReading in v1; hand-written. */
export function BatteryLevelReading(message: v2.BatteryLevelReading, ctx: tx.TranslationContext): v1.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v2", "v1", "BatteryLevelReading");
  // bpkit:body-end
}

/** DeviceAdded v2 → v1: the schema differs between v2 and v1; hand-written. */
export function DeviceAdded(message: v2.DeviceAdded, ctx: tx.TranslationContext): v1.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v2", "v1", "DeviceAdded");
  // bpkit:body-end
}

/** DeviceList v2 → v1: the schema differs between v2 and v1; hand-written. */
export function DeviceList(message: v2.DeviceList, ctx: tx.TranslationContext): v1.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v2", "v1", "DeviceList");
  // bpkit:body-end
}

/** DeviceRemoved v2 → v1: same schema in both versions (generated identity step). */
export function DeviceRemoved(message: v2.DeviceRemoved, ctx: tx.TranslationContext): v1.ServerMessage[] {
  return [{ DeviceRemoved: message }];
}

/** Error v2 → v1: same schema in both versions (generated identity step). */
function Error_(message: v2.Error, ctx: tx.TranslationContext): v1.ServerMessage[] {
  return [{ Error: message }];
}

/** Ok v2 → v1: same schema in both versions (generated identity step). */
export function Ok(message: v2.Ok, ctx: tx.TranslationContext): v1.ServerMessage[] {
  return [{ Ok: message }];
}

/** RSSILevelReading v2 → v1: there is no RSSILevelReading in v1; hand-written. */
export function RSSILevelReading(message: v2.RSSILevelReading, ctx: tx.TranslationContext): v1.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v2", "v1", "RSSILevelReading");
  // bpkit:body-end
}

/** RawReading v2 → v1: there is no RawReading in v1; hand-written. */
export function RawReading(message: v2.RawReading, ctx: tx.TranslationContext): v1.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v2", "v1", "RawReading");
  // bpkit:body-end
}

/** ScanningFinished v2 → v1: same schema in both versions (generated identity step). */
export function ScanningFinished(message: v2.ScanningFinished, ctx: tx.TranslationContext): v1.ServerMessage[] {
  return [{ ScanningFinished: message }];
}

/** ServerInfo v2 → v1: the schema differs between v2 and v1; hand-written. */
export function ServerInfo(message: v2.ServerInfo, ctx: tx.TranslationContext): v1.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v2", "v1", "ServerInfo");
  // bpkit:body-end
}

// Exported under the message name; the local name avoids shadowing the global of that name.
export { Error_ as Error };
