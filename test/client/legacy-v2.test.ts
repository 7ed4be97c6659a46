/**
 * Speaking spec v2 with the v4 API: v2 devices restated as v3 then v4, and the client in v2 mode
 * against bpkit's own server (VibrateCmd / LinearCmd floats must come back as the same steps).
 */
import type { v2 } from "../../generated";
import { ButtplugClient, InProcessConnector, legacyDeviceFromV3, v3DeviceFromV2 } from "../../runtime/client";
import { ButtplugServer, TestDevice, TestDeviceSource, everyFeature, vibratorFeatures } from "../../runtime/server";
import { RecordingConnector } from "./helpers";
import { until } from "../until";

test("v2 DeviceMessages become v4 features: VibrateCmd per motor with its StepCount (100 when absent), battery and RSSI inputs", () => {
  const device: v2.DeviceInfo = {
    DeviceName: "Old Toy",
    DeviceIndex: 2,
    DeviceMessages: {
      VibrateCmd: { FeatureCount: 2, StepCount: [20, 10] },
      LinearCmd: { FeatureCount: 1 },
      BatteryLevelCmd: {},
      RSSILevelCmd: {},
      StopDeviceCmd: {},
    },
  };
  const { v4 } = legacyDeviceFromV3(v3DeviceFromV2(device));
  expect(Object.values(v4.DeviceFeatures).map((f) => [f!.FeatureDescription, f!.Output ?? f!.Input])).toEqual([
    ["Vibrator 1", { Vibrate: { Value: [0, 20] } }],
    ["Vibrator 2", { Vibrate: { Value: [0, 10] } }],
    ["Linear axis 1", { HwPositionWithDuration: { Value: [0, 100], Duration: [0, 4294967295] } }],
    ["Battery", { Battery: { Value: [[0, 100]], Command: ["Read"] } }],
    ["RSSI", { RSSI: { Value: [[-128, 0]], Command: ["Read"] } }],
  ]);
});

describe("client in v2 mode against bpkit's server", () => {
  let server: ButtplugServer;
  let vibrator: TestDevice;
  let everything: TestDevice;
  let connector: RecordingConnector;
  let client: ButtplugClient;

  beforeEach(async () => {
    vibrator = new TestDevice({ name: "Test Vibrator", features: vibratorFeatures() });
    everything = new TestDevice({ name: "Everything", features: everyFeature() });
    server = new ButtplugServer({ deviceSources: [new TestDeviceSource([vibrator, everything])] });
    connector = new RecordingConnector(new InProcessConnector(server));
    client = new ButtplugClient({ name: "v2 mode", specVersion: 2 });
    await client.connect(connector);
    await client.startScanning();
    await until(() => client.devices.size === 2, "two devices");
  });

  afterEach(async () => {
    await client.disconnect();
    await server.shutdown();
  });

  test("handshake with MessageVersion 2; the vibrator reads back as two 20-step motors and a battery", () => {
    expect(connector.bodies("RequestServerInfo")).toEqual([{ Id: 1, ClientName: "v2 mode", MessageVersion: 2 }]);
    expect(server.session?.version).toBe(2);
    const d = client.device(0);
    expect([...d.features.values()].map((f) => [...f.outputs.values(), ...f.inputs.values()])).toEqual([
      [{ type: "Vibrate", range: [0, 20] }],
      [{ type: "Vibrate", range: [0, 20] }],
      [{ type: "Battery", ranges: [[0, 100]], commands: ["Read"] }],
    ]);
  });

  test("every Vibrate step 0…20 (VibrateCmd) and linear step 0…100 (LinearCmd) reach the v4 device exactly", async () => {
    const motor = client.device(0).feature(1);
    for (let k = 0; k <= 20; k++) await motor.vibrate(k);
    expect(vibrator.outputs).toEqual(
      Array.from({ length: 21 }, (_, k) => ({ featureIndex: 1, command: { Vibrate: { Value: k } } })),
    );
    expect(connector.bodies("VibrateCmd")[5]).toEqual({
      Id: expect.any(Number),
      DeviceIndex: 0,
      Speeds: [{ Index: 1, Speed: 0.25 }],
    });
    const stroker = client.device(1).featuresWithOutput("HwPositionWithDuration")[0];
    for (let k = 0; k <= 100; k++) await stroker.positionWithDuration(k, 150);
    const linear = everything.outputs
      .filter((o) => "HwPositionWithDuration" in o.command)
      .map((o) => o.command.HwPositionWithDuration);
    expect(linear).toEqual(Array.from({ length: 101 }, (_, k) => ({ Value: k, Duration: 150 })));
  });

  test("battery() is BatteryLevelCmd; the 0.0–1.0 BatteryLevelReading comes back in percent", async () => {
    vibrator.setInput(2, { Battery: { Value: 42 } });
    expect(await client.device(0).battery()).toBe(42);
    expect(connector.sentNames).toContain("BatteryLevelCmd");
  });

  test("stop: StopDeviceCmd and StopAllDevices; inputs v2 lacks are refused by name", async () => {
    await client.device(0).stop();
    await client.stopAll();
    expect(vibrator.stops).toHaveLength(2);
    expect(connector.sentNames.filter((n) => n.startsWith("Stop"))).toEqual(["StopDeviceCmd", "StopAllDevices"]);
    await expect(client.device(1).subscribe("Button", () => {})).rejects.toThrow(
      "Device 1 (Everything) has no Button input (its inputs: Battery)",
    );
  });
});
