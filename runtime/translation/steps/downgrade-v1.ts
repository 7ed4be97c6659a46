import type * as v1 from "../../../generated/v1/types";
import type { DowngradeV1Steps } from "../../../generated/translate/downgrade-v1";
import * as tx from "..";

export const downgradeV1 = {
  BatteryLevelReading(message, _ctx) {
    // Spec v1 has no BatteryLevelReading and no request that asks for one; an event of it is dropped.
    if (message.Id === 0) return [];
    throw tx.messageError(`BatteryLevelReading (Id ${message.Id}): cannot be expressed in spec v1`);
  },

  DeviceAdded(message, _ctx) {
    return [
      {
        DeviceAdded: {
          Id: 0,
          DeviceIndex: message.DeviceIndex,
          DeviceName: message.DeviceName,
          DeviceMessages: tx.deviceMessagesV1(message.DeviceMessages),
        },
      },
    ];
  },

  DeviceList(message, _ctx) {
    const Devices = message.Devices.map(
      (d): v1.DeviceInfo => ({
        DeviceIndex: d.DeviceIndex,
        DeviceName: d.DeviceName,
        DeviceMessages: tx.deviceMessagesV1(d.DeviceMessages),
      }),
    );
    return [{ DeviceList: { Id: message.Id, Devices } }];
  },

  RSSILevelReading(message, _ctx) {
    // Spec v1 has no RSSILevelReading and no request that asks for one; an event of it is dropped.
    if (message.Id === 0) return [];
    throw tx.messageError(`RSSILevelReading (Id ${message.Id}): cannot be expressed in spec v1`);
  },

  RawReading(message, _ctx) {
    // Spec v1 has no RawReading and no request that asks for one; an event of it is dropped.
    if (message.Id === 0) return [];
    throw tx.messageError(`RawReading (Id ${message.Id}): cannot be expressed in spec v1`);
  },

  ServerInfo(message, _ctx) {
    // v0/v1 ServerInfo also carried the server software version; the reference sends 0.0.0.
    const { Id, ServerName, MessageVersion, MaxPingTime } = message;
    return [
      {
        ServerInfo: { Id, ServerName, MajorVersion: 0, MinorVersion: 0, BuildVersion: 0, MessageVersion, MaxPingTime },
      },
    ];
  },
} satisfies DowngradeV1Steps<tx.TranslationContext>;
