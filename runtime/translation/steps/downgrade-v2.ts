import type * as v2 from "../../../generated/v2/types";
import type { DowngradeV2Steps } from "../../../generated/translate/downgrade-v2";
import * as tx from "..";

export const downgradeV2 = {
  DeviceAdded(message, _ctx) {
    return [
      {
        DeviceAdded: {
          Id: 0,
          DeviceIndex: message.DeviceIndex,
          DeviceName: message.DeviceName,
          DeviceMessages: tx.deviceMessagesV2(message.DeviceMessages),
        },
      },
    ];
  },

  DeviceList(message, _ctx) {
    const Devices = message.Devices.map(
      (d): v2.DeviceInfo => ({
        DeviceIndex: d.DeviceIndex,
        DeviceName: d.DeviceName,
        DeviceMessages: tx.deviceMessagesV2(d.DeviceMessages),
      }),
    );
    return [{ DeviceList: { Id: message.Id, Devices } }];
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
