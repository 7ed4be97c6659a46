/**
 * End to end with the official v4 JS client (npm `buttplug` 5): `bpkit serve` with a simulated
 * Lovense attached over the device websocket; the client lists it, vibrates it, reads its battery
 * and stops it, and the simulated device's live state follows.
 */
import {
  ButtplugClient,
  ButtplugNodeWebsocketClientConnector,
  DeviceOutput,
  type ButtplugClientDevice,
} from "buttplug";
import { createDeviceSources, simulatedDevicesOf } from "../../runtime/hardware";
import { Logger } from "../../runtime/log";
import { parseServeArgs, startServe, type RunningServer } from "../../scripts/serve";
import { until } from "../until";

describe("official buttplug client ↔ bpkit serve ↔ simulated device over the WSDM", () => {
  let running: RunningServer | undefined;
  let client: ButtplugClient | undefined;
  afterEach(async () => {
    if (client?.connected) await client.disconnect();
    await running?.stop();
  });

  test("lists, vibrates, reads the battery of and stops a simulated Lush", async () => {
    const options = parseServeArgs(["--websocket-port", "0", "--no-bluetooth", "--simulate", "lush"])!;
    const log = new Logger("error", "test", () => {});
    // The sources `bpkit serve` would create from these flags, kept to watch the simulated Lush.
    const deviceSources = await createDeviceSources(options.hardware, log);
    running = await startServe(options, { log, deviceSources });
    const lush = simulatedDevicesOf(deviceSources[0]!)[0]!.device;

    client = new ButtplugClient("bpkit e2e");
    const added: ButtplugClientDevice[] = [];
    client.on("deviceadded", (d: ButtplugClientDevice) => added.push(d));
    await client.connect(new ButtplugNodeWebsocketClientConnector(`ws://127.0.0.1:${running.port}`));
    await client.startScanning();
    await until(() => added.length === 1);
    const device = added[0]!;
    expect(device.name).toBe("Lovense Lush");

    await device.runOutput(DeviceOutput.Vibrate.percent(0.5));
    await until(() => lush.state.vibrate === 10);
    // The v4 client reports the reading as the device gives it (0–100).
    expect(await device.battery()).toBe(85);
    await device.stop();
    await until(() => lush.state.vibrate === 0);
  });
});
