/**
 * The examples, run as users run them (`tsx examples/<name>.ts <url>`) against a bpkit server on
 * 127.0.0.1:0 with in-memory test devices (which record what they receive), and device
 * enumeration also against the simulated devices `npm start` serves.
 */
import { execFile } from "node:child_process";
import * as path from "node:path";
import { DEFAULT_HARDWARE_OPTIONS, createDeviceSources } from "../../runtime/hardware";
import { silentLogger } from "../../runtime/log";
import {
  ButtplugServer,
  TestDevice,
  TestDeviceSource,
  everyFeature,
  vibratorFeatures,
  type DeviceSource,
} from "../../runtime/server";
import { WebsocketServerTransport } from "../../runtime/transport";

const root = path.join(__dirname, "..", "..");

/** Run an example; resolves with its exit code and output. */
function runExample(
  name: string,
  url: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [require.resolve("tsx/cli"), path.join(root, "examples", `${name}.ts`), url],
      {
        cwd: root,
        timeout: 60000,
        env: { ...process.env, BPKIT_SCAN_MS: "300", BPKIT_STEP_MS: "10", BPKIT_LISTEN_MS: "1500", ...env },
      },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function startServer(
  sources: DeviceSource[],
): Promise<{ server: ButtplugServer; url: string; close(): Promise<void> }> {
  const server = new ButtplugServer({ deviceSources: sources });
  const transport = new WebsocketServerTransport({ port: 0 });
  transport.on("connection", (c) => server.connect(c));
  const { port } = await transport.listen();
  return {
    server,
    url: `ws://127.0.0.1:${port}`,
    close: async () => {
      await server.shutdown();
      await transport.close();
    },
  };
}

describe("examples against a bpkit server with test devices", () => {
  let vibrator: TestDevice;
  let everything: TestDevice;
  let fixture: Awaited<ReturnType<typeof startServer>>;

  beforeEach(async () => {
    vibrator = new TestDevice({ name: "Test Vibrator", features: vibratorFeatures() });
    everything = new TestDevice({ name: "Everything", features: everyFeature(), timingGap: 20 });
    fixture = await startServer([new TestDeviceSource([vibrator, everything])]);
  });

  afterEach(() => fixture.close());

  test("connection: connects, reports the server, disconnects", async () => {
    const { code, stdout } = await runExample("connection", fixture.url);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `connected to "bpkit" at ${fixture.url} (spec v4.0)`,
        "no ping required",
        "devices already connected: 0",
        "disconnected: client disconnected",
        "",
      ].join("\n"),
    );
  });

  test("device enumeration: lists every device, feature, output range and input", async () => {
    const { code, stdout } = await runExample("device-enumeration", fixture.url);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "+ device 0: Test Vibrator",
        "2 device(s):",
        "device 0: Test Vibrator",
        '  feature 0 "Motor 1": outputs: Vibrate 0–20',
        '  feature 2 "Battery": inputs: Battery 0–100 (Read)',
        "device 1: Everything, at most one command every 20 ms",
        '  feature 9 "HwPositionWithDuration output": outputs: HwPositionWithDuration 0–100 over 0–10000 ms',
        '  feature 13 "Button input": inputs: Button 0–1 (Subscribe, Unsubscribe)',
      ]),
    );
  });

  test("device control: every output at half range reaches the devices, then they are stopped", async () => {
    const { code, stdout, stderr } = await runExample("device-control", fixture.url);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(vibrator.outputs.map((o) => [o.featureIndex, o.command])).toEqual([
      [0, { Vibrate: { Value: 10 } }],
      [1, { Vibrate: { Value: 10 } }],
      [0, { Vibrate: { Value: 5 } }],
      [1, { Vibrate: { Value: 5 } }],
    ]);
    expect(everything.outputs.map((o) => o.command)).toEqual([
      { Vibrate: { Value: 10 } },
      { Rotate: { Value: 10 } },
      { RotationWithDirection: { Value: 10, Clockwise: true } },
      { Oscillate: { Value: 10 } },
      { Constrict: { Value: 5 } },
      { Spray: { Value: 3 } },
      { Temperature: { Value: 3 } },
      { Led: { Value: 1 } },
      { Position: { Value: 50 } },
      { HwPositionWithDuration: { Value: 50, Duration: 500 } },
      { Vibrate: { Value: 5 } },
    ]);
    // device.stop() for each, then stopAll, then the session's own stop on Disconnect.
    expect(vibrator.stops.length).toBeGreaterThanOrEqual(2);
    expect(stdout).toContain("device 1 (Everything) feature 9: HwPositionWithDuration at 50%");
    expect(stdout).toContain("device 0 (Test Vibrator): stopped");
  });

  test("sensors: reads battery/RSSI/pressure/position, prints subscribed readings, unsubscribes", async () => {
    vibrator.setInput(2, { Battery: { Value: 73 } });
    everything.setInput(11, { RSSI: { Value: -61 } });
    const running = runExample("sensors", fixture.url);
    // Once the example has subscribed to the button, press it.
    for (let i = 0; i < 2000 && !everything.subscriptions.has("13:Button"); i++)
      await new Promise((r) => setTimeout(r, 5));
    everything.emitReading(13, { Button: { Value: 1 } });
    const { code, stdout } = await running;
    expect(code).toBe(0);
    expect(stdout).toContain("device 0 (Test Vibrator) feature 2: Battery = 73%");
    expect(stdout).toContain("device 1 (Everything) feature 11: RSSI = -61 dBm");
    expect(stdout).toContain("device 1 (Everything) feature 13: subscribed to Button");
    expect(stdout).toContain("device 1 (Everything) feature 13: Button reading 1");
    expect(stdout).toContain("unsubscribed from 3 input(s)");
    expect(everything.subscriptions.size).toBe(0);
  });

  test("errors: each failure is shown with its class, ErrorCode and a message naming device, feature and range", async () => {
    const { code, stdout } = await runExample("errors", fixture.url);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "connect to a closed port: ButtplugConnectionError (ErrorCode Unknown): cannot connect to ws://127.0.0.1:1",
    );
    expect(stdout).toContain(
      "vibrate above the range: ButtplugDeviceError (ErrorCode Device): Device 0 (Test Vibrator) feature 0 (Motor 1): Vibrate value 21 is outside the range [0, 20]",
    );
    expect(stdout).toContain(
      "Rotate on a device without it: ButtplugDeviceError (ErrorCode Device): Device 0 (Test Vibrator) has no Rotate output (its outputs: Vibrate)",
    );
    expect(stdout).toMatch(
      /a command for a device index the server does not have: ButtplugDeviceError \(ErrorCode Device\): OutputCmd \(Id \d+\): DeviceIndex 4000: no such device/,
    );
    expect(stdout).toContain("ButtplugDeviceError: fix the value or pick another feature");
    // Refused commands never reached the device.
    expect(vibrator.outputs).toEqual([]);
  });

  test("an example pointed at a closed port fails with a readable error and exit code 1", async () => {
    const { code, stderr } = await runExample("connection", "ws://127.0.0.1:1");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: ButtplugConnectionError: cannot connect to ws:\/\/127.0.0.1:1/);
  });
});

describe("examples against the simulated devices of `npm start`", () => {
  test("device enumeration lists the simulated Lovense, WeVibe, TCode and Launch devices", async () => {
    const sources = await createDeviceSources(
      { ...DEFAULT_HARDWARE_OPTIONS, useBluetooth: false, simulate: ["default"] },
      silentLogger,
    );
    const fixture = await startServer(sources);
    try {
      await fixture.server.devices.startScanning();
      const { code, stdout } = await runExample("device-enumeration", fixture.url, { BPKIT_SCAN_MS: "1000" });
      expect(code).toBe(0);
      expect(stdout).toMatch(/device \d+: Lovense Lush\n {2}feature 0: outputs: Vibrate 0–20/);
      expect(stdout).toContain("WeVibe Sync");
      expect(stdout).toContain("Fleshlight Launch");
      expect(stdout).toMatch(/HwPositionWithDuration 0–\d+ over/);
    } finally {
      await fixture.close();
    }
  });
});
