/**
 * Downgrade v4 → v3: the hand-written bodies of the cases generated/translate/downgrade-v3.ts lists
 * (docs/internals.md §3). `npm run generate` adds a throwing stub here for every new case and
 * never changes an entry that exists; the compiler rejects a missing, extra or mistyped one.
 */
import type * as v4 from "../../../generated/v4/types";
import type * as v3 from "../../../generated/v3/types";
import type { DowngradeV3Steps } from "../../../generated/translate/downgrade-v3";
import * as tx from "..";

export const downgradeV3 = {
  DeviceList(message, ctx) {
    // The reply to RequestDeviceList lists every device; the event (Id 0) becomes DeviceRemoved /
    // DeviceAdded for what changed since this client's last view. Either way the client now sees the
    // new list, which is what later commands' indices are mapped against.
    const diff = tx.applyDeviceList(ctx, message.Devices as Record<string, v4.DeviceInfo>);
    if (message.Id !== 0)
      return [{ DeviceList: { Id: message.Id, Devices: diff.current.map((d) => tx.deviceInfoV3(d, ctx)) } }];
    return [
      ...diff.removed.map((d): v3.ServerMessage => ({ DeviceRemoved: { Id: 0, DeviceIndex: d.DeviceIndex } })),
      ...diff.added.map((d): v3.ServerMessage => ({ DeviceAdded: tx.deviceAddedV3(d, ctx) })),
    ];
  },

  InputReading(message, ctx) {
    // v3 clients cannot subscribe, so a subscription reading (Id 0) has no v3 form. A reply answers
    // the v3 SensorReadCmd it came from, whose SensorIndex and SensorType it repeats.
    if (message.Id === 0) return [];
    const request = ctx.requestAt(message.Id, 3)?.SensorReadCmd as v3.SensorReadCmd | undefined;
    if (!request)
      throw tx.messageError(`InputReading (Id ${message.Id}): no SensorReadCmd with this Id to answer in spec v3`);
    const { value } = tx.readingOf(message.Reading);
    return [
      {
        SensorReading: {
          Id: message.Id,
          DeviceIndex: request.DeviceIndex,
          SensorIndex: request.SensorIndex,
          SensorType: request.SensorType,
          Data: [value],
        },
      },
    ];
  },

  ServerInfo(message, ctx) {
    // Never above the version the client speaks.
    const MessageVersion = Math.min(message.ProtocolVersionMajor, ctx.clientVersion, 3);
    return [
      {
        ServerInfo: {
          Id: message.Id,
          ServerName: message.ServerName,
          MessageVersion,
          MaxPingTime: message.MaxPingTime,
        },
      },
    ];
  },
} satisfies DowngradeV3Steps<tx.TranslationContext>;
