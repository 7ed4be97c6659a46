/**
 * A user-disabled motor seen from the official v4 client (npm `buttplug` 5), through `bpkit serve`
 * and a simulated two-motor WeVibe Sync on the device websocket: the client gets one vibrator with
 * the narrowed range, and driving it moves only the first motor of the real two-motor frame.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/** WeVibe Sync at the simulated device's address: motor 1 narrowed to [3, 13], motor 2 disabled. */
const userConfig = {
  version: { major: 4, minor: 0 },
  user_configs: {
    devices: [
      {
        identifier: { protocol: "wevibe", identifier: "Sync", address: "SIM-WEVIBE-1" },
        config: {
          id: "5e1f0000-0000-4000-8000-000000000900",
          base_id: "0e72dab3-4b87-4bae-ae02-aae0bbb0f035",
          features: [
            {
              id: "5e1f0000-0000-4000-8000-000000000901",
              base_id: "283b2826-80e3-455f-bec6-7800ebaf2c96",
              output: { vibrate: { value: [3, 13] } },
            },
            {
              id: "5e1f0000-0000-4000-8000-000000000902",
              base_id: "64f00297-e4ef-4059-a622-c0bea33d4379",
              output: { vibrate: { disabled: true } },
            },
          ],
          user_config: { allow: false, deny: false, index: 0 },
        },
      },
    ],
  },
};

describe("official buttplug client ↔ bpkit serve ↔ simulated WeVibe Sync with a user config", () => {
  let running: RunningServer | undefined;
  let client: ButtplugClient | undefined;
  const dir = mkdtempSync(join(tmpdir(), "bpkit-user-overrides-"));
  afterEach(async () => {
    if (client?.connected) await client.disconnect();
    await running?.stop();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("one vibrator 0–10 in the DeviceList; 50 % drives the internal motor to 8, the disabled one stays at 0", async () => {
    const file = join(dir, "user.json");
    writeFileSync(file, JSON.stringify(userConfig));
    const options = parseServeArgs([
      "--websocket-port",
      "0",
      "--no-bluetooth",
      "--simulate",
      "wevibe",
      "--user-device-config-file",
      file,
    ])!;
    const log = new Logger("error", "test", () => {});
    const deviceSources = await createDeviceSources(options.hardware, log);
    running = await startServe(options, { log, deviceSources });
    const sync = simulatedDevicesOf(deviceSources[0]!)[0]!.device;
    expect(sync.address).toBe("SIM-WEVIBE-1");

    client = new ButtplugClient("bpkit e2e");
    const added: ButtplugClientDevice[] = [];
    client.on("deviceadded", (d: ButtplugClientDevice) => added.push(d));
    await client.connect(new ButtplugNodeWebsocketClientConnector(`ws://127.0.0.1:${running.port}`));
    await client.startScanning();
    await until(() => added.length === 1);
    const device = added[0]!;
    expect(device.name).toBe("WeVibe Sync");
    expect([...device.features.keys()]).toEqual([0]);
    expect(device.features.get(0)!.output("Vibrate" as never)?.valueRange).toEqual([0, 10]);

    await device.runOutput(DeviceOutput.Vibrate.percent(0.5)); // 5 of 10 → hardware 3 + 5
    await until(() => sync.state.internal === 8);
    expect(sync.state.external).toBe(0);
    await device.stop();
    await until(() => sync.state.internal === 0);
    expect(sync.state.external).toBe(0);
  });
});
