/**
 * stopEachOutput (protocols/helpers.ts) addresses features by FeatureIndex, not by their position
 * in the definition's array: definitions need not list 0..n-1 in order.
 */
import type { v4 } from "../../generated";
import { write, type DefinedFeature, type DeviceDefinition, type HardwareCommand } from "../../runtime/hardware/protocol";
import { stopEachOutput } from "../../runtime/hardware/protocols/helpers";

const vibrator = (index: number): DefinedFeature => ({ FeatureIndex: index, FeatureDescription: "", Output: { Vibrate: { Value: [0, 20] } } }) as DefinedFeature;

function definition(features: DefinedFeature[]): DeviceDefinition {
  return { protocol: "bpkit-test", name: "Test", messageTimingGap: 0, features };
}

/** A handler that writes [featureIndex, type initial, value] for every output call. */
function recorder() {
  const calls: [number, v4.OutputCommand][] = [];
  return {
    calls,
    output(featureIndex: number, command: v4.OutputCommand): HardwareCommand[] {
      calls.push([featureIndex, command]);
      return [write("tx", [featureIndex, 0])];
    },
  };
}

describe("stopEachOutput", () => {
  test("features listed out of order are stopped by their FeatureIndex", () => {
    const handler = recorder();
    const commands = stopEachOutput(handler, definition([vibrator(2), vibrator(0), vibrator(1)]));
    expect(handler.calls).toEqual([
      [2, { Vibrate: { Value: 0 } }],
      [0, { Vibrate: { Value: 0 } }],
      [1, { Vibrate: { Value: 0 } }],
    ]);
    expect(commands).toHaveLength(3);
  });

  test("with a gap in the indices (a feature left out), the feature after it keeps its own index", () => {
    const handler = recorder();
    stopEachOutput(handler, definition([vibrator(0), vibrator(3)]));
    expect(handler.calls.map(([index]) => index)).toEqual([0, 3]);
  });

  test("one stop per feature, by the reference's type order (not the object's key order); positions and inputs get none", () => {
    const handler = recorder();
    const features = [
      { FeatureIndex: 4, FeatureDescription: "", Output: { Position: { Value: [0, 100] }, Oscillate: { Value: [0, 20] }, Vibrate: { Value: [0, 20] } } },
      { FeatureIndex: 5, FeatureDescription: "", Output: { HwPositionWithDuration: { Value: [0, 100], Duration: [0, 1000] } } },
      { FeatureIndex: 7, FeatureDescription: "", Output: { Spray: { Value: [0, 1] }, Constrict: { Value: [0, 10] } } },
      { FeatureIndex: 6, FeatureDescription: "Battery", Input: { Battery: { Value: [[0, 100]], Command: ["Read"] } } },
    ] as unknown as DefinedFeature[];
    stopEachOutput(handler, definition(features));
    expect(handler.calls).toEqual([
      [4, { Vibrate: { Value: 0 } }],
      [7, { Constrict: { Value: 0 } }],
    ]);
  });
});
