/**
 * SAFETY under hostile input (issue: nothing a local process or device does may freeze the server
 * while a toy runs). After each input the server still answers a Ping within 1 s, and a running toy
 * is stopped within 1 s of its client dropping. The bounds are generous safety deadlines, not
 * speed goals.
 */
import { performance } from "node:perf_hooks";
import { WebSocket } from "ws";
import { DEVICE_MAX_FRAME_BYTES, DEVICE_MAX_HANDSHAKE_BYTES, WebsocketDeviceManager } from "../../runtime/hardware/comm/websocket";
import { TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { websocketCloseReason } from "../../runtime/transport";
import { recordingLogger, testConfig, testProtocol, TEST_PROTOCOL } from "../hardware/test-protocol";
import { until } from "../hardware/until";
import { FrameClient, startSession, websocket } from "./helpers";

/** Safety deadline: a Ping answered, a stop delivered. */
const DEADLINE_MS = 1000;

/** A running server with a vibrating toy, a handshaken client and a device websocket port. */
async function runningToy() {
  const toy = new TestDevice({ name: "Vib", features: vibratorFeatures() });
  const source = new TestDeviceSource();
  const wsdm = new WebsocketDeviceManager({
    port: 0,
    config: testConfig(),
    getProtocol: (name) => (name === TEST_PROTOCOL ? testProtocol : undefined),
    log: recordingLogger("warn").log,
  });
  const devicePort = await wsdm.listen();
  const started = await startSession(websocket, { deviceSources: [source, wsdm] });
  source.add(toy);
  const client = started.client;
  await client.handshake();
  expect(await client.request({ OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } } })).toEqual({ Ok: { Id: 2 } });
  return { ...started, toy, devicePort };
}

let nextPingId = 1000;
/** The server answers a Ping within the safety deadline. */
async function expectPingAnswered(client: FrameClient): Promise<void> {
  const id = nextPingId++;
  const start = performance.now();
  expect(await client.request({ Ping: { Id: id } })).toEqual({ Ok: { Id: id } });
  expect(performance.now() - start).toBeLessThan(DEADLINE_MS);
}

/** The client drops without a closing handshake; the toy is stopped within the safety deadline. */
async function expectStopOnDrop(client: FrameClient, toy: TestDevice): Promise<void> {
  const start = performance.now();
  (client.connection as unknown as { terminate(): void }).terminate();
  await until(() => toy.stops.length > 0, DEADLINE_MS);
  expect(performance.now() - start).toBeLessThan(DEADLINE_MS);
}

/**
 * A raw device connection to the device websocket port sending `firstFrame`; resolves with how it
 * was closed, once the server was refusing it within the safety deadline.
 */
async function hostileDevice(port: number, firstFrame: string): Promise<{ code: number; reason: string }> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}`);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() })));
  socket.on("error", () => undefined);
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  const start = performance.now();
  socket.send(firstFrame);
  const result = await closed;
  expect(performance.now() - start).toBeLessThan(DEADLINE_MS);
  return result;
}

const handshake = (identifier: string) => JSON.stringify({ identifier, address: "AA", version: 0 });

describe("device websocket handshake", () => {
  test("an unknown identifier of 60 KiB (under the frame cap) is refused at once with a short reason", async () => {
    const s = await runningToy();
    try {
      const frame = handshake("x".repeat(60 * 1024));
      const { code, reason } = await hostileDevice(s.devicePort, frame);
      expect(code).toBe(1008);
      expect(reason).toBe(`handshake of ${frame.length} bytes is larger than ${DEVICE_MAX_HANDSHAKE_BYTES} bytes`);
      await expectPingAnswered(s.client);
      await expectStopOnDrop(s.client, s.toy);
    } finally {
      await s.close();
    }
  });

  test("a 10 MiB identifier is cut off by the frame cap (1009) while it arrives", async () => {
    const s = await runningToy();
    try {
      const { code } = await hostileDevice(s.devicePort, handshake("x".repeat(10 * 1024 * 1024)));
      expect(code).toBe(1009);
      await expectPingAnswered(s.client);
      await expectStopOnDrop(s.client, s.toy);
    } finally {
      await s.close();
    }
  });

  test("an identifier longer than a config name is refused, and the reason names the field", async () => {
    const s = await runningToy();
    try {
      const { code, reason } = await hostileDevice(s.devicePort, handshake("é".repeat(300)));
      expect(code).toBe(1008);
      expect(reason).toMatch(/"identifier" is longer than 256 characters/);
      await expectPingAnswered(s.client);
    } finally {
      await s.close();
    }
  });

  test("the device port's frame cap is small", () => {
    expect(DEVICE_MAX_FRAME_BYTES).toBeLessThanOrEqual(64 * 1024);
  });
});

describe("websocketCloseReason", () => {
  test("fits 123 bytes, ends in … when cut, never splits a character, and is linear on megabytes", () => {
    expect(websocketCloseReason("short")).toBe("short");
    const exact = "a".repeat(123);
    expect(websocketCloseReason(exact)).toBe(exact);
    const cut = websocketCloseReason("é".repeat(100));
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(123);
    expect(cut).toMatch(/^é+…$/);
    const start = performance.now();
    const huge = websocketCloseReason(`unknown identifier "${"x".repeat(10 * 1024 * 1024)}"`);
    expect(Buffer.byteLength(huge)).toBeLessThanOrEqual(123);
    expect(performance.now() - start).toBeLessThan(DEADLINE_MS);
  });
});
