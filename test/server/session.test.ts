/** v4 sessions over both transports: handshake, devices, every command reaching the test device. */
import { ErrorCode } from "../../runtime/errors";
import { TestDevice, TestDeviceSource, everyFeature, vibratorFeatures } from "../../runtime/server";
import { body, inProcess, nameOf, startSession, websocket, type FrameClient } from "./helpers";

describe.each([inProcess, websocket])("v4 session over $name", (harness) => {
  let device: TestDevice;
  let source: TestDeviceSource;
  let client: FrameClient;
  let close: () => Promise<void>;
  let server: Awaited<ReturnType<typeof startSession>>["server"];

  beforeEach(async () => {
    device = new TestDevice({ name: "Everything", identifier: "test/everything", features: everyFeature() });
    source = new TestDeviceSource([device]);
    ({ client, close, server } = await startSession(harness, {
      name: "test server",
      maxPingTime: 0,
      deviceSources: [source],
    }));
  });
  afterEach(async () => {
    await close();
    expect(client.invalid).toEqual([]);
  });

  async function connectAndScan(): Promise<void> {
    await client.handshake();
    expect(await client.request({ StartScanning: { Id: 2 } })).toEqual({ Ok: { Id: 2 } });
    await client.next((m) => nameOf(m) === "DeviceList" && body(m).Id === 0);
  }

  test("handshake answers ServerInfo in v4 shape with the request's Id", async () => {
    const reply = await client.request({
      RequestServerInfo: { Id: 7, ClientName: "c", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 },
    });
    expect(reply).toEqual({
      ServerInfo: {
        Id: 7,
        ServerName: "test server",
        MaxPingTime: 0,
        ProtocolVersionMajor: 4,
        ProtocolVersionMinor: 0,
      },
    });
    expect(server.session?.clientName).toBe("c");
  });

  test("scanning announces devices (DeviceList Id 0), RequestDeviceList lists them, ScanningFinished follows", async () => {
    await connectAndScan();
    const event = client.received.find((m) => nameOf(m) === "DeviceList")!;
    const devices = body(event).Devices as Record<
      string,
      { DeviceName: string; DeviceIndex: number; DeviceFeatures: object }
    >;
    expect(Object.keys(devices)).toEqual(["0"]);
    expect(devices["0"].DeviceName).toBe("Everything");
    expect(Object.keys(devices["0"].DeviceFeatures)).toHaveLength(everyFeature().length);

    const list = await client.request({ RequestDeviceList: { Id: 3 } });
    expect(body(list).Id).toBe(3);
    expect(body(list).Devices).toEqual(devices);

    source.finishScanning();
    await client.next((m) => nameOf(m) === "ScanningFinished");
    expect(body(client.received.find((m) => nameOf(m) === "ScanningFinished")!)).toEqual({ Id: 0 });
  });

  test("StopScanning ends scanning with Ok and ScanningFinished", async () => {
    await connectAndScan();
    expect(await client.request({ StopScanning: { Id: 9 } })).toEqual({ Ok: { Id: 9 } });
    await client.next((m) => nameOf(m) === "ScanningFinished");
    expect(source.calls.stopScanning).toBe(1);
  });

  test("every OutputCmd type reaches the device, answered Ok with the client's Id", async () => {
    await connectAndScan();
    const commands = everyFeature()
      .filter((f) => f.Output)
      .map((f) => {
        const [type, limits] = Object.entries(f.Output!)[0] as [
          string,
          { Value: [number, number]; Duration?: [number, number] },
        ];
        const fields: Record<string, unknown> = { Value: limits.Value[1] };
        if (limits.Duration) fields.Duration = 500;
        if (type === "RotationWithDirection") fields.Clockwise = true;
        return { featureIndex: f.FeatureIndex, command: { [type]: fields } };
      });
    let id = 4000000000;
    for (const { featureIndex, command } of commands) {
      const reply = await client.request({
        OutputCmd: { Id: ++id, DeviceIndex: 0, FeatureIndex: featureIndex, Command: command },
      });
      expect(reply).toEqual({ Ok: { Id: id } });
    }
    expect(device.outputs).toEqual(commands);
  });

  test("InputCmd Read answers InputReading with the request's Id", async () => {
    await connectAndScan();
    device.setInput(10, { Battery: { Value: 42 } });
    const reply = await client.request({
      InputCmd: { Id: 55, DeviceIndex: 0, FeatureIndex: 10, Type: "Battery", Command: "Read" },
    });
    expect(reply).toEqual({
      InputReading: { Id: 55, DeviceIndex: 0, FeatureIndex: 10, Reading: { Battery: { Value: 42 } } },
    });
    expect(device.commands).toContainEqual({ kind: "read", featureIndex: 10, type: "Battery" });
  });

  test("InputCmd Subscribe streams readings with Id 0 until Unsubscribe; unsubscribed inputs stay quiet", async () => {
    await connectAndScan();
    expect(
      await client.request({
        InputCmd: { Id: 5, DeviceIndex: 0, FeatureIndex: 12, Type: "Pressure", Command: "Subscribe" },
      }),
    ).toEqual({ Ok: { Id: 5 } });
    expect(device.subscriptions.has("12:Pressure")).toBe(true);
    device.emitReading(14, { Position: { Value: 3 } }); // not subscribed: must not reach the client
    device.emitReading(12, { Pressure: { Value: 1234 } });
    const reading = await client.next((m) => nameOf(m) === "InputReading");
    expect(reading).toEqual({
      InputReading: { Id: 0, DeviceIndex: 0, FeatureIndex: 12, Reading: { Pressure: { Value: 1234 } } },
    });

    expect(
      await client.request({
        InputCmd: { Id: 6, DeviceIndex: 0, FeatureIndex: 12, Type: "Pressure", Command: "Unsubscribe" },
      }),
    ).toEqual({ Ok: { Id: 6 } });
    expect(device.commands).toContainEqual({ kind: "unsubscribe", featureIndex: 12, type: "Pressure" });
    const count = client.received.filter((m) => nameOf(m) === "InputReading").length;
    device.emitReading(12, { Pressure: { Value: 1 } });
    expect(await client.request({ Ping: { Id: 7 } })).toEqual({ Ok: { Id: 7 } });
    expect(client.received.filter((m) => nameOf(m) === "InputReading")).toHaveLength(count);
  });

  test("InputCmd with a command the input does not support is ERROR_DEVICE naming it", async () => {
    await connectAndScan();
    const reply = await client.request({
      InputCmd: { Id: 8, DeviceIndex: 0, FeatureIndex: 10, Type: "Battery", Command: "Subscribe" },
    });
    expect(body(reply)).toMatchObject({ Id: 8, ErrorCode: ErrorCode.Device });
    expect(String(body(reply).ErrorMessage)).toMatch(/Battery input does not allow Subscribe \(allows: Read\)/);
  });

  test.each([
    [{}, { featureIndex: undefined, outputs: true, inputs: true }],
    [{ DeviceIndex: 0 }, { featureIndex: undefined, outputs: true, inputs: true }],
    [
      { DeviceIndex: 0, FeatureIndex: 3 },
      { featureIndex: 3, outputs: true, inputs: true },
    ],
    [
      { DeviceIndex: 0, Outputs: false },
      { featureIndex: undefined, outputs: false, inputs: true },
    ],
    [{ Inputs: false }, { featureIndex: undefined, outputs: true, inputs: false }],
    [{ FeatureIndex: 3 }, { featureIndex: undefined, outputs: true, inputs: true }],
  ])("StopCmd %j reaches the device as %j", async (fields, expected) => {
    await connectAndScan();
    expect(await client.request({ StopCmd: { Id: 31, ...fields } })).toEqual({ Ok: { Id: 31 } });
    expect(device.stops).toEqual([{ kind: "stop", ...expected }]);
  });

  test("a device connecting or disconnecting sends a DeviceList event; indices stay stable across reconnects", async () => {
    await connectAndScan();
    const second = new TestDevice({ name: "Second", identifier: "test/second", features: vibratorFeatures() });
    const seen = client.received.length;
    source.add(second);
    const added = await client.next((m) => nameOf(m) === "DeviceList" && "1" in (body(m).Devices as object), seen);
    expect(body(added).Id).toBe(0);

    const before = client.received.length;
    await device.disconnect();
    const removed = await client.next((m) => nameOf(m) === "DeviceList", before);
    expect(Object.keys(body(removed).Devices as object)).toEqual(["1"]);

    // The same identifier comes back: same index 0; a new identifier gets a fresh index.
    const again = new TestDevice({ name: "Everything", identifier: "test/everything", features: everyFeature() });
    const third = new TestDevice({ name: "Third", identifier: "test/third", features: vibratorFeatures() });
    const mark = client.received.length;
    source.add(again);
    source.add(third);
    const list = await client.next(
      (m) => nameOf(m) === "DeviceList" && Object.keys(body(m).Devices as object).length === 3,
      mark,
    );
    const devices = body(list).Devices as Record<string, { DeviceName: string }>;
    expect(devices["0"].DeviceName).toBe("Everything");
    expect(devices["2"].DeviceName).toBe("Third");
  });

  test("a device disconnecting mid-command answers ERROR_DEVICE and updates the DeviceList", async () => {
    await connectAndScan();
    device.holdOutputs();
    const mark = client.received.length;
    client.send({ OutputCmd: { Id: 77, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 5 } } } });
    // The command must have reached the device before it drops.
    while (device.outputs.length === 0) await new Promise((r) => setImmediate(r));
    await device.disconnect();
    const reply = await client.reply(77);
    expect(body(reply)).toMatchObject({ Id: 77, ErrorCode: ErrorCode.Device });
    const list = await client.next((m) => nameOf(m) === "DeviceList", mark);
    expect(body(list).Devices).toEqual({});
    // And the session stays usable.
    expect(await client.request({ Ping: { Id: 78 } })).toEqual({ Ok: { Id: 78 } });
  });

  test("several messages in one frame are each answered", async () => {
    await connectAndScan();
    client.send(
      { Ping: { Id: 100 } },
      { OutputCmd: { Id: 101, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 1 } } } },
      { OutputCmd: { Id: 102, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 0 } } } },
    );
    const replies = await Promise.all([client.reply(100), client.reply(101), client.reply(102)]);
    expect(replies.map(nameOf)).toEqual(["Ok", "Ok", "Ok"]);
    // In the order sent.
    expect(device.outputs.map((o) => (o.command as { Vibrate: { Value: number } }).Vibrate.Value)).toEqual([1, 0]);
  });
});
