/**
 * The client against bpkit's own server (in-process and over a websocket on 127.0.0.1:0): every
 * API call produces the right v4 message and the right device behaviour (the server's test device
 * records what it receives), events follow the device list, refused commands send nothing.
 */
import type { v4 } from "../../generated";
import {
  ButtplugClient,
  ButtplugConnectionError,
  ButtplugDeviceError,
  ButtplugInitError,
  ButtplugMessageError,
  type ClientDevice,
} from "../../runtime/client";
import { ErrorCode } from "../../runtime/errors";
import { TestDevice, vibratorFeatures } from "../../runtime/server";
import { next, startServer, type Harness, type ServerFixture } from "./helpers";
import { until } from "../until";
import { allowClientProblems } from "../setup/session-tap";

describe.each<Harness>(["in-process", "websocket"])("client ↔ bpkit server (%s)", (harness) => {
  let f: ServerFixture;
  let client: ButtplugClient;
  const added: ClientDevice[] = [];
  const removed: ClientDevice[] = [];

  beforeEach(async () => {
    f = await startServer(harness);
    client = new ButtplugClient({ name: "client test" });
    added.length = 0;
    removed.length = 0;
    client.on("deviceAdded", (d) => added.push(d));
    client.on("deviceRemoved", (d) => removed.push(d));
    await client.connect(f.connector);
  });

  afterEach(async () => {
    await client.disconnect();
    await f.close();
  });

  async function scan(): Promise<void> {
    await client.startScanning();
    await until(() => client.devices.size === 2, "two devices");
  }

  test("handshake: RequestServerInfo with ClientName and v4, then RequestDeviceList", async () => {
    expect(f.connector.bodies("RequestServerInfo")).toEqual([
      { Id: 1, ClientName: "client test", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 },
    ]);
    expect(f.connector.sentNames).toEqual(["RequestServerInfo", "RequestDeviceList"]);
    expect(client.connected).toBe(true);
    expect(client.serverInfo).toEqual({
      serverName: "bpkit",
      maxPingTime: 0,
      protocolVersionMajor: 4,
      protocolVersionMinor: 0,
    });
    expect(f.server.session?.clientName).toBe("client test");
  });

  test("scanning: deviceAdded for each device found, with name, index, timing gap and features", async () => {
    await scan();
    expect(f.source.calls.startScanning).toBe(1);
    expect(added.map((d) => [d.index, d.name, d.timingGap])).toEqual([
      [0, "Test Vibrator", 0],
      [1, "Everything", 50],
    ]);
    const vib = client.device(0);
    expect(
      [...vib.features.values()].map((x) => [x.index, x.description, [...x.outputs.keys()], [...x.inputs.keys()]]),
    ).toEqual([
      [0, "Motor 1", ["Vibrate"], []],
      [1, "Motor 2", ["Vibrate"], []],
      [2, "Battery", [], ["Battery"]],
    ]);
    expect(vib.feature(0).outputs.get("Vibrate")).toEqual({ type: "Vibrate", range: [0, 20] });
    expect(vib.feature(2).inputs.get("Battery")).toEqual({ type: "Battery", ranges: [[0, 100]], commands: ["Read"] });
    const all = client.device(1);
    expect(all.feature(9).outputs.get("HwPositionWithDuration")).toEqual({
      type: "HwPositionWithDuration",
      range: [0, 100],
      durationRange: [0, 10000],
    });
    expect(client.isScanning).toBe(true);
    await client.stopScanning();
    expect(f.source.calls.stopScanning).toBe(1);
  });

  test("scanningFinished when the server's scan ends", async () => {
    await client.startScanning();
    const finished = next(client, "scanningFinished");
    f.source.finishScanning();
    await finished;
    expect(client.isScanning).toBe(false);
  });

  test("every v4 output type from its feature method reaches the device as that OutputCmd", async () => {
    await scan();
    const d = client.device(1);
    await d.feature(0).vibrate(5);
    await d.feature(1).rotate(-7);
    await d.feature(2).rotateWithDirection(9, false);
    await d.feature(3).oscillate(20);
    await d.feature(4).constrict(3);
    await d.feature(5).spray(1);
    await d.feature(6).temperature(-2);
    await d.feature(7).led(1);
    await d.feature(8).position(42);
    await d.feature(9).positionWithDuration(80, 500);
    const expected: Array<{ featureIndex: number; command: v4.OutputCommand }> = [
      { featureIndex: 0, command: { Vibrate: { Value: 5 } } },
      { featureIndex: 1, command: { Rotate: { Value: -7 } } },
      { featureIndex: 2, command: { RotationWithDirection: { Value: 9, Clockwise: false } } },
      { featureIndex: 3, command: { Oscillate: { Value: 20 } } },
      { featureIndex: 4, command: { Constrict: { Value: 3 } } },
      { featureIndex: 5, command: { Spray: { Value: 1 } } },
      { featureIndex: 6, command: { Temperature: { Value: -2 } } },
      { featureIndex: 7, command: { Led: { Value: 1 } } },
      { featureIndex: 8, command: { Position: { Value: 42 } } },
      { featureIndex: 9, command: { HwPositionWithDuration: { Value: 80, Duration: 500 } } },
    ];
    expect(f.everything.outputs).toEqual(expected);
    // And on the wire: one OutputCmd each, with DeviceIndex and FeatureIndex.
    expect(f.connector.bodies("OutputCmd").map((b) => [b.DeviceIndex, b.FeatureIndex, b.Command])).toEqual(
      expected.map((e) => [1, e.featureIndex, e.command]),
    );
  });

  test("fractions follow the server's float rule (levels and Position ceil, HwPositionWithDuration trunc); negative fractions on signed ranges", async () => {
    await scan();
    const d = client.device(1);
    await d.feature(0).vibrate({ fraction: 0.51 }); // 10.2 → 11 on [0, 20]
    await d.feature(1).rotate({ fraction: -0.5 }); // → -10 on [-20, 20]
    await d.feature(8).position({ fraction: 0.333 }); // 33.3 → 34 on [0, 100]
    await d.feature(9).positionWithDuration({ fraction: 0.333 }, 100); // truncated: 33.3 → 33
    expect(f.everything.outputs.map((o) => o.command)).toEqual([
      { Vibrate: { Value: 11 } },
      { Rotate: { Value: -10 } },
      { Position: { Value: 34 } },
      { HwPositionWithDuration: { Value: 33, Duration: 100 } },
    ]);
  });

  test("device-level helpers command every feature of that type", async () => {
    await scan();
    await client.device(0).vibrate({ fraction: 1 });
    expect(f.vibrator.outputs).toEqual([
      { featureIndex: 0, command: { Vibrate: { Value: 20 } } },
      { featureIndex: 1, command: { Vibrate: { Value: 20 } } },
    ]);
    await client.device(1).temperature(4);
    await client.device(1).positionWithDuration(10, 250);
    expect(f.everything.outputs.map((o) => o.command)).toEqual([
      { Temperature: { Value: 4 } },
      { HwPositionWithDuration: { Value: 10, Duration: 250 } },
    ]);
  });

  test("inputs: battery(), rssi(), read(type) return the device's values", async () => {
    await scan();
    f.vibrator.setInput(2, { Battery: { Value: 64 } });
    expect(await client.device(0).battery()).toBe(64);
    f.everything.setInput(11, { RSSI: { Value: -55 } });
    expect(await client.device(1).rssi()).toBe(-55);
    f.everything.setInput(12, { Pressure: { Value: 1234 } });
    expect(await client.device(1).read("Pressure")).toBe(1234);
    expect(f.everything.commands.filter((c) => c.kind === "read")).toEqual([
      { kind: "read", featureIndex: 11, type: "RSSI" },
      { kind: "read", featureIndex: 12, type: "Pressure" },
    ]);
  });

  test("subscribe delivers readings to the callback and as inputReading events; unsubscribe ends it", async () => {
    await scan();
    const d = client.device(1);
    const values: number[] = [];
    const events: Array<[number, number, string, number]> = [];
    client.on("inputReading", (dev, feat, type, value) => events.push([dev.index, feat.index, type, value]));
    await d.subscribe("Button", (v) => values.push(v));
    expect(f.everything.subscriptions.has("13:Button")).toBe(true);
    f.everything.emitReading(13, { Button: { Value: 1 } });
    f.everything.emitReading(13, { Button: { Value: 0 } });
    await until(() => values.length === 2, "two readings");
    expect(values).toEqual([1, 0]);
    expect(events).toEqual([
      [1, 13, "Button", 1],
      [1, 13, "Button", 0],
    ]);
    await d.unsubscribe("Button");
    expect(f.everything.subscriptions.has("13:Button")).toBe(false);
    expect(f.connector.bodies("InputCmd").map((b) => b.Command)).toEqual(["Subscribe", "Unsubscribe"]);
  });

  test("stop at feature, device and client level send StopCmd with the right indices", async () => {
    await scan();
    await client.device(1).feature(3).stop();
    await client.device(0).stop();
    await client.stopAll();
    const stops = f.connector.bodies("StopCmd").map(({ Id: _id, ...rest }) => rest);
    expect(stops).toEqual([{ DeviceIndex: 1, FeatureIndex: 3 }, { DeviceIndex: 0 }, {}]);
    expect(f.everything.stops[0]).toEqual({ kind: "stop", featureIndex: 3, outputs: true, inputs: true });
    expect(f.vibrator.stops.map((s) => s.featureIndex)).toEqual([undefined, undefined]);
    expect(f.everything.stops).toHaveLength(2);
    // Outputs only / inputs only map onto StopCmd's Outputs / Inputs flags.
    await client.device(1).stop({ inputs: false });
    await client.device(1).feature(12).stop({ outputs: false });
    expect(f.everything.stops.slice(2)).toEqual([
      { kind: "stop", featureIndex: undefined, outputs: true, inputs: false },
      { kind: "stop", featureIndex: 12, outputs: false, inputs: true },
    ]);
  });

  test("refused before sending: unknown feature, missing output type, out of range, unsupported input command", async () => {
    await scan();
    const sentBefore = f.connector.sent.length;
    const d = client.device(0);
    expect(() => d.feature(7)).toThrow(
      "Device 0 (Test Vibrator) has no feature 7 (features: 0 (Motor 1), 1 (Motor 2), 2 (Battery))",
    );
    await expect(d.feature(0).vibrate(21)).rejects.toThrow(
      "Device 0 (Test Vibrator) feature 0 (Motor 1): Vibrate value 21 is outside the range [0, 20]",
    );
    await expect(d.feature(0).rotate(1)).rejects.toThrow(
      "Device 0 (Test Vibrator) feature 0 (Motor 1) has no Rotate output (its outputs: Vibrate; no feature of this device has Rotate)",
    );
    await expect(d.feature(2).vibrate(1)).rejects.toThrow("(its outputs: none; features with Vibrate: 0, 1)");
    await expect(d.rotate(1)).rejects.toThrow("Device 0 (Test Vibrator) has no Rotate output (its outputs: Vibrate)");
    await expect(d.vibrate({ fraction: 1.2 })).rejects.toThrow("fraction 1.2 is outside 0.0 to 1.0");
    await expect(d.subscribe("Battery", () => {})).rejects.toThrow(
      "Device 0 (Test Vibrator): no Battery input supports Subscribe",
    );
    await expect(d.rssi()).rejects.toThrow("Device 0 (Test Vibrator) has no RSSI input (its inputs: Battery)");
    await expect(client.device(1).feature(9).positionWithDuration(10, 20000)).rejects.toThrow(
      "HwPositionWithDuration duration (ms) 20000 is outside the range [0, 10000]",
    );
    const err = await d
      .feature(1)
      .vibrate(-1)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ButtplugDeviceError);
    expect((err as ButtplugDeviceError).code).toBe(ErrorCode.Device);
    expect(f.connector.sent.length).toBe(sentBefore);
    expect(f.vibrator.commands).toEqual([]);
  });

  test("a server Error reply becomes the typed error for its ErrorCode, naming the request", async () => {
    await scan();
    allowClientProblems();
    // Bypass the client's checks: the server must refuse a device index it does not have.
    const err = await client
      .request({ OutputCmd: { DeviceIndex: 9, FeatureIndex: 0, Command: { Vibrate: { Value: 1 } } } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ButtplugDeviceError);
    expect((err as ButtplugDeviceError).message).toMatch(/^OutputCmd \(Id \d+\): DeviceIndex 9: no such device/);
    expect((err as ButtplugDeviceError).messageId).toBe(f.connector.bodies("OutputCmd")[0].Id);
    // Out of range for the server: the client can be told a device changed; here we skip its check.
    const range = await client
      .request({ OutputCmd: { DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 99 } } } })
      .catch((e: unknown) => e);
    expect(range).toBeInstanceOf(ButtplugDeviceError);
    expect((range as Error).message).toMatch(/outside the advertised range \[0, 20\]/);
  });

  test("a device that disconnects fires deviceRemoved and its object refuses further commands", async () => {
    await scan();
    const gone = next<[ClientDevice]>(client, "deviceRemoved");
    const deviceRemovedEvent = next(client.device(0), "removed");
    await f.vibrator.disconnect();
    const [device] = await gone;
    await deviceRemovedEvent;
    expect(device.index).toBe(0);
    expect(client.devices.has(0)).toBe(false);
    expect(() => client.device(0)).toThrow("no device with index 0 (devices: 1 (Everything))");
    // A device announced later arrives as deviceAdded.
    const again = next<[ClientDevice]>(client, "deviceAdded");
    f.source.add(new TestDevice({ name: "Late", features: vibratorFeatures() }));
    expect((await again)[0].name).toBe("Late");
  });

  test("disconnect() sends Disconnect, the server stops devices, deviceRemoved and disconnect fire", async () => {
    await scan();
    const disconnected = next<[string]>(client, "disconnect");
    await client.disconnect();
    expect(f.connector.sentNames.at(-1)).toBe("Disconnect");
    expect((await disconnected)[0]).toBe("client disconnected");
    expect(removed.map((d) => d.index)).toEqual([0, 1]);
    expect(client.connected).toBe(false);
    await until(() => f.server.session === undefined, "session end");
    expect(f.vibrator.stops.length).toBeGreaterThanOrEqual(1);
    await expect(client.startScanning()).rejects.toBeInstanceOf(ButtplugConnectionError);
  });

  test("a second connect() while connected is refused", async () => {
    await expect(client.connect(f.connector)).rejects.toThrow(/already connected/);
  });

  test("a malformed request is refused by the generated v4 validator before sending (ButtplugMessageError)", async () => {
    const err = await client
      .request({ InputCmd: { DeviceIndex: 0, FeatureIndex: 0, Type: "Battery", Command: "Bogus" as "Read" } })
      .catch((e: unknown) => e);
    // The client's own check against the generated v4 validators stops it before sending.
    expect(err).toBeInstanceOf(ButtplugMessageError);
    expect((err as Error).message).toMatch(
      /InputCmd is not a valid spec v4 message \(\/InputCmd\/Command: must be one of/,
    );
    expect(f.connector.sentNames).not.toContain("InputCmd");
  });
});

describe("a server that already has a client", () => {
  test("refuses a second client: connect() rejects with the server's ERROR_INIT reason", async () => {
    const f = await startServer("websocket");
    const first = new ButtplugClient({ name: "first" });
    await first.connect(f.connector);
    const second = new ButtplugClient({ name: "second" });
    const err = await second.connect(f.connector).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ButtplugInitError);
    expect((err as Error).message).toMatch(/connection refused: another client \("first"\) is already connected/);
    // Node's client speaks every version: no classic script to recommend (browser-build.test.ts has the script's case).
    expect((err as Error).message).not.toMatch(/older spec|iife/);
    expect(second.connected).toBe(false);
    expect(first.connected).toBe(true);
    await first.disconnect();
    await f.close();
  });
});

test("a spec version the client does not speak is refused when the client is made, listing the ones it does", () => {
  expect(() => new ButtplugClient({ specVersion: 1 as never })).toThrow(
    new ButtplugMessageError(
      'specVersion 1: the client speaks spec v4, and v3 or v2 for older servers ("auto": v4, else v3)',
    ),
  );
  expect(new ButtplugClient().requestedSpecVersion).toBe(4);
});
