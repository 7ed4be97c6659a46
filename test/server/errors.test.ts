/** Everything a client can get wrong is answered with a spec-valid Error, and the session survives. */
import { ErrorCode } from "../../runtime/errors";
import { TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { body, type FrameClient, inProcess, nameOf, startSession, websocket, type Msg } from "./helpers";

function expectError(reply: Msg, id: number, code: ErrorCode, pattern: RegExp): void {
  expect(nameOf(reply)).toBe("Error");
  expect(body(reply).Id).toBe(id);
  expect(body(reply).ErrorCode).toBe(code);
  expect(String(body(reply).ErrorMessage)).toMatch(pattern);
}

describe.each([inProcess, websocket])("errors over $name", (harness) => {
  let client: FrameClient;
  let close: () => Promise<void>;
  let open: () => Promise<FrameClient>;
  let device: TestDevice;

  beforeEach(async () => {
    device = new TestDevice({ name: "Vib", features: vibratorFeatures() });
    const source = new TestDeviceSource();
    ({ client, close, open } = await startSession(harness, { deviceSources: [source] }, { maxFrameSize: 2048 }));
    source.add(device);
  });
  afterEach(async () => {
    await close();
    expect(client.invalid).toEqual([]);
  });

  async function usable(id = 999): Promise<void> {
    expect(await client.request({ Ping: { Id: id } })).toEqual({ Ok: { Id: id } });
  }

  test("a message before the handshake is ERROR_INIT with its Id; the handshake still works after", async () => {
    expectError(
      await client.request({ Ping: { Id: 3 } }),
      3,
      ErrorCode.Init,
      /first message must be RequestServerInfo, got Ping/,
    );
    expect(nameOf(await client.handshake())).toBe("ServerInfo");
  });

  test("a client newer than the server gets ERROR_INIT and is disconnected", async () => {
    const reply = await client.request({
      RequestServerInfo: { Id: 1, ClientName: "future", ProtocolVersionMajor: 5, ProtocolVersionMinor: 0 },
    });
    expectError(reply, 1, ErrorCode.Init, /spec v5, newer than this server's v4/);
    await client.whenClosed();
  });

  test("unparsable JSON is ERROR_MSG with Id 0", async () => {
    await client.handshake();
    client.sendRaw('[{"Ping": {"Id": 1}');
    expectError(await client.reply(0), 0, ErrorCode.Msg, /not valid JSON/);
    await usable();
  });

  test("a frame that is not an array is ERROR_MSG with Id 0", async () => {
    await client.handshake();
    client.sendRaw('{"Ping": {"Id": 1}}');
    expectError(await client.reply(0), 0, ErrorCode.Msg, /JSON array/);
    await usable();
  });

  test("Id 0 from a client is ERROR_MSG naming the field", async () => {
    await client.handshake();
    client.send({ Ping: { Id: 0 } });
    expectError(await client.reply(0), 0, ErrorCode.Msg, /\/0\/Ping\/Id/);
    await usable();
  });

  test("a schema-invalid message is ERROR_MSG with its Id, naming the pointer", async () => {
    await client.handshake();
    const reply = await client.request({
      OutputCmd: { Id: 12, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: "fast" } } },
    });
    expectError(reply, 12, ErrorCode.Msg, /\/0\/OutputCmd\/Command\/Vibrate\/Value/);
    await usable();
  });

  test("an unknown message is ERROR_MSG with its Id", async () => {
    await client.handshake();
    expectError(
      await client.request({ Frobnicate: { Id: 4 } }),
      4,
      ErrorCode.Msg,
      /Frobnicate is not a message of spec v4/,
    );
    await usable();
  });

  test("a message of another spec version is ERROR_MSG saying where it exists", async () => {
    await client.handshake();
    const reply = await client.request({
      ScalarCmd: { Id: 5, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: 0.5, ActuatorType: "Vibrate" }] },
    });
    expectError(reply, 5, ErrorCode.Msg, /ScalarCmd is not a message of spec v4 \(it exists in spec v3\)/);
    await usable();
  });

  test("a server message sent by the client is ERROR_MSG", async () => {
    await client.handshake();
    expectError(await client.request({ Ok: { Id: 6 } }), 6, ErrorCode.Msg, /Ok is a server message/);
    await usable();
  });

  test("a second RequestServerInfo is ERROR_INIT", async () => {
    await client.handshake();
    const reply = await client.request({
      RequestServerInfo: { Id: 9, ClientName: "again", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 },
    });
    expectError(reply, 9, ErrorCode.Init, /handshake already done/);
    await usable();
  });

  test.each([
    [{ DeviceIndex: 7, FeatureIndex: 0, Command: { Vibrate: { Value: 1 } } }, /DeviceIndex 7: no such device/],
    [{ DeviceIndex: 0, FeatureIndex: 9, Command: { Vibrate: { Value: 1 } } }, /no FeatureIndex 9/],
    [
      { DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 21 } } },
      /FeatureIndex 0: Vibrate Value 21 is outside the advertised range \[0, 20\]/,
    ],
    [
      { DeviceIndex: 0, FeatureIndex: 0, Command: { Rotate: { Value: 1 } } },
      /FeatureIndex 0: has no Rotate output \(has: Vibrate\)/,
    ],
    [{ DeviceIndex: 0, FeatureIndex: 2, Command: { Vibrate: { Value: 1 } } }, /has no Vibrate output \(has: none\)/],
  ])("OutputCmd %j is ERROR_DEVICE naming what was wrong", async (fields, pattern) => {
    await client.handshake();
    expectError(await client.request({ OutputCmd: { Id: 21, ...fields } }), 21, ErrorCode.Device, pattern);
    expect(device.outputs).toEqual([]);
    await usable();
  });

  test("InputCmd for a missing input is ERROR_DEVICE", async () => {
    await client.handshake();
    const reply = await client.request({
      InputCmd: { Id: 22, DeviceIndex: 0, FeatureIndex: 0, Type: "Battery", Command: "Read" },
    });
    expectError(reply, 22, ErrorCode.Device, /has no Battery input \(has: none\)/);
  });

  test("StopCmd for a missing device or feature is ERROR_DEVICE", async () => {
    await client.handshake();
    expectError(await client.request({ StopCmd: { Id: 23, DeviceIndex: 3 } }), 23, ErrorCode.Device, /DeviceIndex 3/);
    expectError(
      await client.request({ StopCmd: { Id: 24, DeviceIndex: 0, FeatureIndex: 8 } }),
      24,
      ErrorCode.Device,
      /FeatureIndex 8/,
    );
  });

  test("an oversize frame is answered with an Error, not a crash, and the session stays usable", async () => {
    await client.handshake();
    client.send({ RequestDeviceList: { Id: 30 }, Padding: "x".repeat(5000) });
    expectError(await client.reply(0), 0, ErrorCode.Msg, /exceeds the maximum frame size of 2048 bytes/);
    await usable();
  });

  test("a second client's handshake is refused with a clear reason; the first stays usable", async () => {
    await client.handshake("first");
    const second = await open();
    const refusal = await second.handshake("second");
    expectError(refusal, 1, ErrorCode.Init, /another client \("first"\) is already connected/);
    await second.whenClosed();
    expect(second.closeReason).toMatch(/already connected/);
    await usable();
  });

  test("once the first client is gone, the next one is accepted at once", async () => {
    await client.handshake("first");
    expect(await client.request({ Disconnect: { Id: 2 } })).toEqual({ Ok: { Id: 2 } });
    await client.whenClosed();
    // The slot is free as soon as the old session starts stopping its devices.
    const next = await open();
    expect(nameOf(await next.handshake("second"))).toBe("ServerInfo");
    expect(await next.request({ Ping: { Id: 5 } })).toEqual({ Ok: { Id: 5 } });
  });
});
