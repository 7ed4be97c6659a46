/**
 * Test helpers: run a message up or down the translation chain the way the server does (recording
 * each request at every version for requestAt), validating every message at its version.
 */
import { validateMessage, type SpecVersion, type v4 } from "../../generated";
import { SessionTranslationContext } from "../../runtime/translation";
import { downgradeTo, upgradeFrom } from "../../runtime/translation/chain";

export type Wire = Record<string, Record<string, unknown>>;

function nameOf(m: object): string {
  return Object.keys(m)[0];
}

function check(version: SpecVersion, m: Wire): void {
  const name = nameOf(m);
  const result = validateMessage(version, name, m[name]);
  if (!result.ok)
    throw new Error(`invalid v${version} ${name} ${JSON.stringify(m[name])}: ${JSON.stringify(result.issues)}`);
}

/** A fresh context for a client of `version` that has seen `devices`. */
export function contextFor(version: SpecVersion, devices: v4.DeviceInfo[] = []): SessionTranslationContext {
  const ctx = new SessionTranslationContext(version, false);
  for (const d of devices) ctx.devices.set(d.DeviceIndex, d);
  return ctx;
}

/** Upgrade a client message of `from` to v4 the way the server does, recording it at each version. */
export function upgrade(ctx: SessionTranslationContext, from: SpecVersion, message: Wire): Wire[] {
  check(from, message);
  const id = (Object.values(message)[0] as { Id: number }).Id;
  return upgradeFrom(from, message, ctx, (version, messages) => {
    if (version !== from) for (const m of messages) check(version, m as Wire);
    ctx.record(id, version, messages);
  }) as Wire[];
}

/** Downgrade a v4 server message to `to`, checking each message at its version. */
export function downgrade(ctx: SessionTranslationContext, to: SpecVersion, message: Wire): Wire[] {
  check(4, message);
  return downgradeTo(to, message, ctx, (version, messages) => {
    for (const m of messages) check(version, m as Wire);
  }) as Wire[];
}

/** A v4 DeviceList message of these devices. */
export function deviceList(id: number, devices: v4.DeviceInfo[]): Wire {
  return { DeviceList: { Id: id, Devices: Object.fromEntries(devices.map((d) => [String(d.DeviceIndex), d])) } };
}

/**
 * A device with a bit of everything: feature order, several outputs on one feature, signed and
 * unsigned Rotate, a linear actuator, a readable battery, inputs v3 never saw.
 */
export function mixedDevice(index = 0): v4.DeviceInfo {
  const features: v4.DeviceFeature[] = [
    { FeatureIndex: 0, FeatureDescription: "Shaft", Output: { Vibrate: { Value: [0, 20] } } },
    {
      FeatureIndex: 1,
      FeatureDescription: "Head",
      Output: { Vibrate: { Value: [0, 10] }, Oscillate: { Value: [0, 15] } },
    },
    { FeatureIndex: 2, FeatureDescription: "Spinner", Output: { Rotate: { Value: [-30, 30] } } },
    { FeatureIndex: 3, FeatureDescription: "Fan", Output: { Rotate: { Value: [0, 10] } } },
    {
      FeatureIndex: 4,
      FeatureDescription: "Stroker",
      Output: { HwPositionWithDuration: { Value: [0, 99], Duration: [0, 5000] } },
    },
    { FeatureIndex: 5, FeatureDescription: "Battery", Input: { Battery: { Value: [[0, 100]], Command: ["Read"] } } },
    { FeatureIndex: 6, FeatureDescription: "Signal", Input: { RSSI: { Value: [[-100, 0]], Command: ["Read"] } } },
    {
      FeatureIndex: 7,
      FeatureDescription: "Second battery",
      Input: { Battery: { Value: [[0, 100]], Command: ["Subscribe"] } },
    },
    {
      FeatureIndex: 8,
      FeatureDescription: "Ring",
      Output: { Led: { Value: [0, 1] }, Temperature: { Value: [-5, 5] }, Constrict: { Value: [0, 5] } },
    },
  ];
  return {
    DeviceName: "Mixed Device",
    DeviceIndex: index,
    DeviceMessageTimingGap: 50,
    DeviceFeatures: Object.fromEntries(features.map((f) => [String(f.FeatureIndex), f])),
  };
}

/** A plain two-motor vibrator with a battery. */
export function vibrator(index: number, name = "Vibrator"): v4.DeviceInfo {
  return {
    DeviceName: name,
    DeviceIndex: index,
    DeviceMessageTimingGap: 0,
    DeviceFeatures: {
      "0": { FeatureIndex: 0, FeatureDescription: "Motor 1", Output: { Vibrate: { Value: [0, 20] } } },
      "1": { FeatureIndex: 1, FeatureDescription: "Motor 2", Output: { Vibrate: { Value: [0, 20] } } },
      "2": {
        FeatureIndex: 2,
        FeatureDescription: "Battery",
        Input: { Battery: { Value: [[0, 100]], Command: ["Read"] } },
      },
    },
  };
}
