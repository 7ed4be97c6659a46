import type * as v0 from "../../../generated/v0/types";
import type { DowngradeV0Steps } from "../../../generated/translate/downgrade-v0";
import * as tx from "..";

export const downgradeV0 = {
  DeviceAdded(message, _ctx) {
    return [
      {
        DeviceAdded: {
          Id: 0,
          DeviceIndex: message.DeviceIndex,
          DeviceName: message.DeviceName,
          DeviceMessages: tx.deviceMessagesV0(message.DeviceMessages),
        },
      },
    ];
  },

  DeviceList(message, _ctx) {
    const Devices = message.Devices.map(
      (d): v0.DeviceInfo => ({
        DeviceIndex: d.DeviceIndex,
        DeviceName: d.DeviceName,
        DeviceMessages: tx.deviceMessagesV0(d.DeviceMessages),
      }),
    );
    return [{ DeviceList: { Id: message.Id, Devices } }];
  },
} satisfies DowngradeV0Steps<tx.TranslationContext>;
