// generated — do not edit, EXCEPT the bodies between `// bpkit:body-begin` and `// bpkit:body-end`:
// those are hand-written and kept byte for byte by `npm run generate`. Source: schema/v2, schema/v3.
// Downgrade steps v3 → v2: every server message of v3.
import type * as v3 from "../v3/types";
import type * as v2 from "../v2/types";
import * as tx from "../../runtime/translation";

/** DeviceAdded v3 → v2: the schema differs between v3 and v2; hand-written. */
export function DeviceAdded(message: v3.DeviceAdded, ctx: tx.TranslationContext): v2.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  return [{ DeviceAdded: { Id: 0, DeviceIndex: message.DeviceIndex, DeviceName: message.DeviceName, DeviceMessages: tx.deviceMessagesV2(message.DeviceMessages) } }];
  // bpkit:body-end
}

/** DeviceList v3 → v2: the schema differs between v3 and v2; hand-written. */
export function DeviceList(message: v3.DeviceList, ctx: tx.TranslationContext): v2.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  const Devices = message.Devices.map(
    (d): v2.DeviceInfo => ({ DeviceIndex: d.DeviceIndex, DeviceName: d.DeviceName, DeviceMessages: tx.deviceMessagesV2(d.DeviceMessages) }),
  );
  return [{ DeviceList: { Id: message.Id, Devices } }];
  // bpkit:body-end
}

/** DeviceRemoved v3 → v2: same schema in both versions (generated identity step). */
export function DeviceRemoved(message: v3.DeviceRemoved, ctx: tx.TranslationContext): v2.ServerMessage[] {
  return [{ DeviceRemoved: message }];
}

/** Error v3 → v2: same schema in both versions (generated identity step). */
function Error_(message: v3.Error, ctx: tx.TranslationContext): v2.ServerMessage[] {
  return [{ Error: message }];
}

/** Ok v3 → v2: same schema in both versions (generated identity step). */
export function Ok(message: v3.Ok, ctx: tx.TranslationContext): v2.ServerMessage[] {
  return [{ Ok: message }];
}

/** RawReading v3 → v2: same schema in both versions (generated identity step). */
export function RawReading(message: v3.RawReading, ctx: tx.TranslationContext): v2.ServerMessage[] {
  return [{ RawReading: message }];
}

/** ScanningFinished v3 → v2: same schema in both versions (generated identity step). */
export function ScanningFinished(message: v3.ScanningFinished, ctx: tx.TranslationContext): v2.ServerMessage[] {
  return [{ ScanningFinished: message }];
}

/** SensorReading v3 → v2: there is no SensorReading in v2; hand-written. */
export function SensorReading(message: v3.SensorReading, ctx: tx.TranslationContext): v2.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // v2 had no SensorReading: a battery reading answers the BatteryLevelCmd it came from (0–100 → 0.0–1.0).
  if (message.Id === 0) return [];
  const request = ctx.requestAt(message.Id, 2);
  if (request?.BatteryLevelCmd) {
    return [{ BatteryLevelReading: { Id: message.Id, DeviceIndex: message.DeviceIndex, BatteryLevel: (message.Data[0] ?? 0) / 100 } }];
  }
  if (request?.RSSILevelCmd) {
    return [{ RSSILevelReading: { Id: message.Id, DeviceIndex: message.DeviceIndex, RSSILevel: message.Data[0] ?? 0 } }];
  }
  throw tx.messageError(`SensorReading (Id ${message.Id}): no BatteryLevelCmd with this Id to answer in spec v2`);
  // bpkit:body-end
}

/** ServerInfo v3 → v2: same schema in both versions (generated identity step). */
export function ServerInfo(message: v3.ServerInfo, ctx: tx.TranslationContext): v2.ServerMessage[] {
  return [{ ServerInfo: message }];
}

// Exported under the message name; the local name avoids shadowing the global of that name.
export { Error_ as Error };
