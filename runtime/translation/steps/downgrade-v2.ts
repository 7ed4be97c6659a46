import type { DowngradeV2Steps } from "../../../generated/translate/downgrade-v2";
import * as tx from "..";

export const downgradeV2 = {
  DeviceAdded(message, _ctx) {
    return [tx.downgradeDeviceAdded(message, tx.deviceMessagesV2)];
  },

  DeviceList(message, _ctx) {
    return [tx.downgradeDeviceList(message, tx.deviceMessagesV2)];
  },

  SensorReading(message, ctx) {
    // v2 had no SensorReading: a battery reading answers the BatteryLevelCmd it came from (0–100 → 0.0–1.0).
    if (message.Id === 0) return [];
    const request = ctx.requestAt(message.Id, 2);
    if (request?.BatteryLevelCmd) {
      return [
        {
          BatteryLevelReading: {
            Id: message.Id,
            DeviceIndex: message.DeviceIndex,
            BatteryLevel: (message.Data[0] ?? 0) / 100,
          },
        },
      ];
    }
    if (request?.RSSILevelCmd) {
      return [
        { RSSILevelReading: { Id: message.Id, DeviceIndex: message.DeviceIndex, RSSILevel: message.Data[0] ?? 0 } },
      ];
    }
    throw tx.messageError(`SensorReading (Id ${message.Id}): no BatteryLevelCmd with this Id to answer in spec v2`);
  },
} satisfies DowngradeV2Steps<tx.TranslationContext>;
