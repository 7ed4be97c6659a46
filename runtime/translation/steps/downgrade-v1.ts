import type { DowngradeV1Steps } from "../../../generated/translate/downgrade-v1";
import * as tx from "..";

export const downgradeV1 = {
  BatteryLevelReading(message, _ctx) {
    // Spec v1 has no BatteryLevelReading and no request that asks for one.
    return tx.dropEventWithoutCounterpart("BatteryLevelReading", message.Id, 1);
  },

  DeviceAdded(message, _ctx) {
    return [tx.downgradeDeviceAdded(message, tx.deviceMessagesV1)];
  },

  DeviceList(message, _ctx) {
    return [tx.downgradeDeviceList(message, tx.deviceMessagesV1)];
  },

  RSSILevelReading(message, _ctx) {
    // Spec v1 has no RSSILevelReading and no request that asks for one.
    return tx.dropEventWithoutCounterpart("RSSILevelReading", message.Id, 1);
  },

  RawReading(message, _ctx) {
    // Spec v1 has no RawReading and no request that asks for one.
    return tx.dropEventWithoutCounterpart("RawReading", message.Id, 1);
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
