// generated — do not edit, EXCEPT the bodies between `// bpkit:body-begin` and `// bpkit:body-end`:
// those are hand-written and kept byte for byte by `npm run generate`. Source: schema/v3, schema/v4.
// Downgrade steps v4 → v3: every server message of v4.
import type * as v4 from "../v4/types";
import type * as v3 from "../v3/types";
import * as tx from "../../runtime/translation";

/** DeviceList v4 → v3: the schema differs between v4 and v3; hand-written. */
export function DeviceList(message: v4.DeviceList, ctx: tx.TranslationContext): v3.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // The reply to RequestDeviceList lists every device; the event (Id 0) becomes DeviceRemoved /
  // DeviceAdded for what changed since this client's last view. Either way the client now sees the
  // new list, which is what later commands' indices are mapped against.
  const diff = tx.applyDeviceList(ctx, message.Devices as Record<string, v4.DeviceInfo>);
  if (message.Id !== 0) return [{ DeviceList: { Id: message.Id, Devices: diff.current.map((d) => tx.deviceInfoV3(d, ctx)) } }];
  return [
    ...diff.removed.map((d): v3.ServerMessage => ({ DeviceRemoved: { Id: 0, DeviceIndex: d.DeviceIndex } })),
    ...diff.added.map((d): v3.ServerMessage => ({ DeviceAdded: tx.deviceAddedV3(d, ctx) })),
  ];
  // bpkit:body-end
}

/** Error v4 → v3: same schema in both versions (generated identity step). */
function Error_(message: v4.Error, ctx: tx.TranslationContext): v3.ServerMessage[] {
  return [{ Error: message }];
}

/** InputReading v4 → v3: there is no InputReading in v3; hand-written. */
export function InputReading(message: v4.InputReading, ctx: tx.TranslationContext): v3.ServerMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // v3 clients cannot subscribe, so a subscription reading (Id 0) has no v3 form. A reply answers
  // the v3 SensorReadCmd it came from, whose SensorIndex and SensorType it repeats.
  if (message.Id === 0) return [];
  const request = ctx.requestAt(message.Id, 3)?.SensorReadCmd as v3.SensorReadCmd | undefined;
  if (!request) throw tx.messageError(`InputReading (Id ${message.Id}): no SensorReadCmd with this Id to answer in spec v3`);
  const { value } = tx.readingOf(message.Reading);
  return [
    {
      SensorReading: { Id: message.Id, DeviceIndex: request.DeviceIndex, SensorIndex: request.SensorIndex, SensorType: request.SensorType, Data: [value] },
    },
  ];
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
  // Never above the version the client speaks.
  const MessageVersion = Math.min(message.ProtocolVersionMajor, ctx.clientVersion, 3);
  return [{ ServerInfo: { Id: message.Id, ServerName: message.ServerName, MessageVersion, MaxPingTime: message.MaxPingTime } }];
  // bpkit:body-end
}

// Exported under the message name; the local name avoids shadowing the global of that name.
export { Error_ as Error };
