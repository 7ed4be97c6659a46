/**
 * HardwareDevice with a client view narrower than the hardware layout (a user config disabled an
 * output and narrowed another): the client sees only what is enabled, with narrowed ranges;
 * commands to a disabled output never reach the protocol; a stop still zeroes every output.
 */
import type { v4 } from "../../generated";
import { ErrorCode } from "../../runtime/errors";
import type { OutputLimits } from "../../runtime/hardware/config";
import { HardwareDevice, type HardwareDefinition } from "../../runtime/hardware/hardware-device";
import type { DefinedFeature } from "../../runtime/hardware/protocol";
import { FakeClock } from "./fake-clock";
import { FakeLink } from "./fake-link";
import { testDefinition, testHandler } from "./test-protocol";

/**
 * The test device (0: Vibrate [0, 20], 1: Rotate [0, 20], 2: Battery) with feature 0's Vibrate
 * narrowed to [5, 15] and feature 1's Rotate disabled.
 */
function setup() {
  const hardware = testDefinition();
  const clientFeatures: DefinedFeature[] = [
    { FeatureIndex: 0, FeatureDescription: "", Output: { Vibrate: { Value: [0, 10] } } } as DefinedFeature,
    hardware.features[2],
  ];
  const definition: HardwareDefinition = {
    ...hardware,
    clientFeatures,
    outputLimits: new Map<number, Map<v4.OutputType, OutputLimits>>([
      [0, new Map([["Vibrate", { base: [0, 20], user: [5, 15], reverse: false }]])],
    ]),
  };
  const link = new FakeLink();
  const handler = testHandler();
  const calls: number[] = [];
  const output = handler.output.bind(handler);
  handler.output = (featureIndex, command) => {
    calls.push(featureIndex);
    return output(featureIndex, command);
  };
  const device = new HardwareDevice({ definition, handler, link, clock: new FakeClock() });
  return { device, link, calls };
}

describe("HardwareDevice: client view and hardware layout", () => {
  test("the ServerDevice features are the client view (disabled output hidden, narrowed range)", () => {
    const { device } = setup();
    expect([...device.features.keys()]).toEqual([0, 2]);
    expect(device.features.get(0)).toEqual({
      FeatureIndex: 0,
      FeatureDescription: "",
      Output: { Vibrate: { Value: [0, 10] } },
    });
  });

  test("a command to a disabled output is ERROR_DEVICE naming it, and never reaches the protocol", async () => {
    const { device, link, calls } = setup();
    await expect(device.output(1, { Rotate: { Value: 3 } } as never)).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: expect.stringContaining("feature 1: its Rotate output is disabled by the user device config"),
    });
    await expect(device.output(1, { Vibrate: { Value: 3 } } as never)).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: expect.stringContaining("has no feature 1"),
    });
    await expect(device.output(7, { Vibrate: { Value: 3 } } as never)).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: expect.stringContaining("has no feature 7"),
    });
    expect(calls).toEqual([]);
    expect(link.writes).toEqual([]);
  });

  test("client values map into the hardware range before the protocol (client 0–10 → hardware 5–15)", async () => {
    const { device, link } = setup();
    await device.output(0, { Vibrate: { Value: 1 } } as never);
    await device.output(0, { Vibrate: { Value: 10 } } as never);
    await expect(device.output(0, { Vibrate: { Value: 11 } } as never)).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: expect.stringContaining("[0,10]"),
    });
    expect(link.writes).toEqual([
      [0xa0, 0, 6],
      [0xa0, 0, 15],
    ]);
  });

  test("a device stop zeroes every hardware output, the disabled one too (as the reference's stop commands)", async () => {
    const { device, link } = setup();
    await device.stop();
    expect(link.writes).toEqual([
      [0xa0, 0, 0],
      [0xa1, 1, 0],
    ]);
  });

  test("a feature stop needs a feature the client can see; a device stop also stops the hidden output", async () => {
    const { device, link } = setup();
    await expect(device.stop({ featureIndex: 1 })).rejects.toMatchObject({ code: ErrorCode.Device });
    await device.stop({ featureIndex: 0 });
    await device.stop();
    // Feature 0 is already at 0 (the cache): only the user-disabled Rotate of feature 1 gets its stop.
    expect(link.writes).toEqual([
      [0xa0, 0, 0],
      [0xa1, 1, 0],
    ]);
  });

  test("without a client view, the definition's features are what the client sees", () => {
    const device = new HardwareDevice({
      definition: testDefinition(),
      handler: testHandler(),
      link: new FakeLink(),
      clock: new FakeClock(),
    });
    expect([...device.features.keys()]).toEqual([0, 1, 2]);
  });
});
