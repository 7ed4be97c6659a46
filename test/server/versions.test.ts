/**
 * Older clients through the translation glue (with the translation bodies in runtime/translation/steps):
 * handshakes in each version's shape, fan-out answered once, events downgraded, requests recorded
 * for replies. Every server frame is validated against the client version's generated validators.
 */
import type { SpecVersion } from "../../generated";
import { ErrorCode } from "../../runtime/errors";
import { ButtplugServer, TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { createInProcessPair } from "../../runtime/transport";
import { body, FrameClient, nameOf } from "./helpers";

function setup(version: SpecVersion, options: { allowRawMessages?: boolean } = {}) {
  const device = new TestDevice({ name: "Vib", identifier: "test/vib", features: vibratorFeatures() });
  const source = new TestDeviceSource([device]);
  const server = new ButtplugServer({ name: "versions", maxPingTime: 1000, deviceSources: [source], ...options });
  const { client: end, server: serverEnd } = createInProcessPair();
  server.connect(serverEnd);
  const client = new FrameClient(end);
  client.version = version;
  return { device, source, server, client };
}

let current: ReturnType<typeof setup> | undefined;
afterEach(async () => {
  if (!current) return;
  await current.server.shutdown();
  expect(current.client.invalid).toEqual([]);
  current = undefined;
});

describe("handshake per spec version", () => {
  test("v0 (no version field): v0 ServerInfo naming MessageVersion 0", async () => {
    current = setup(0);
    const reply = await current.client.request({ RequestServerInfo: { Id: 1, ClientName: "old" } });
    expect(reply).toEqual({
      ServerInfo: {
        Id: 1,
        ServerName: "versions",
        MajorVersion: 0,
        MinorVersion: 0,
        BuildVersion: 0,
        MessageVersion: 0,
        MaxPingTime: 1000,
      },
    });
    expect(current.server.session?.version).toBe(0);
  });

  test.each([1, 2, 3] as const)(
    "v%i (MessageVersion): ServerInfo names the client's version, never a newer one",
    async (version) => {
      current = setup(version);
      const reply = await current.client.request({
        RequestServerInfo: { Id: 4, ClientName: "mid", MessageVersion: version },
      });
      expect(nameOf(reply)).toBe("ServerInfo");
      expect(body(reply).MessageVersion).toBe(version);
      expect(body(reply)).not.toHaveProperty("ProtocolVersionMajor");
      expect(current.server.session?.version).toBe(version);
    },
  );

  test("an invalid RequestServerInfo is ERROR_MSG naming the field; a valid one still works after", async () => {
    current = setup(1);
    const reply = await current.client.request({ RequestServerInfo: { Id: 2, MessageVersion: 1 } });
    expect(body(reply)).toMatchObject({ Id: 2, ErrorCode: ErrorCode.Msg });
    expect(String(body(reply).ErrorMessage)).toMatch(/ClientName/);
    expect(
      nameOf(await current.client.request({ RequestServerInfo: { Id: 3, ClientName: "x", MessageVersion: 1 } })),
    ).toBe("ServerInfo");
  });
});

describe("spec v3 client", () => {
  async function connect() {
    current = setup(3);
    const { client } = current;
    await client.request({ RequestServerInfo: { Id: 1, ClientName: "v3", MessageVersion: 3 } });
    expect(await client.request({ StartScanning: { Id: 2 } })).toEqual({ Ok: { Id: 2 } });
    await client.next((m) => nameOf(m) === "DeviceAdded");
    return current;
  }

  test("a new device arrives as DeviceAdded (v4 DeviceList event diffed against what the client saw)", async () => {
    const { client } = await connect();
    const added = client.received.find((m) => nameOf(m) === "DeviceAdded")!;
    expect(body(added)).toMatchObject({ Id: 0, DeviceIndex: 0, DeviceName: "Vib" });
  });

  test("ScalarCmd with two subcommands fans out to two OutputCmds and gets exactly one Ok with the client's Id", async () => {
    const { client, device } = await connect();
    const from = client.received.length;
    const reply = await client.request({
      ScalarCmd: {
        Id: 10,
        DeviceIndex: 0,
        Scalars: [
          { Index: 0, Scalar: 0.5, ActuatorType: "Vibrate" },
          { Index: 1, Scalar: 1, ActuatorType: "Vibrate" },
        ],
      },
    });
    expect(reply).toEqual({ Ok: { Id: 10 } });
    expect(device.outputs).toEqual([
      { featureIndex: 0, command: { Vibrate: { Value: 10 } } },
      { featureIndex: 1, command: { Vibrate: { Value: 20 } } },
    ]);
    await client.request({ Ping: { Id: 11 } });
    expect(client.received.slice(from).filter((m) => body(m).Id === 10)).toHaveLength(1);
    expect(current!.server.session!.context!.inFlight).toBe(0);
  });

  test("a fan-out with one failing part answers one Error, the first failure", async () => {
    const { client } = await connect();
    const reply = await client.request({
      ScalarCmd: {
        Id: 12,
        DeviceIndex: 0,
        Scalars: [
          { Index: 0, Scalar: 0.5, ActuatorType: "Vibrate" },
          { Index: 5, Scalar: 1, ActuatorType: "Vibrate" },
        ],
      },
    });
    expect(nameOf(reply)).toBe("Error");
    expect(body(reply).Id).toBe(12);
  });

  test("SensorReadCmd is answered with the SensorReading it asked for (reply downgraded using the recorded request)", async () => {
    const { client, device } = await connect();
    device.setInput(2, { Battery: { Value: 55 } });
    const reply = await client.request({
      SensorReadCmd: { Id: 20, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" },
    });
    expect(nameOf(reply)).toBe("SensorReading");
    expect(body(reply)).toMatchObject({ Id: 20, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery", Data: [55] });
  });

  test("a device going away arrives as DeviceRemoved", async () => {
    const { client, device } = await connect();
    const from = client.received.length;
    await device.disconnect();
    const removed = await client.next((m) => nameOf(m) === "DeviceRemoved", from);
    expect(body(removed)).toEqual({ Id: 0, DeviceIndex: 0 });
  });

  test("Raw*Cmd without --allow-raw-messages is an Error saying how to allow them", async () => {
    const { client } = await connect();
    const reply = await client.request({
      RawWriteCmd: { Id: 30, DeviceIndex: 0, Endpoint: "tx", Data: [1, 2], WriteWithResponse: false },
    });
    expect(body(reply)).toMatchObject({ Id: 30, ErrorCode: ErrorCode.Msg });
    expect(String(body(reply).ErrorMessage)).toMatch(/--allow-raw-messages/);
  });
});

describe("spec v0 client", () => {
  async function connect() {
    current = setup(0);
    await current.client.request({ RequestServerInfo: { Id: 1, ClientName: "v0" } });
    return current;
  }

  test("SingleMotorVibrateCmd drives every vibrate feature, one Ok", async () => {
    const { client, device } = await connect();
    await client.request({ StartScanning: { Id: 2 } });
    await client.next((m) => nameOf(m) === "DeviceAdded");
    expect(await client.request({ SingleMotorVibrateCmd: { Id: 3, DeviceIndex: 0, Speed: 0.5 } })).toEqual({
      Ok: { Id: 3 },
    });
    expect(device.outputs.map((o) => o.featureIndex).sort()).toEqual([0, 1]);
  });

  test('Test echoes its TestString; TestString "Error" gets an Error', async () => {
    const { client } = await connect();
    expect(await client.request({ Test: { Id: 5, TestString: "Moo" } })).toEqual({
      Test: { Id: 5, TestString: "Moo" },
    });
    expect(nameOf(await client.request({ Test: { Id: 6, TestString: "Error" } }))).toBe("Error");
  });

  test("RequestLog is answered Ok", async () => {
    const { client } = await connect();
    expect(await client.request({ RequestLog: { Id: 7, LogLevel: "Warn" } })).toEqual({ Ok: { Id: 7 } });
  });

  test("a v4 message is not part of v0", async () => {
    const { client } = await connect();
    const reply = await client.request({ StopCmd: { Id: 8 } });
    expect(String(body(reply).ErrorMessage)).toMatch(/StopCmd is not a message of spec v0 \(it exists in spec v4\)/);
  });
});

describe("raw messages", () => {
  test("with --allow-raw-messages, Raw*Cmd to a device without raw access is ERROR_DEVICE, not the 'disabled' Error", async () => {
    current = setup(2, { allowRawMessages: true });
    const { client } = current;
    await client.request({ RequestServerInfo: { Id: 1, ClientName: "raw", MessageVersion: 2 } });
    await client.request({ StartScanning: { Id: 2 } });
    await client.next((m) => nameOf(m) === "DeviceAdded");
    const reply = await client.request({
      RawWriteCmd: { Id: 3, DeviceIndex: 0, Endpoint: "tx", Data: [1], WriteWithResponse: false },
    });
    expect(body(reply)).toMatchObject({ Id: 3, ErrorCode: ErrorCode.Device });
    expect(String(body(reply).ErrorMessage)).not.toMatch(/--allow-raw-messages/);
  });
});
