// generated — do not edit, EXCEPT the bodies between `// bpkit:body-begin` and `// bpkit:body-end`:
// those are hand-written and kept byte for byte by `npm run generate`. Source: schema/v0, schema/v1.
// Downgrade steps v1 → v0: every server message of v1.
import type * as v1 from "../v1/types";
import type * as v0 from "../v0/types";
import * as tx from "../../runtime/translation";

/** DeviceAdded v1 → v0: the schema differs between v1 and v0; hand-written. */
export function DeviceAdded(message: v1.DeviceAdded, ctx: tx.TranslationContext): v0.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  return [{ DeviceAdded: { Id: 0, DeviceIndex: message.DeviceIndex, DeviceName: message.DeviceName, DeviceMessages: tx.deviceMessagesV0(message.DeviceMessages) } }];
  // bpkit:body-end
}

/** DeviceList v1 → v0: the schema differs between v1 and v0; hand-written. */
export function DeviceList(message: v1.DeviceList, ctx: tx.TranslationContext): v0.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  const Devices = message.Devices.map(
    (d): v0.DeviceInfo => ({ DeviceIndex: d.DeviceIndex, DeviceName: d.DeviceName, DeviceMessages: tx.deviceMessagesV0(d.DeviceMessages) }),
  );
  return [{ DeviceList: { Id: message.Id, Devices } }];
  // bpkit:body-end
}

/** DeviceRemoved v1 → v0: same schema in both versions (generated identity step). */
export function DeviceRemoved(message: v1.DeviceRemoved, ctx: tx.TranslationContext): v0.ServerMessage[] {
  return [{ DeviceRemoved: message }];
}

/** Error v1 → v0: same schema in both versions (generated identity step). */
function Error_(message: v1.Error, ctx: tx.TranslationContext): v0.ServerMessage[] {
  return [{ Error: message }];
}

/** Log v1 → v0: same schema in both versions (generated identity step). */
export function Log(message: v1.Log, ctx: tx.TranslationContext): v0.ServerMessage[] {
  return [{ Log: message }];
}

/** Ok v1 → v0: same schema in both versions (generated identity step). */
export function Ok(message: v1.Ok, ctx: tx.TranslationContext): v0.ServerMessage[] {
  return [{ Ok: message }];
}

/** ScanningFinished v1 → v0: same schema in both versions (generated identity step). */
export function ScanningFinished(message: v1.ScanningFinished, ctx: tx.TranslationContext): v0.ServerMessage[] {
  return [{ ScanningFinished: message }];
}

/** ServerInfo v1 → v0: same schema in both versions (generated identity step). */
export function ServerInfo(message: v1.ServerInfo, ctx: tx.TranslationContext): v0.ServerMessage[] {
  return [{ ServerInfo: message }];
}

// Exported under the message name; the local name avoids shadowing the global of that name.
export { Error_ as Error };
