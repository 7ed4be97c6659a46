import type { DowngradeV0Steps } from "../../../generated/translate/downgrade-v0";
import * as tx from "..";

export const downgradeV0 = {
  DeviceAdded(message, _ctx) {
    return [tx.downgradeDeviceAdded(message, tx.deviceMessagesV0)];
  },

  DeviceList(message, _ctx) {
    return [tx.downgradeDeviceList(message, tx.deviceMessagesV0)];
  },
} satisfies DowngradeV0Steps<tx.TranslationContext>;
