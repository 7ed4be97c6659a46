/**
 * The client's v3 adapter is the inverse of the server's v3 presentation: for random v4 devices,
 * the server presents the device to v3 (runtime/translation deviceInfoV3), the adapter turns that
 * back into v4 features, a command on such a feature is encoded to v3 by the adapter and upgraded
 * by the v3 → v4 steps of the server (runtime/translation/steps) — and lands on the original feature with
 * the original step.
 */
import fc from "fast-check";
import type { v4 } from "../../generated";
import { upgradeSteps } from "../../runtime/translation/chain";
import { V3Codec } from "../../runtime/client";
import { unwrap } from "../../runtime/client/codec";
import { SessionTranslationContext, deviceInfoV3, presentDevice } from "../../runtime/translation";

const steps = fc.integer({ min: 1, max: 200 });

/** One v4 feature with some outputs (and maybe a battery), FeatureIndex set later. */
const feature = fc
  .record(
    {
      Vibrate: steps,
      Oscillate: steps,
      Constrict: steps,
      Position: steps,
      RotateSigned: steps,
      RotateUnsigned: steps,
      RotationWithDirection: steps,
      HwPositionWithDuration: steps,
      Battery: fc.constant(true),
    },
    { requiredKeys: [] },
  )
  .filter((r) => Object.keys(r).length > 0);

function toFeature(index: number, r: Record<string, number | boolean>): v4.DeviceFeature {
  const Output: v4.FeatureOutput = {};
  if (typeof r.Vibrate === "number") Output.Vibrate = { Value: [0, r.Vibrate] };
  if (typeof r.Oscillate === "number") Output.Oscillate = { Value: [0, r.Oscillate] };
  if (typeof r.Constrict === "number") Output.Constrict = { Value: [0, r.Constrict] };
  if (typeof r.Position === "number") Output.Position = { Value: [0, r.Position] };
  if (typeof r.RotateSigned === "number") Output.Rotate = { Value: [-r.RotateSigned, r.RotateSigned] };
  else if (typeof r.RotateUnsigned === "number") Output.Rotate = { Value: [0, r.RotateUnsigned] };
  if (typeof r.RotationWithDirection === "number")
    Output.RotationWithDirection = { Value: [0, r.RotationWithDirection] };
  if (typeof r.HwPositionWithDuration === "number")
    Output.HwPositionWithDuration = { Value: [0, r.HwPositionWithDuration], Duration: [0, 10000] };
  const f: v4.DeviceFeature = { FeatureIndex: index, FeatureDescription: `f${index}` };
  if (Object.keys(Output).length) f.Output = Output;
  if (r.Battery) f.Input = { Battery: { Value: [[0, 100]], Command: ["Read"] } };
  return f;
}

const device = fc.array(feature, { minLength: 1, maxLength: 4 }).map(
  (features): v4.DeviceInfo => ({
    DeviceName: "Random",
    DeviceIndex: 2,
    DeviceMessageTimingGap: 0,
    DeviceFeatures: Object.fromEntries(features.map((r, i) => [String(i), toFeature(i, r)])),
  }),
);

/** The value a v4 output command sets, signed by direction. */
function signed(command: v4.OutputCommand): { type: string; value: number } {
  const [type] = Object.keys(command);
  const body = (command as Record<string, { Value: number; Clockwise?: boolean }>)[type];
  return { type, value: body.Clockwise === false ? -body.Value : body.Value };
}

test("every output of every adapted feature, at every step of its range, reaches the same v4 feature with the same step", () => {
  fc.assert(
    fc.property(device, fc.boolean(), (d, clockwise) => {
      const v3info = deviceInfoV3(d);
      const codec = new V3Codec();
      const [list] = codec.decode({ DeviceList: { Id: 1, Devices: [v3info] } });
      const view = (list as { DeviceList: v4.DeviceList }).DeviceList.Devices["2"]!;
      // The client's features follow the presentation's attribute order: ScalarCmd, RotateCmd, LinearCmd.
      const p = presentDevice(d);
      const behind = [...p.ScalarCmd, ...p.RotateCmd, ...p.LinearCmd];
      const ctx = new SessionTranslationContext(3, false);
      ctx.devices = new Map([[2, d]]);
      for (const f of Object.values(view.DeviceFeatures)) {
        for (const [type, limits] of Object.entries(f!.Output ?? {}) as Array<
          [v4.OutputType, { Value: [number, number] }]
        >) {
          const [lo, hi] = limits.Value;
          for (let k = lo; k <= hi; k++) {
            const Command = (
              type === "RotationWithDirection"
                ? { RotationWithDirection: { Value: k, Clockwise: clockwise } }
                : type === "HwPositionWithDuration"
                  ? { HwPositionWithDuration: { Value: k, Duration: 500 } }
                  : { [type]: { Value: k } }
            ) as v4.OutputCommand;
            const encoded = codec.encode({
              OutputCmd: { Id: 9, DeviceIndex: 2, FeatureIndex: f!.FeatureIndex, Command },
            });
            if (!("send" in encoded) || encoded.send.length !== 1) return false;
            const { name, body } = unwrap(encoded.send[0]);
            const upgraded = upgradeSteps[3]![name]!(body, ctx) as v4.ClientMessage[];
            if (upgraded.length !== 1 || !("OutputCmd" in upgraded[0])) return false;
            const out = upgraded[0].OutputCmd;
            const want = signed(Command);
            const got = signed(out.Command);
            // A zero speed has no direction; otherwise the signed step must survive exactly.
            const sameValue = got.value === want.value || (want.value === 0 && got.value === 0);
            if (out.FeatureIndex !== behind[f!.FeatureIndex].FeatureIndex || !sameValue) {
              throw new Error(`${type} ${k} on client feature ${f!.FeatureIndex} → ${JSON.stringify(out)}`);
            }
          }
        }
      }
      return true;
    }),
    { numRuns: 25 },
  );
});
