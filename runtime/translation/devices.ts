/**
 * Helpers for translation bodies that turn the v4 device list into the older device events.
 */
import type { inside } from "../../generated";
import type { TranslationContext } from "./context";

/** What changed between the devices a client last saw and a new v4 device list. */
export interface DeviceListDiff {
  /** Devices in the new list that the client has not seen (ascending DeviceIndex). */
  added: inside.DeviceInfo[];
  /** Devices the client saw that are not in the new list (ascending DeviceIndex). */
  removed: inside.DeviceInfo[];
  /** Every device of the new list (ascending DeviceIndex). */
  current: inside.DeviceInfo[];
}

/**
 * Compare a v4 DeviceList's `Devices` with `ctx.devices` and make the new list what the client
 * has seen. A v4 → v3 DeviceList step calls this once, then emits DeviceAdded / DeviceRemoved
 * for an event (Id 0) or a v3 DeviceList for a reply.
 */
export function applyDeviceList(ctx: TranslationContext, devices: inside.Devices): DeviceListDiff {
  const next = new Map<number, inside.DeviceInfo>();
  for (const device of Object.values(devices)) if (device) next.set(device.DeviceIndex, device);
  const byIndex = (a: inside.DeviceInfo, b: inside.DeviceInfo) => a.DeviceIndex - b.DeviceIndex;
  const added = [...next.values()].filter((d) => !ctx.devices.has(d.DeviceIndex)).sort(byIndex);
  const removed = [...ctx.devices.values()].filter((d) => !next.has(d.DeviceIndex)).sort(byIndex);
  ctx.devices = next;
  return { added, removed, current: [...next.values()].sort(byIndex) };
}

/** Features of a device (as the client saw it) that have output `type`, ascending FeatureIndex. */
export function featuresWithOutput(device: inside.DeviceInfo, type: string): inside.DeviceFeature[] {
  return Object.values(device.DeviceFeatures)
    .filter((f): f is inside.DeviceFeature => f !== undefined && f.Output != null && type in f.Output)
    .sort((a, b) => a.FeatureIndex - b.FeatureIndex);
}

/** Features of a device (as the client saw it) that have input `type`, ascending FeatureIndex. */
export function featuresWithInput(device: inside.DeviceInfo, type: string): inside.DeviceFeature[] {
  return Object.values(device.DeviceFeatures)
    .filter((f): f is inside.DeviceFeature => f !== undefined && f.Input != null && type in f.Input)
    .sort((a, b) => a.FeatureIndex - b.FeatureIndex);
}
