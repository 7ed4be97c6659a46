/**
 * Property: for any configuration and any user overrides, the resolved definition keeps the whole
 * hardware layout for protocols (`features`: every feature and output, config ranges), the client
 * view (`clientFeatures`) is that layout minus disabled outputs with narrowed ranges, and every
 * value in a client range maps (toHardwareValue) into the hardware range; one past it does not.
 */
import fc from "fast-check";
import type { v4 } from "../../../generated";
import type { ConfigFeature } from "../../../generated/device-config/types";
import {
  buildDefinition,
  stepLimit,
  toHardwareValue,
  type BaseDefinition,
  type StepRange,
  type UserDeviceOverride,
  type UserOutputOverride,
} from "../../../runtime/hardware/config";
import { outputTypeOf } from "../../../runtime/hardware/config";

const KEYS = ["vibrate", "rotate", "oscillate", "constrict", "position", "hw_position_with_duration"] as const;
type Key = (typeof KEYS)[number];

interface GenOutput {
  key: Key;
  high: number;
  signed: boolean;
  override: { kind: "none" } | { kind: "disabled" } | { kind: "narrow"; a: number; b: number; reverse: boolean };
}

const output = fc.record({
  key: fc.constantFrom(...KEYS),
  high: fc.integer({ min: 1, max: 120 }),
  signed: fc.boolean(),
  override: fc.oneof(
    fc.constant({ kind: "none" as const }),
    fc.constant({ kind: "disabled" as const }),
    fc.record({
      kind: fc.constant("narrow" as const),
      a: fc.double({ min: 0, max: 1, noNaN: true }),
      b: fc.double({ min: 0, max: 1, noNaN: true }),
      reverse: fc.boolean(),
    }),
  ),
});

const feature = fc.record({
  outputs: fc.uniqueArray(output, { maxLength: 3, selector: (o) => o.key }),
  battery: fc.boolean(),
});

/** Features at distinct, possibly gapped indices, listed in any order. */
const layout = fc
  .uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 5 })
  .chain((indices) =>
    fc.tuple(fc.constant(indices), fc.array(feature, { minLength: indices.length, maxLength: indices.length })),
  );

/** Base range of a generated output: signed only for rotate, as in the config. */
const baseRange = (o: GenOutput): StepRange => (o.key === "rotate" && o.signed ? [-o.high, o.high] : [0, o.high]);

/** A user range inside [0, base high] with low < high. */
function userRange(o: GenOutput & { override: { kind: "narrow"; a: number; b: number } }): StepRange {
  const high = o.high;
  let lo = Math.floor(Math.min(o.override.a, o.override.b) * high);
  let hi = Math.ceil(Math.max(o.override.a, o.override.b) * high);
  if (hi > high) hi = high;
  if (lo >= hi) lo = hi - 1;
  return [lo, hi];
}

describe("resolved definition: hardware layout vs. client view (property)", () => {
  test("protocols get every output with config ranges; the client gets the enabled ones, narrowed, mapping into hardware ranges", () => {
    fc.assert(
      fc.property(layout, ([indices, generated]) => {
        const features: ConfigFeature[] = [];
        const overrides = new Map<string, Record<string, UserOutputOverride>>();
        indices.forEach((index, k) => {
          const g = generated[k]!;
          const out: Record<string, unknown> = {};
          const over: Record<string, UserOutputOverride> = {};
          for (const o of g.outputs) {
            out[o.key] =
              o.key === "hw_position_with_duration"
                ? { value: baseRange(o), duration: [0, 5000] }
                : { value: baseRange(o) };
            if (o.override.kind === "disabled") over[o.key] = { disabled: true };
            if (o.override.kind === "narrow") {
              const positional = o.key === "position" || o.key === "hw_position_with_duration";
              over[o.key] = { value: userRange(o as never), ...(positional ? { reverse: o.override.reverse } : {}) };
            }
          }
          const id = `feature-${index}`;
          features.push({
            id,
            index,
            ...(g.outputs.length ? { output: out } : {}),
            ...(g.battery ? { input: { battery: { value: [[0, 100]], command: ["Read"] } } } : {}),
          } as ConfigFeature);
          overrides.set(id, over);
        });
        const base: BaseDefinition = { protocol: "p", id: "base", name: "Device", features };
        const user: UserDeviceOverride = {
          protocol: "p",
          address: "a",
          allow: false,
          deny: false,
          featuresById: overrides,
          featuresByIndex: new Map(),
          source: "test",
        };
        const def = buildDefinition(base, user);

        // Hardware layout: every feature, by index, every output with its config range.
        expect(def.features.map((f) => f.FeatureIndex)).toEqual([...indices].sort((a, b) => a - b));
        const clientByIndex = new Map(def.clientFeatures.map((f) => [f.FeatureIndex, f]));
        for (const hw of def.features) {
          const k = indices.indexOf(hw.FeatureIndex);
          const g = generated[k]!;
          const hwOutput = (hw.Output ?? {}) as Record<string, { Value: StepRange; Duration?: StepRange }>;
          expect(Object.keys(hwOutput).sort()).toEqual(g.outputs.map((o) => outputTypeOf(o.key)!).sort());
          const enabled = g.outputs.filter((o) => o.override.kind !== "disabled");
          const disabled = g.outputs.filter((o) => o.override.kind === "disabled").map((o) => outputTypeOf(o.key)!);
          expect([...(def.disabledOutputs.get(hw.FeatureIndex) ?? [])].sort()).toEqual(disabled.sort());
          const client = clientByIndex.get(hw.FeatureIndex);
          // The client sees a feature only when something is left on it.
          expect(client !== undefined).toBe(enabled.length > 0 || g.battery);
          const clientOutput = (client?.Output ?? {}) as Record<string, { Value: StepRange }>;
          expect(Object.keys(clientOutput).sort()).toEqual(enabled.map((o) => outputTypeOf(o.key)!).sort());
          for (const o of g.outputs) {
            const type = outputTypeOf(o.key)! as v4.OutputType;
            const hwRange = hwOutput[type]!.Value;
            expect(hwRange).toEqual(baseRange(o));
            if (o.override.kind === "disabled") continue;
            const narrowed = o.override.kind === "narrow" ? userRange(o as never) : undefined;
            const range = clientOutput[type]!.Value;
            expect(range).toEqual(stepLimit(baseRange(o), narrowed));
            const limits = def.outputLimits.get(hw.FeatureIndex)!.get(type)!;
            const bad: [number, number | undefined][] = [];
            for (let v = range[0]; v <= range[1]; v++) {
              const step = toHardwareValue(limits, type, v);
              const inHardware = step !== undefined && step >= hwRange[0] && step <= hwRange[1];
              const inUser =
                !narrowed || (Math.abs(step!) <= narrowed[1] && (v === 0 || Math.abs(step!) >= narrowed[0]));
              if (!inHardware || !inUser) bad.push([v, step]);
            }
            expect(bad).toEqual([]);
            expect(toHardwareValue(limits, type, range[1] + 1)).toBeUndefined();
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
