/**
 * Interop with the reference server compiled to WebAssembly (npm buttplug-wasm@2.0.1, spec v3):
 * test/client/wasm/interop.ts runs bpkit's client against it in a child process (the package is
 * an ES module with top-level await and needs browser globals, which jest's runtime cannot give
 * it) and prints what it saw; this test asserts on that.
 */
import * as path from "node:path";
import { runWasmChild } from "./wasm/run-child";

interface Observed {
  serverInfo: { serverName: string; maxPingTime: number; protocolVersionMajor: number; protocolVersionMinor: number };
  devicesAtConnect: number;
  events: string[];
  device: {
    index: number;
    name: string;
    timingGap: number;
    features: Array<{
      index: number;
      description: string;
      outputs: Record<string, number[]>;
      inputs: Record<string, unknown>;
    }>;
  };
  stepWrites: number[][];
  fractionWrites: number[][];
  deviceStopWrites: number[][];
  stopAllWrites: number[][];
  refused: string;
  disconnectWrites: number[][];
  writesAfterRefusedUnchanged: boolean;
  connectedAfterDisconnect: boolean;
  auto: { version: number; serverName: string };
}

let observed: Observed;

beforeAll(async () => {
  observed = await runWasmChild<Observed>(path.join(__dirname, "wasm", "interop.ts"), 60000);
}, 90000);

/** Magic Motion 1 vibrate frame as the reference encodes it, with the speed byte at index 9. */
const frame = (speed: number) => [0x0b, 0xff, 0x04, 0x0a, 0x32, 0x32, 0x00, 0x04, 0x08, speed, 0x64, 0x00];

test("handshake as a v3 client: ServerInfo of the reference server, presented with v4 names", () => {
  expect(observed.serverInfo).toEqual({
    serverName: "Buttplug Server",
    maxPingTime: 0,
    protocolVersionMajor: 3,
    protocolVersionMinor: 0,
  });
  expect(observed.devicesAtConnect).toBe(0);
});

test("scan: the reference's DeviceAdded becomes deviceAdded with v4 features (ScalarCmd → Vibrate output, SensorReadCmd → Battery input)", () => {
  expect(observed.events.slice(0, 2).sort()).toEqual(["deviceAdded 0 MagicMotion Smart Mini Vibe", "scanningFinished"]);
  expect(observed.device).toEqual({
    index: 0,
    name: "MagicMotion Smart Mini Vibe",
    timingGap: 0,
    features: [
      { index: 0, description: "N/A", outputs: { Vibrate: [0, 100] }, inputs: {} },
      {
        index: 1,
        description: "Battery Level",
        outputs: {},
        inputs: { Battery: { ranges: [[0, 100]], commands: ["Read"] } },
      },
    ],
  });
});

test("every integer step 0…100 reaches the device as exactly that speed byte (v3 floats survive the reference's ceil)", () => {
  expect(observed.stepWrites).toEqual(Array.from({ length: 101 }, (_, step) => frame(step)));
});

test("fractions round like the reference: 0.5 → 50, 0.333 → 34", () => {
  expect(observed.fractionWrites).toEqual([frame(50), frame(34)]);
});

test("device stop (StopDeviceCmd) and stopAll (StopAllDevices) stop the motor", () => {
  expect(observed.deviceStopWrites).toEqual([frame(0)]);
  expect(observed.stopAllWrites).toEqual([frame(0)]);
});

test("disconnect stops the motor (StopAllDevices: v3 has no Disconnect)", () => {
  expect(observed.disconnectWrites).toEqual([frame(0)]);
});

test("an out-of-range step is refused by the client with nothing sent; disconnect removes the device", () => {
  expect(observed.refused).toBe(
    "Device 0 (MagicMotion Smart Mini Vibe) feature 0 (N/A): Vibrate value 101 is outside the range [0, 100]",
  );
  expect(observed.writesAfterRefusedUnchanged).toBe(true);
  expect(observed.events.at(-1)).toBe("deviceRemoved 0");
  expect(observed.connectedAfterDisconnect).toBe(false);
  expect(observed.events.filter((e) => e.startsWith("error"))).toEqual([]);
});

test('specVersion "auto" falls back to v3 when the reference server refuses the v4 handshake', () => {
  expect(observed.auto).toEqual({ version: 3, serverName: "Buttplug Server" });
});
