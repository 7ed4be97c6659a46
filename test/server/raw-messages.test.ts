/**
 * Spec v2/v3 Raw*Cmd with --allow-raw-messages: the session runs them on the device's RawAccess
 * (v4 has no raw messages), lists them in DeviceList, and forwards raw notifications as RawReading
 * Id 0. Every server frame is validated against the client version's schemas.
 */
import type { SpecVersion } from "../../generated";
import { ErrorCode } from "../../runtime/errors";
import { ButtplugServer, TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { createInProcessPair } from "../../runtime/transport";
import { body, FrameClient, nameOf, type Msg } from "./helpers";

function setup(version: SpecVersion, allowRawMessages: boolean) {
  const device = new TestDevice({
    name: "Raw Toy",
    identifier: "test/raw",
    features: vibratorFeatures(),
    rawEndpoints: ["tx", "rx"],
  });
  const source = new TestDeviceSource([device]);
  const server = new ButtplugServer({ name: "raw", maxPingTime: 0, deviceSources: [source], allowRawMessages });
  const { client: end, server: serverEnd } = createInProcessPair();
  server.connect(serverEnd);
  const client = new FrameClient(end);
  client.version = version;
  return { device, server, client };
}

let current: ReturnType<typeof setup> | undefined;
afterEach(async () => {
  if (!current) return;
  await current.server.shutdown();
  expect(current.client.invalid).toEqual([]);
  current = undefined;
});

async function connect(version: SpecVersion, allowRawMessages = true) {
  current = setup(version, allowRawMessages);
  const { client } = current;
  await client.request({ RequestServerInfo: { Id: 1, ClientName: "raw app", MessageVersion: version } });
  await client.request({ StartScanning: { Id: 2 } });
  await client.next((m) => nameOf(m) === "DeviceAdded");
  return current;
}

function deviceMessages(list: Msg): Record<string, unknown> {
  const devices = body(list).Devices as Array<{ DeviceMessages: Record<string, unknown> }>;
  expect(devices).toHaveLength(1);
  return devices[0].DeviceMessages;
}

describe("spec v3 client, --allow-raw-messages", () => {
  test("DeviceList and DeviceAdded list RawReadCmd, RawWriteCmd and RawSubscribeCmd with the device's endpoints", async () => {
    const { client } = await connect(3);
    const added = client.received.find((m) => nameOf(m) === "DeviceAdded")!;
    const messages = deviceMessages(await client.request({ RequestDeviceList: { Id: 3 } }));
    for (const m of [messages, body(added).DeviceMessages as Record<string, unknown>]) {
      expect(m.RawReadCmd).toEqual({ Endpoints: ["tx", "rx"] });
      expect(m.RawWriteCmd).toEqual({ Endpoints: ["tx", "rx"] });
      expect(m.RawSubscribeCmd).toEqual({ Endpoints: ["tx", "rx"] });
      expect(m).not.toHaveProperty("RawUnsubscribeCmd");
      expect(m.ScalarCmd).toHaveLength(2);
    }
  });

  test("RawWriteCmd reaches the device with its bytes and WriteWithResponse", async () => {
    const { client, device } = await connect(3);
    expect(
      await client.request({
        RawWriteCmd: { Id: 4, DeviceIndex: 0, Endpoint: "tx", Data: [1, 2, 255], WriteWithResponse: true },
      }),
    ).toEqual({ Ok: { Id: 4 } });
    expect(
      await client.request({
        RawWriteCmd: { Id: 5, DeviceIndex: 0, Endpoint: "rx", Data: [7], WriteWithResponse: false },
      }),
    ).toEqual({ Ok: { Id: 5 } });
    expect(device.commands.filter((c) => c.kind === "rawWrite")).toEqual([
      { kind: "rawWrite", endpoint: "tx", data: [1, 2, 255], withResponse: true },
      { kind: "rawWrite", endpoint: "rx", data: [7], withResponse: false },
    ]);
  });

  test("RawReadCmd answers RawReading with the device's bytes and the client's Id", async () => {
    const { client, device } = await connect(3);
    device.setRawData("rx", [9, 8, 7, 6]);
    const reply = await client.request({
      RawReadCmd: { Id: 6, DeviceIndex: 0, Endpoint: "rx", ExpectedLength: 3, WaitForData: false },
    });
    expect(reply).toEqual({ RawReading: { Id: 6, DeviceIndex: 0, Endpoint: "rx", Data: [9, 8, 7] } });
    expect(device.commands.filter((c) => c.kind === "rawRead")).toMatchObject([
      { kind: "rawRead", endpoint: "rx", length: 3 },
    ]);
  });

  test("RawSubscribeCmd delivers RawReading events with Id 0 until RawUnsubscribeCmd", async () => {
    const { client, device } = await connect(3);
    expect(await client.request({ RawSubscribeCmd: { Id: 7, DeviceIndex: 0, Endpoint: "rx" } })).toEqual({
      Ok: { Id: 7 },
    });
    expect(device.rawSubscriptions.has("rx")).toBe(true);
    const from = client.received.length;
    device.emitRaw("rx", [0x10, 0x20]);
    expect(await client.next((m) => nameOf(m) === "RawReading", from)).toEqual({
      RawReading: { Id: 0, DeviceIndex: 0, Endpoint: "rx", Data: [0x10, 0x20] },
    });
    expect(await client.request({ RawUnsubscribeCmd: { Id: 8, DeviceIndex: 0, Endpoint: "rx" } })).toEqual({
      Ok: { Id: 8 },
    });
    expect(device.rawSubscriptions.has("rx")).toBe(false);
    const after = client.received.length;
    // The device would no longer emit, but even a stray emission must not reach the client.
    device.emit("rawReading", "rx", [0x30]);
    expect(await client.request({ Ping: { Id: 9 } })).toEqual({ Ok: { Id: 9 } });
    expect(client.received.slice(after).filter((m) => nameOf(m) === "RawReading")).toEqual([]);
  });

  test("raw subscriptions end with the session, after the device is stopped", async () => {
    const { client, device, server } = await connect(3);
    await client.request({ RawSubscribeCmd: { Id: 7, DeviceIndex: 0, Endpoint: "tx" } });
    const session = server.session!;
    const ended = new Promise<void>((resolve) => session.once("end", () => resolve()));
    client.connection.close("client went away");
    await ended;
    expect(device.rawSubscriptions.size).toBe(0);
    const kinds = device.commands.map((c) => c.kind);
    expect(kinds).toContain("stop");
    expect(kinds.lastIndexOf("stop")).toBeLessThan(kinds.lastIndexOf("rawUnsubscribe"));
  });

  test("an endpoint the device does not have is ERROR_DEVICE naming it and the device's endpoints", async () => {
    const { client, device } = await connect(3);
    const reply = await client.request({
      RawWriteCmd: { Id: 10, DeviceIndex: 0, Endpoint: "firmware", Data: [1], WriteWithResponse: false },
    });
    expect(body(reply)).toMatchObject({ Id: 10, ErrorCode: ErrorCode.Device });
    expect(String(body(reply).ErrorMessage)).toMatch(/"firmware".*tx, rx/);
    expect(device.commands.filter((c) => c.kind === "rawWrite")).toEqual([]);
  });

  test("an unknown DeviceIndex is ERROR_DEVICE", async () => {
    const { client } = await connect(3);
    const reply = await client.request({
      RawReadCmd: { Id: 11, DeviceIndex: 5, Endpoint: "rx", ExpectedLength: 0, WaitForData: true },
    });
    expect(body(reply)).toMatchObject({ Id: 11, ErrorCode: ErrorCode.Device });
    expect(String(body(reply).ErrorMessage)).toMatch(/DeviceIndex 5/);
  });
});

describe("spec v2 client, --allow-raw-messages", () => {
  test("DeviceList lists all four raw messages with their endpoints (as the reference's spec-v2 schema allows) and RawReadCmd answers RawReading", async () => {
    const { client, device } = await connect(2);
    const messages = deviceMessages(await client.request({ RequestDeviceList: { Id: 3 } }));
    const endpoints = { Endpoints: expect.arrayContaining(["tx"]) };
    expect(messages).toMatchObject({
      RawWriteCmd: endpoints,
      RawReadCmd: endpoints,
      RawSubscribeCmd: endpoints,
      RawUnsubscribeCmd: endpoints,
    });
    device.setRawData("tx", [1, 2]);
    expect(
      await client.request({
        RawReadCmd: { Id: 4, DeviceIndex: 0, Endpoint: "tx", ExpectedLength: 0, WaitForData: true },
      }),
    ).toEqual({
      RawReading: { Id: 4, DeviceIndex: 0, Endpoint: "tx", Data: [1, 2] },
    });
  });
});

describe("without --allow-raw-messages", () => {
  test.each([2, 3] as const)(
    "v%i: Raw*Cmd is the clear 'disabled' Error and DeviceList lists no raw messages",
    async (version) => {
      const { client, device } = await connect(version, false);
      const messages = deviceMessages(await client.request({ RequestDeviceList: { Id: 3 } }));
      expect(Object.keys(messages).filter((k) => k.startsWith("Raw"))).toEqual([]);
      const reply = await client.request({
        RawWriteCmd: { Id: 4, DeviceIndex: 0, Endpoint: "tx", Data: [1], WriteWithResponse: false },
      });
      expect(body(reply)).toMatchObject({ Id: 4, ErrorCode: ErrorCode.Msg });
      expect(String(body(reply).ErrorMessage)).toMatch(/--allow-raw-messages/);
      expect(device.commands.filter((c) => c.kind.startsWith("raw"))).toEqual([]);
    },
  );
});
