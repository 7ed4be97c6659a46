/**
 * Properties over random devices: whatever a device looks like, every attribute the old device
 * list presents can be commanded through its Index and lands on the v4 feature and output it was
 * presented for, with a value inside that output's range; one past the end is refused.
 */
import fc from "fast-check";
import type { v4 } from "../../generated";
import { ButtplugError } from "../../runtime/errors";
import type { deviceMessagesV2 } from "../../runtime/translation";
import { contextFor, deviceList, downgrade, upgrade, type Wire } from "./chain";

type Output = Record<string, { Value: [number, number]; Duration?: [number, number] }>;

type Entry = [string, { Value: [number, number]; Duration?: [number, number] }];

const outputEntry: fc.Arbitrary<Entry> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("Vibrate", "Oscillate", "Constrict", "Spray", "Led", "Position"),
      fc.integer({ min: 1, max: 1000 }),
    )
    .map(([t, n]): Entry => [t, { Value: [0, n] }]),
  fc
    .tuple(fc.constantFrom("Rotate", "Temperature"), fc.integer({ min: 1, max: 100 }), fc.boolean())
    .map(([t, n, signed]): Entry => [t, { Value: [signed ? -n : 0, n] }]),
  fc.integer({ min: 1, max: 100 }).map((n): Entry => ["RotationWithDirection", { Value: [0, n] }]),
  fc
    .integer({ min: 1, max: 1000 })
    .map((n): Entry => ["HwPositionWithDuration", { Value: [0, n], Duration: [0, 10000] }]),
);

const device: fc.Arbitrary<v4.DeviceInfo> = fc
  .array(fc.uniqueArray(outputEntry, { selector: ([t]) => t, minLength: 0, maxLength: 3 }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((features) => ({
    DeviceName: "Random",
    DeviceIndex: 0,
    DeviceMessageTimingGap: 0,
    DeviceFeatures: Object.fromEntries(
      features.map((outputs, i) => {
        const feature: v4.DeviceFeature = { FeatureIndex: i, FeatureDescription: `F${i}` };
        if (outputs.length) feature.Output = Object.fromEntries(outputs) as v4.FeatureOutput;
        return [String(i), feature];
      }),
    ),
  }));

function single(out: Wire[]): { FeatureIndex: number; type: string; fields: Record<string, number | boolean> } {
  expect(out).toHaveLength(1);
  const cmd = out[0].OutputCmd as { FeatureIndex: number; Command: Record<string, Record<string, number | boolean>> };
  const [type] = Object.keys(cmd.Command);
  return { FeatureIndex: cmd.FeatureIndex, type, fields: cmd.Command[type] };
}

function inRange(d: v4.DeviceInfo, featureIndex: number, type: string, value: number): boolean {
  const limits = (d.DeviceFeatures[String(featureIndex)]!.Output as Output)[type];
  return limits !== undefined && value >= limits.Value[0] && value <= limits.Value[1];
}

test("every presented ScalarCmd / RotateCmd / LinearCmd entry drives its own feature, in range", () => {
  fc.assert(
    fc.property(device, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (d, level, clockwise) => {
      const ctx = contextFor(3);
      const [list] = downgrade(ctx, 3, deviceList(1, [d]));
      const messages = (
        list.DeviceList.Devices as Array<{
          DeviceMessages: Record<string, Array<{ ActuatorType: string; FeatureDescriptor: string }>>;
        }>
      )[0].DeviceMessages;
      let id = 1;
      (messages.ScalarCmd ?? []).forEach((attr, Index) => {
        const out = single(
          upgrade(ctx, 3, {
            ScalarCmd: {
              Id: ++id,
              DeviceIndex: 0,
              Scalars: [{ Index, Scalar: level, ActuatorType: attr.ActuatorType }],
            },
          }),
        );
        expect(`F${out.FeatureIndex}`).toBe(attr.FeatureDescriptor);
        expect(inRange(d, out.FeatureIndex, out.type, out.fields.Value as number)).toBe(true);
      });
      (messages.RotateCmd ?? []).forEach((attr, Index) => {
        const out = single(
          upgrade(ctx, 3, {
            RotateCmd: { Id: ++id, DeviceIndex: 0, Rotations: [{ Index, Speed: level, Clockwise: clockwise }] },
          }),
        );
        expect(`F${out.FeatureIndex}`).toBe(attr.FeatureDescriptor);
        expect(inRange(d, out.FeatureIndex, out.type, out.fields.Value as number)).toBe(true);
      });
      (messages.LinearCmd ?? []).forEach((attr, Index) => {
        const out = single(
          upgrade(ctx, 3, {
            LinearCmd: { Id: ++id, DeviceIndex: 0, Vectors: [{ Index, Duration: 100, Position: level }] },
          }),
        );
        expect(`F${out.FeatureIndex}`).toBe(attr.FeatureDescriptor);
        expect(out.type).toBe("HwPositionWithDuration");
        expect(inRange(d, out.FeatureIndex, out.type, out.fields.Value as number)).toBe(true);
      });
      // One past the end of each list is refused with a ButtplugError.
      const past = (messages.ScalarCmd ?? []).length;
      expect(() =>
        upgrade(ctx, 3, {
          ScalarCmd: { Id: ++id, DeviceIndex: 0, Scalars: [{ Index: past, Scalar: level, ActuatorType: "Vibrate" }] },
        }),
      ).toThrow(ButtplugError);
    }),
    { numRuns: 150 },
  );
});

test("v2 VibrateCmd indices 0…FeatureCount-1 reach Vibrate outputs in presented order; FeatureCount is refused", () => {
  fc.assert(
    fc.property(device, fc.double({ min: 0, max: 1, noNaN: true }), (d, speed) => {
      const ctx = contextFor(2);
      const [list] = downgrade(ctx, 2, deviceList(1, [d]));
      const vibrate = (list.DeviceList.Devices as Array<{ DeviceMessages: ReturnType<typeof deviceMessagesV2> }>)[0]
        .DeviceMessages.VibrateCmd;
      const count = vibrate?.FeatureCount ?? 0;
      const targets: number[] = [];
      for (let Index = 0; Index < count; Index++) {
        const out = single(
          upgrade(ctx, 2, { VibrateCmd: { Id: Index + 1, DeviceIndex: 0, Speeds: [{ Index, Speed: speed }] } }),
        );
        expect(out.type).toBe("Vibrate");
        expect(out.fields.Value).toBeLessThanOrEqual(vibrate!.StepCount![Index]);
        targets.push(out.FeatureIndex);
      }
      // Feature order, each vibrator once.
      expect(targets).toEqual([...targets].sort((a, b) => a - b));
      expect(new Set(targets).size).toBe(targets.length);
      expect(() =>
        upgrade(ctx, 2, { VibrateCmd: { Id: 99, DeviceIndex: 0, Speeds: [{ Index: count, Speed: speed }] } }),
      ).toThrow(ButtplugError);
    }),
    { numRuns: 150 },
  );
});
