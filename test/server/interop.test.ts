/**
 * Interop: the official JavaScript clients against bpkit's server.
 * - npm `buttplug` 5.0.2 (spec v4) over `bpkit serve`'s websocket.
 * - npm `buttplug` 3.2.2 (spec v3) through the in-process connector.
 */
import * as Buttplug5 from "buttplug";
import * as Buttplug3 from "buttplug3";
import { silentLogger } from "../../runtime/log";
import { ButtplugServer, TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { ButtplugJsConnector } from "../../runtime/transport";
import { parseServeArgs, startServe, type RunningServer } from "../../scripts/serve";

describe("official buttplug 5.0.2 client (spec v4) against bpkit serve's websocket", () => {
  let running: RunningServer;
  let device: TestDevice;
  let source: TestDeviceSource;

  beforeEach(async () => {
    device = new TestDevice({ name: "Interop Vibrator", features: vibratorFeatures() });
    device.setInput(2, { Battery: { Value: 87 } });
    source = new TestDeviceSource([device]);
    running = await startServe(parseServeArgs(["--websocket-port", "0", "--server-name", "bpkit interop"])!, {
      deviceSources: [source],
      log: silentLogger,
    });
  });
  afterEach(async () => {
    await running.stop();
  });

  test("connect, scan, list devices, vibrate, read battery, stop", async () => {
    const client = new Buttplug5.ButtplugClient("interop v4");
    await client.connect(new Buttplug5.ButtplugNodeWebsocketClientConnector(`ws://127.0.0.1:${running.port}`));
    expect(client.serverInfo?.serverName ?? (client.serverInfo as unknown as { ServerName?: string })?.ServerName).toBe(
      "bpkit interop",
    );

    const added = new Promise<Buttplug5.ButtplugClientDevice>((resolve) => client.on("deviceadded", resolve));
    await client.startScanning();
    const clientDevice = await added;
    expect(clientDevice.name).toBe("Interop Vibrator");
    expect([...client.devices.keys()]).toEqual([0]);

    await clientDevice.runOutput(Buttplug5.DeviceOutput.Vibrate.percent(0.5));
    // Both motors, each at half of its 0–20 range.
    expect(device.outputs).toEqual([
      { featureIndex: 0, command: { Vibrate: { Value: 10 } } },
      { featureIndex: 1, command: { Vibrate: { Value: 10 } } },
    ]);

    expect(await clientDevice.battery()).toBe(87);

    await clientDevice.stop();
    expect(device.stops).toEqual([{ kind: "stop", featureIndex: undefined, outputs: true, inputs: true }]);
    await client.stopAllDevices();
    expect(device.stops).toHaveLength(2);
    await client.disconnect();
  });
});

describe("official buttplug 3.2.2 client (spec v3) through the in-process connector", () => {
  test("connect, scan, vibrate, read battery, stop all", async () => {
    const features = vibratorFeatures();
    const device = new TestDevice({ name: "Interop Vibrator", features });
    device.setInput(2, { Battery: { Value: 64 } });
    const server = new ButtplugServer({ name: "bpkit v3 interop", deviceSources: [new TestDeviceSource([device])] });
    const client = new Buttplug3.ButtplugClient("interop v3");
    await client.connect(new ButtplugJsConnector(server, { parse: Buttplug3.fromJSON }));
    const added = new Promise<Buttplug3.ButtplugClientDevice>((resolve) => client.on("deviceadded", resolve));
    await client.startScanning();
    const clientDevice = await added;
    expect(clientDevice.name).toBe("Interop Vibrator");
    await clientDevice.vibrate(0.5);
    expect(device.outputs.map((o) => o.command)).toEqual([{ Vibrate: { Value: 10 } }, { Vibrate: { Value: 10 } }]);
    expect(await clientDevice.battery()).toBeCloseTo(0.64);
    await client.stopAllDevices();
    expect(device.stops.length).toBeGreaterThan(0);
    await client.disconnect();
    await server.shutdown();
  });
});
