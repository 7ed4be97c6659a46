/**
 * Downgrade v1 → v0: the hand-written bodies of the cases generated/translate/downgrade-v0.ts lists
 * (docs/internals.md §3). `npm run generate` adds a throwing stub here for every new case and
 * never changes an entry that exists; the compiler rejects a missing, extra or mistyped one.
 */
import type * as v1 from "../../../generated/v1/types";
import type * as v0 from "../../../generated/v0/types";
import type { DowngradeV0Steps } from "../../../generated/translate/downgrade-v0";
import * as tx from "..";

export const downgradeV0 = {
  DeviceAdded(message, ctx) {
    return [{ DeviceAdded: { Id: 0, DeviceIndex: message.DeviceIndex, DeviceName: message.DeviceName, DeviceMessages: tx.deviceMessagesV0(message.DeviceMessages) } }];
  },

  DeviceList(message, ctx) {
    const Devices = message.Devices.map(
      (d): v0.DeviceInfo => ({ DeviceIndex: d.DeviceIndex, DeviceName: d.DeviceName, DeviceMessages: tx.deviceMessagesV0(d.DeviceMessages) }),
    );
    return [{ DeviceList: { Id: message.Id, Devices } }];
  },
} satisfies DowngradeV0Steps<tx.TranslationContext>;
