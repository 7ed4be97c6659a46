import { WebSocket } from "ws";
import { ErrorCode } from "../../../runtime/errors";
import { WebsocketDeviceManager, parseHandshake } from "../../../runtime/hardware/comm/websocket";
import type { ServerDevice } from "../../../runtime/server/device";
import { recordingLogger, testConfig, testProtocol, TEST_PROTOCOL } from "../test-protocol";
import { until } from "../../until";

function manager(getProtocol = (name: string) => (name === TEST_PROTOCOL ? testProtocol : undefined)) {
  const { log, lines } = recordingLogger();
  const wsdm = new WebsocketDeviceManager({ port: 0, config: testConfig(), getProtocol, log });
  return { wsdm, lines };
}

/** A websocket device: connects, sends its handshake, records binary frames it gets. */
async function connectDevice(port: number, identifier: string, address = "dev-1") {
  const socket = new WebSocket(`ws://127.0.0.1:${port}`);
  const frames: number[][] = [];
  socket.on("message", (data: Buffer, isBinary) => isBinary && frames.push([...data]));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  socket.send(JSON.stringify({ identifier, address, version: 0 }));
  return { socket, frames, closed };
}

const nextDevice = (wsdm: WebsocketDeviceManager) => new Promise<ServerDevice>((resolve) => wsdm.on("device", resolve));

describe("websocket device manager", () => {
  let wsdm: WebsocketDeviceManager;
  afterEach(async () => wsdm?.shutdown());

  test("listens on 127.0.0.1 and identifies a device by its handshake identifier", async () => {
    const m = manager();
    wsdm = m.wsdm;
    const port = await wsdm.listen();
    expect(port).toBeGreaterThan(0);
    expect(wsdm.host).toBe("127.0.0.1");
    const found = nextDevice(wsdm);
    const dev = await connectDevice(port, "TestDevice", "AB:CD");
    const device = await found;
    expect(device.name).toBe("Test Vibrator");
    expect(device.identifier).toBe(`${TEST_PROTOCOL}/AB:CD`);
    await device.output(0, { Vibrate: { Value: 12 } } as never);
    await until(() => dev.frames.length === 1);
    expect(dev.frames).toEqual([[0xa0, 0, 12]]);
  });

  test("binary frames from the device are notifications on rx", async () => {
    wsdm = manager().wsdm;
    const port = await wsdm.listen();
    const found = nextDevice(wsdm);
    const dev = await connectDevice(port, "TestDevice");
    const device = await found;
    const readings: unknown[] = [];
    device.on("reading", (index, reading) => readings.push([index, reading]));
    await device.subscribe(2, "Battery" as never);
    dev.socket.send(Uint8Array.of(0xb1, 42));
    await until(() => readings.length === 1);
    expect(readings).toEqual([[2, { Battery: { Value: 42 } }]]);
  });

  test("reads are refused with ERROR_DEVICE, as in the reference", async () => {
    wsdm = manager().wsdm;
    const port = await wsdm.listen();
    const found = nextDevice(wsdm);
    await connectDevice(port, "TestDevice");
    const device = await found;
    const reply = (device as unknown as { link: { execute(c: unknown): Promise<unknown> } }).link.execute({
      kind: "read",
      endpoint: "rx",
      length: 1,
      timeoutMs: 10,
    });
    await expect(reply).rejects.toMatchObject({ code: ErrorCode.Device });
  });

  test("an unknown identifier is closed with a reason naming it", async () => {
    const m = manager();
    wsdm = m.wsdm;
    const port = await wsdm.listen();
    const dev = await connectDevice(port, "NoSuchToy");
    const { code, reason } = await dev.closed;
    expect(code).toBe(1008);
    expect(reason).toContain('unknown identifier "NoSuchToy"');
    expect(m.lines.some((l) => l.level === "warn" && l.message.includes("NoSuchToy"))).toBe(true);
  });

  test("a first frame that is not the JSON handshake is refused", async () => {
    wsdm = manager().wsdm;
    const port = await wsdm.listen();
    const socket = new WebSocket(`ws://127.0.0.1:${port}`);
    await new Promise((resolve) => socket.once("open", resolve));
    const closed = new Promise<string>((resolve) => socket.on("close", (_c, reason) => resolve(reason.toString())));
    socket.send("hello");
    expect(await closed).toContain("not valid JSON");
  });

  test("a device whose protocol bpkit lacks is logged and skipped, the server keeps running", async () => {
    const m = manager(() => undefined);
    wsdm = m.wsdm;
    const port = await wsdm.listen();
    const dev = await connectDevice(port, "TestDevice");
    await dev.closed;
    expect(m.lines.some((l) => l.level === "warn" && l.message.includes("does not implement"))).toBe(true);
  });

  test("a device closing its socket emits disconnected once", async () => {
    wsdm = manager().wsdm;
    const port = await wsdm.listen();
    const found = nextDevice(wsdm);
    const dev = await connectDevice(port, "TestDevice");
    const device = await found;
    let disconnects = 0;
    device.on("disconnected", () => disconnects++);
    dev.socket.close();
    await until(() => disconnects === 1);
    expect(device.connected).toBe(false);
    await expect(device.output(0, { Vibrate: { Value: 1 } } as never)).rejects.toMatchObject({
      code: ErrorCode.Device,
    });
  });

  test("devices that connect before anyone listens are delivered to the first listener", async () => {
    const m = manager();
    wsdm = m.wsdm;
    const port = await wsdm.listen();
    await connectDevice(port, "TestDevice");
    await until(() => m.lines.some((l) => l.message.includes("identified as")));
    const device = await nextDevice(wsdm);
    expect(device.name).toBe("Test Vibrator");
  });
});

describe("parseHandshake", () => {
  const text = (value: unknown) => parseHandshake(Buffer.from(JSON.stringify(value)), false);
  test("accepts the reference's handshake", () => {
    expect(text({ identifier: "LVS-Lush", address: "AA", version: 0 })).toEqual({
      identifier: "LVS-Lush",
      address: "AA",
      version: 0,
    });
  });
  test("names what is missing", () => {
    expect(text({ address: "AA", version: 0 })).toContain('"identifier"');
    expect(text({ identifier: "x", version: 0 })).toContain('"address"');
    expect(text({ identifier: "x", address: "AA" })).toContain('"version"');
    expect(parseHandshake(Buffer.from([1, 2]), true)).toContain("text JSON");
  });
});
