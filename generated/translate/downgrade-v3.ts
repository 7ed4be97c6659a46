// generated — do not edit, EXCEPT the bodies between `// bpkit:body-begin` and `// bpkit:body-end`:
// those are hand-written and kept byte for byte by `npm run generate`. Source: schema/v3, schema/v4.
// Downgrade steps v4 → v3: every server message of v4.
import type * as v4 from "../v4/types";
import type * as v3 from "../v3/types";
import * as tx from "../../runtime/translation";

/** DeviceList v4 → v3: the schema differs between v4 and v3; hand-written. */
export function DeviceList(message: v4.DeviceList, ctx: tx.TranslationContext): v3.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v4", "v3", "DeviceList");
  // bpkit:body-end
}

/** Error v4 → v3: same schema in both versions (generated identity step). */
function Error_(message: v4.Error, ctx: tx.TranslationContext): v3.ServerMessage[] {
  return [{ Error: message }];
}

/** InputReading v4 → v3: there is no InputReading in v3; hand-written. */
export function InputReading(message: v4.InputReading, ctx: tx.TranslationContext): v3.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v4", "v3", "InputReading");
  // bpkit:body-end
}

/** Ok v4 → v3: same schema in both versions (generated identity step). */
export function Ok(message: v4.Ok, ctx: tx.TranslationContext): v3.ServerMessage[] {
  return [{ Ok: message }];
}

/** ScanningFinished v4 → v3: same schema in both versions (generated identity step). */
export function ScanningFinished(message: v4.ScanningFinished, ctx: tx.TranslationContext): v3.ServerMessage[] {
  return [{ ScanningFinished: message }];
}

/** ServerInfo v4 → v3: the schema differs between v4 and v3; hand-written. */
export function ServerInfo(message: v4.ServerInfo, ctx: tx.TranslationContext): v3.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  throw new tx.NotTranslatedError("v4", "v3", "ServerInfo");
  // bpkit:body-end
}

// Exported under the message name; the local name avoids shadowing the global of that name.
export { Error_ as Error };
