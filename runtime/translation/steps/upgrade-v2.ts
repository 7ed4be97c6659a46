import type { UpgradeV2Steps } from "../../../generated/translate/upgrade-v2";
import * as tx from "..";

export const upgradeV2 = {
  BatteryLevelCmd(message, ctx) {
    // v3 reads a battery with SensorReadCmd: the device's first Battery sensor (as the reference does).
    const origin = tx.origin("BatteryLevelCmd", message);
    const device = tx.knownDevice(ctx, origin);
    const SensorIndex = tx.presentDevice(device).SensorReadCmd.findIndex((s) => s.SensorType === "Battery");
    if (SensorIndex < 0) {
      throw tx.deviceError(
        `BatteryLevelCmd (Id ${message.Id}): DeviceIndex ${message.DeviceIndex} (${device.DeviceName}) has no readable battery`,
      );
    }
    return [
      { SensorReadCmd: { Id: message.Id, DeviceIndex: message.DeviceIndex, SensorIndex, SensorType: "Battery" } },
    ];
  },

  RSSILevelCmd(message, ctx) {
    // Devices never list RSSILevelCmd for v2 clients (the reference presents no RSSI sensor to v2/v3),
    // and the reference rejects it.
    const origin = tx.origin("RSSILevelCmd", message);
    const device = tx.knownDevice(ctx, origin);
    throw tx.deviceError(
      `RSSILevelCmd (Id ${message.Id}): DeviceIndex ${message.DeviceIndex} (${device.DeviceName}) does not support RSSILevelCmd`,
    );
  },
} satisfies UpgradeV2Steps<tx.TranslationContext>;
