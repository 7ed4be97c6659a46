/**
 * The official spec v3 JavaScript client (npm buttplug@3.2.2, installed as `buttplug3`) against
 * `bpkit serve`'s websocket: connect, list devices, vibrate, read the battery, stop, disconnect.
 */
import {
  ActuatorType,
  ButtplugClient,
  type ButtplugClientDevice,
  ButtplugNodeWebsocketClientConnector,
  ScalarSubcommand,
} from "buttplug3";
import { TestDevice, TestDeviceSource } from "../../runtime/server";
import { parseServeArgs, startServe, type RunningServer } from "../../scripts/serve";
import { takeServerProblems } from "../setup/session-tap";
import { memoryLogger } from "./helpers";
import { legacyFeatures } from "./legacy";

describe("official buttplug 3.x client against bpkit serve", () => {
  let running: RunningServer;
  let source: TestDeviceSource;
  let device: TestDevice;
  let client: ButtplugClient;

  beforeEach(async () => {
    device = new TestDevice({ name: "Legacy Toy", identifier: "test/legacy", features: legacyFeatures() });
    source = new TestDeviceSource([device]);
    const options = parseServeArgs(["--websocket-port", "0", "--server-name", "bpkit interop", "--no-bluetooth"])!;
    running = await startServe(options, { deviceSources: [source], log: memoryLogger().log });
    client = new ButtplugClient("interop test");
  });
  afterEach(async () => {
    if (client.connected) await client.disconnect();
    await running.stop();
  });

  async function connectAndFind(): Promise<ButtplugClientDevice> {
    await client.connect(new ButtplugNodeWebsocketClientConnector(`ws://127.0.0.1:${running.port}`));
    const added = new Promise<ButtplugClientDevice>((resolve) => client.once("deviceadded", resolve));
    await client.startScanning();
    return added;
  }

  test("connect, scan, and see the device with its v3 attributes", async () => {
    const found = await connectAndFind();
    expect(client.connected).toBe(true);
    expect(found.name).toBe("Legacy Toy");
    expect(found.index).toBe(0);
    expect(found.vibrateAttributes.map((a) => a.StepCount)).toEqual([20, 10]);
    expect(found.rotateAttributes).toHaveLength(1);
    expect(found.linearAttributes).toHaveLength(1);
    expect(found.hasBattery).toBe(true);
    expect(client.devices.map((d) => d.name)).toEqual(["Legacy Toy"]);
  });

  test("vibrate reaches every vibrator with the reference's steps", async () => {
    const found = await connectAndFind();
    await found.vibrate(0.5);
    expect(device.outputs).toEqual([
      { featureIndex: 0, command: { Vibrate: { Value: 10 } } },
      { featureIndex: 1, command: { Vibrate: { Value: 5 } } },
    ]);
    await found.vibrate([1, 0.25]);
    expect(device.outputs.slice(2)).toEqual([
      { featureIndex: 0, command: { Vibrate: { Value: 20 } } },
      { featureIndex: 1, command: { Vibrate: { Value: 3 } } },
    ]);
  });

  test("rotate and linear", async () => {
    const found = await connectAndFind();
    await found.rotate(0.5, false);
    await found.linear(0.5, 250);
    expect(device.outputs).toEqual([
      { featureIndex: 2, command: { Rotate: { Value: -15 } } },
      { featureIndex: 3, command: { HwPositionWithDuration: { Value: 49, Duration: 250 } } },
    ]);
  });

  test("battery reads the device's battery input", async () => {
    const found = await connectAndFind();
    device.setInput(4, { Battery: { Value: 73 } });
    expect(await found.battery()).toBeCloseTo(0.73);
    expect(device.commands).toContainEqual({ kind: "read", featureIndex: 4, type: "Battery" });
  });

  test("stop and stopAllDevices stop the device; disconnect stops it too", async () => {
    const found = await connectAndFind();
    await found.stop();
    await client.stopAllDevices();
    expect(device.stops).toHaveLength(2);
    await client.disconnect();
    // The client stops all devices on disconnect, and the server stops them when the session ends.
    while (device.stops.length < 4) await new Promise((r) => setImmediate(r));
    expect(running.server.session).toBeUndefined();
  });

  test("a device already connected is listed at connect; a removed one raises deviceremoved", async () => {
    await source.startScanning(); // the server finds the device before any client connects
    await client.connect(new ButtplugNodeWebsocketClientConnector(`ws://127.0.0.1:${running.port}`));
    expect(client.devices.map((d) => [d.index, d.name])).toEqual([[0, "Legacy Toy"]]);
    const removed = new Promise<ButtplugClientDevice>((resolve) => client.once("deviceremoved", resolve));
    await device.disconnect();
    expect((await removed).index).toBe(0);
    expect(client.devices).toEqual([]);
  });

  test("a server-side Error (ScalarCmd Index out of range) rejects the client's promise with its message", async () => {
    const found = await connectAndFind();
    await expect(found.scalar(new ScalarSubcommand(9, 0.5, ActuatorType.Vibrate))).rejects.toThrow(
      /ScalarCmd \(Id \d+\): Index 9 is out of range/,
    );
    expect(device.outputs).toEqual([]);
    // The session tap judges what an official client sends: this Index is the test's mistake, on purpose.
    expect(takeServerProblems()).toEqual([
      expect.stringMatching(/^\(official client\) .*\[feature\] .*Index 9 does not exist$/),
    ]);
    // Still connected and working.
    await found.oscillate(1);
    expect(device.outputs).toEqual([{ featureIndex: 1, command: { Oscillate: { Value: 15 } } }]);
  });
});
