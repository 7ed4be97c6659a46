// generated — do not edit, EXCEPT the bodies between `// bpkit:body-begin` and `// bpkit:body-end`:
// those are hand-written and kept byte for byte by `npm run generate`. Source: schema/v1, schema/v2.
// Downgrade steps v2 → v1: every server message of v2.
import type * as v2 from "../v2/types";
import type * as v1 from "../v1/types";
import * as tx from "../../runtime/translation";

/** BatteryLevelReading v2 → v1: there is no BatteryLevelReading in v1; hand-written. */
export function BatteryLevelReading(message: v2.BatteryLevelReading, ctx: tx.TranslationContext): v1.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // Spec v1 has no BatteryLevelReading and no request that asks for one; an event of it is dropped.
  if (message.Id === 0) return [];
  throw tx.messageError(`BatteryLevelReading (Id ${message.Id}): cannot be expressed in spec v1`);
  // bpkit:body-end
}

/** DeviceAdded v2 → v1: the schema differs between v2 and v1; hand-written. */
export function DeviceAdded(message: v2.DeviceAdded, ctx: tx.TranslationContext): v1.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  return [{ DeviceAdded: { Id: 0, DeviceIndex: message.DeviceIndex, DeviceName: message.DeviceName, DeviceMessages: tx.deviceMessagesV1(message.DeviceMessages) } }];
  // bpkit:body-end
}

/** DeviceList v2 → v1: the schema differs between v2 and v1; hand-written. */
export function DeviceList(message: v2.DeviceList, ctx: tx.TranslationContext): v1.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  const Devices = message.Devices.map(
    (d): v1.DeviceInfo => ({ DeviceIndex: d.DeviceIndex, DeviceName: d.DeviceName, DeviceMessages: tx.deviceMessagesV1(d.DeviceMessages) }),
  );
  return [{ DeviceList: { Id: message.Id, Devices } }];
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
  // Spec v1 has no RSSILevelReading and no request that asks for one; an event of it is dropped.
  if (message.Id === 0) return [];
  throw tx.messageError(`RSSILevelReading (Id ${message.Id}): cannot be expressed in spec v1`);
  // bpkit:body-end
}

/** RawReading v2 → v1: there is no RawReading in v1; hand-written. */
export function RawReading(message: v2.RawReading, ctx: tx.TranslationContext): v1.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // Spec v1 has no RawReading and no request that asks for one; an event of it is dropped.
  if (message.Id === 0) return [];
  throw tx.messageError(`RawReading (Id ${message.Id}): cannot be expressed in spec v1`);
  // bpkit:body-end
}

/** ScanningFinished v2 → v1: same schema in both versions (generated identity step). */
export function ScanningFinished(message: v2.ScanningFinished, ctx: tx.TranslationContext): v1.ServerMessage[] {
  return [{ ScanningFinished: message }];
}

/** ServerInfo v2 → v1: the schema differs between v2 and v1; hand-written. */
export function ServerInfo(message: v2.ServerInfo, ctx: tx.TranslationContext): v1.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // v0/v1 ServerInfo also carried the server software version; the reference sends 0.0.0.
  const { Id, ServerName, MessageVersion, MaxPingTime } = message;
  return [{ ServerInfo: { Id, ServerName, MajorVersion: 0, MinorVersion: 0, BuildVersion: 0, MessageVersion, MaxPingTime } }];
  // bpkit:body-end
}

// Exported under the message name; the local name avoids shadowing the global of that name.
export { Error_ as Error };
