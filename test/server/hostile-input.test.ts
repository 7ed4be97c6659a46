/**
 * SAFETY under hostile input (issue: nothing a local process or device does may freeze the server
 * while a toy runs). After each input the server still answers a Ping within 1 s, and a running toy
 * is stopped within 1 s of its client dropping. The bounds are generous safety deadlines, not
 * speed goals.
 */
import { connect } from "node:net";
import { performance } from "node:perf_hooks";
import { WebSocket } from "ws";
import { ErrorCode } from "../../runtime/errors";
import {
  DEVICE_MAX_FRAME_BYTES,
  DEVICE_MAX_HANDSHAKE_BYTES,
  WebsocketDeviceManager,
} from "../../runtime/hardware/comm/websocket";
import {
  ButtplugServer,
  TestDevice,
  TestDeviceSource,
  vibratorFeatures,
  type ButtplugServerOptions,
} from "../../runtime/server";
import {
  websocketCloseReason,
  WebsocketServerTransport,
  type WebsocketConnection,
  type WebsocketServerOptions,
} from "../../runtime/transport";
import { recordingLogger, testConfig, testProtocol, TEST_PROTOCOL } from "../hardware/test-protocol";
import { until } from "../until";
import { body, type FrameClient, inProcess, nameOf, startSession, websocket } from "./helpers";

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
  expect(
    await client.request({
      OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } },
    }),
  ).toEqual({ Ok: { Id: 2 } });
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
  await until(() => toy.stops.length > 0, "the toy stopped", DEADLINE_MS);
  expect(performance.now() - start).toBeLessThan(DEADLINE_MS);
}

/**
 * A raw device connection to the device websocket port sending `firstFrame`; resolves with how it
 * was closed, once the server was refusing it within the safety deadline.
 */
async function hostileDevice(
  port: number,
  firstFrame: string,
  onTime = true,
): Promise<{ code: number; reason: string }> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}`);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on("error", () => undefined);
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  const start = performance.now();
  socket.send(firstFrame);
  const result = await closed;
  if (onTime) expect(performance.now() - start).toBeLessThan(DEADLINE_MS);
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
      // Sending 10 MiB takes the sender itself a while on a busy machine: only the server's answers are timed.
      const { code } = await hostileDevice(s.devicePort, handshake("x".repeat(10 * 1024 * 1024)), false);
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

describe("messages per frame", () => {
  test("a 1 MiB frame of 524,287 tiny elements is refused with one Error; Ping and stop stay on time", async () => {
    const s = await runningToy();
    try {
      const frames: string[] = [];
      s.client.connection.on("frame", (frame) => frames.push(frame));
      const from = s.client.received.length;
      s.client.sendRaw(`[${"0,".repeat(524286)}0]`);
      const error = await s.client.next((m) => "Error" in m, from);
      expect(error).toEqual({
        Error: {
          Id: 0,
          ErrorCode: ErrorCode.Msg,
          ErrorMessage: "frame holds 524287 messages; at most 1000 per frame (nothing in it was handled)",
        },
      });
      await expectPingAnswered(s.client);
      expect(frames).toHaveLength(2); // the Error, the Ping's Ok
      await expectStopOnDrop(s.client, s.toy);
    } finally {
      await s.close();
    }
  });

  test("the replies to one frame's messages arrive in one frame", async () => {
    const s = await runningToy();
    try {
      const frames: string[] = [];
      s.client.connection.on("frame", (frame) => frames.push(frame));
      const pings = Array.from({ length: 999 }, (_, i) => ({ Ping: { Id: 100 + i } }));
      s.client.send(...pings, { NoSuchMessage: { Id: 2000 } });
      await s.client.reply(2000);
      expect(frames).toHaveLength(1);
      const replies = JSON.parse(frames[0]) as unknown[];
      expect(replies.slice(0, 999)).toEqual(pings.map((p) => ({ Ok: { Id: p.Ping.Id } })));
      expect(replies[999]).toMatchObject({ Error: { Id: 2000, ErrorCode: ErrorCode.Msg } });
    } finally {
      await s.close();
    }
  });
});

describe("the one client slot", () => {
  test("connections that have not handshaken do not hold the slot: a real client gets in past them", async () => {
    const s = await startSession(websocket, { handshakeTimeoutMs: 0 });
    try {
      const squatters = [s.client, await s.open(), await s.open()];
      const real = await s.open();
      expect(nameOf(await real.handshake("real"))).toBe("ServerInfo");
      // A squatter that handshakes later is refused; the real client keeps the slot.
      const late = await squatters[0].handshake("late");
      expect(late).toMatchObject({ Error: { Id: 1, ErrorCode: ErrorCode.Init } });
      expect(String(body(late).ErrorMessage)).toMatch(/another client \("real"\) is already connected/);
      await squatters[0].whenClosed();
      expect(await real.request({ Ping: { Id: 2 } })).toEqual({ Ok: { Id: 2 } });
    } finally {
      await s.close();
    }
  });

  test("waiting connections are bounded; one beyond the bound is refused at once", async () => {
    const s = await startSession(websocket, { handshakeTimeoutMs: 0, maxWaitingConnections: 2 });
    try {
      await s.open();
      const third = await s.open();
      const refusal = await third.next(() => true);
      expect(refusal).toMatchObject({ Error: { Id: 0, ErrorCode: ErrorCode.Init } });
      expect(String(body(refusal).ErrorMessage)).toMatch(/2 connections are already waiting to handshake/);
      await third.whenClosed();
    } finally {
      await s.close();
    }
  });

  /** A toy whose stop takes its time (a slow adapter): the old session is still ending meanwhile. */
  class SlowStopToy extends TestDevice {
    override async stop(options?: Parameters<TestDevice["stop"]>[0]): Promise<void> {
      await super.stop(options);
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
  }

  async function slowStopSession(options: { maxPingTime?: number; maxFrameSize?: number }) {
    const toy = new SlowStopToy({ name: "Slow", features: vibratorFeatures() });
    const source = new TestDeviceSource();
    const s = await startSession(
      websocket,
      { deviceSources: [source], maxPingTime: options.maxPingTime ?? 0 },
      { maxFrameSize: options.maxFrameSize },
    );
    source.add(toy);
    await s.client.handshake("first");
    expect(
      await s.client.request({
        OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } },
      }),
    ).toEqual({ Ok: { Id: 2 } });
    return { ...s, toy };
  }

  test("after a ping timeout the client may reconnect at once, while its toy is still being stopped", async () => {
    const s = await slowStopSession({ maxPingTime: 300 });
    try {
      await s.client.next((m) => nameOf(m) === "Error");
      expect(s.toy.stops).toHaveLength(1);
      const again = await s.open();
      expect(nameOf(await again.handshake("first, again"))).toBe("ServerInfo");
    } finally {
      await s.close();
    }
  });

  test("after the server closes a connection for a frame over the hard limit (1009), the client may reconnect at once", async () => {
    const s = await slowStopSession({ maxFrameSize: 1024 });
    try {
      s.client.sendRaw(`[${" ".repeat(8 * 1024)}]`);
      await until(() => s.toy.stops.length > 0, "the toy stopped", DEADLINE_MS);
      const again = await s.open();
      expect(nameOf(await again.handshake("first, again"))).toBe("ServerInfo");
      expect(s.server.session?.clientName).toBe("first, again");
    } finally {
      await s.close();
    }
  });
});

/** A server on a websocket transport of its own, for clients that misbehave below FrameClient. */
async function serveWebsocket(
  transportOptions: Omit<WebsocketServerOptions, "port">,
  serverOptions: ButtplugServerOptions = {},
) {
  const server = new ButtplugServer(serverOptions);
  const transport = new WebsocketServerTransport({ port: 0, ...transportOptions });
  const connections: WebsocketConnection[] = [];
  transport.on("connection", (connection) => {
    connections.push(connection);
    server.connect(connection);
  });
  const { port } = await transport.listen();
  return {
    server,
    port,
    connections,
    close: async () => {
      await server.shutdown();
      await transport.close();
    },
  };
}

/** A plain `ws` client that handshakes as v4 and counts the messages it receives. */
async function rawClient(port: number) {
  const socket = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
  let received = 0;
  socket.on("message", (data) => (received += (JSON.parse(data.toString()) as unknown[]).length));
  socket.on("error", () => undefined);
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  const request = (messages: unknown[]) => {
    const want = received + messages.length;
    socket.send(JSON.stringify(messages));
    return until(() => received >= want);
  };
  await request([
    { RequestServerInfo: { Id: 1, ClientName: "raw", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
  ]);
  return { socket, request, received: () => received };
}

describe("backpressure: a client that does not read its replies", () => {
  test("is not read from while its replies queue up, and is read again once it reads", async () => {
    const s = await serveWebsocket({ outgoingQueue: { pauseReadingBytes: 64 * 1024, closeBytes: 1024 * 1024 * 1024 } });
    try {
      const client = await rawClient(s.port);
      let handled = 0;
      s.server.session!.on("frame", (direction) => direction === "c2s" && handled++);
      client.socket.pause();
      // 40 frames of 500 bad messages with 1 KB names: about 20 MB of Error replies.
      const name = "N".repeat(1000);
      const frame = JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ [name]: { Id: i + 1 } })));
      for (let i = 0; i < 40; i++) client.socket.send(frame);
      await until(() => s.connections[0].paused);
      const handledWhilePaused = handled;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(handled).toBe(handledWhilePaused);
      expect(handled).toBeLessThan(40);
      client.socket.resume();
      await until(() => client.received() === 1 + 40 * 500, "every reply", 20_000);
      expect(s.connections[0].paused).toBe(false);
    } finally {
      await s.close();
    }
  });

  test("is dropped past the second bound, and its toy is stopped", async () => {
    const toy = new TestDevice({ name: "Vib", features: vibratorFeatures() });
    toy.features.get(2)!.Input = { Battery: { Value: [[0, 100]], Command: ["Read", "Subscribe"] } };
    const source = new TestDeviceSource();
    const s = await serveWebsocket(
      { outgoingQueue: { pauseReadingBytes: 64 * 1024, closeBytes: 2 * 1024 * 1024 } },
      { deviceSources: [source] },
    );
    try {
      source.add(toy);
      const client = await rawClient(s.port);
      await client.request([{ RequestDeviceList: { Id: 4 } }]);
      await client.request([
        { OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } } },
      ]);
      await client.request([
        { InputCmd: { Id: 3, DeviceIndex: 0, FeatureIndex: 2, Type: "Battery", Command: "Subscribe" } },
      ]);
      const closed = new Promise<void>((resolve) => client.socket.once("close", () => resolve()));
      client.socket.pause();
      // A chatty sensor: readings keep coming whether or not the client reads them.
      for (let turn = 0; turn < 50 && toy.stops.length === 0; turn++) {
        for (let i = 0; i < 5000; i++) toy.emitReading(2, { Battery: { Value: i % 100 } } as never);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await until(() => toy.stops.length > 0, "the toy stopped", DEADLINE_MS);
      expect(s.connections[0].open).toBe(false);
      client.socket.resume();
      await closed;
      expect(s.server.session).toBeUndefined();
    } finally {
      await s.close();
    }
  });

  test("a paused client that drops has its toy stopped within the deadline", async () => {
    const toy = new TestDevice({ name: "Vib", features: vibratorFeatures() });
    const source = new TestDeviceSource();
    const s = await serveWebsocket(
      { outgoingQueue: { pauseReadingBytes: 64 * 1024, closeBytes: 1024 * 1024 * 1024 } },
      { deviceSources: [source] },
    );
    try {
      source.add(toy);
      const client = await rawClient(s.port);
      await client.request([
        { OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } } },
      ]);
      client.socket.pause();
      const frame = JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ ["N".repeat(1000)]: { Id: i + 1 } })));
      for (let i = 0; i < 40; i++) client.socket.send(frame);
      await until(() => s.connections[0].paused);
      const start = performance.now();
      client.socket.terminate();
      await until(() => toy.stops.length > 0, "the toy stopped", DEADLINE_MS);
      expect(performance.now() - start).toBeLessThan(DEADLINE_MS);
    } finally {
      await s.close();
    }
  });
});

describe("half-finished HTTP upgrade requests", () => {
  /** A TCP connection that sends part of a request line and nothing more; resolves when the server closes it. */
  function halfRequest(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgr"));
      socket.on("error", () => undefined);
      socket.resume(); // read what the server answers (408), so its close is seen
      socket.on("close", () => resolve());
      socket.setTimeout(20000, () => reject(new Error("still open after 20 s")));
    });
  }

  test("are closed after the request-header timeout on the client port", async () => {
    const s = await serveWebsocket({ requestHeaderTimeoutMs: 300 });
    try {
      await Promise.all(Array.from({ length: 20 }, () => halfRequest(s.port)));
    } finally {
      await s.close();
    }
  });

  test("are closed after the request-header timeout on the device port", async () => {
    const wsdm = new WebsocketDeviceManager({
      port: 0,
      config: testConfig(),
      getProtocol: () => undefined,
      log: recordingLogger("warn").log,
      requestHeaderTimeoutMs: 300,
    });
    const port = await wsdm.listen();
    try {
      await Promise.all(Array.from({ length: 20 }, () => halfRequest(port)));
    } finally {
      await wsdm.shutdown();
    }
  });
});

describe("device events under load", () => {
  test("500 devices attaching in one turn are one DeviceList for a v4 client", async () => {
    const source = new TestDeviceSource();
    const s = await startSession(inProcess, { deviceSources: [source] });
    try {
      await s.client.handshake();
      const from = s.client.received.length;
      for (let i = 0; i < 500; i++)
        source.add(new TestDevice({ name: `Vib ${i}`, identifier: `test/vib-${i}`, features: vibratorFeatures() }));
      const list = await s.client.next(
        (m) => nameOf(m) === "DeviceList" && Object.keys(body(m).Devices as object).length === 500,
        from,
      );
      expect(body(list).Id).toBe(0);
      expect(await s.client.request({ Ping: { Id: 2 } })).toEqual({ Ok: { Id: 2 } });
      expect(s.client.received.slice(from).filter((m) => nameOf(m) === "DeviceList")).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  test("a v3 client still gets one DeviceAdded per device, and ScanningFinished after them", async () => {
    const source = new TestDeviceSource();
    const s = await startSession(inProcess, { deviceSources: [source] });
    try {
      s.client.version = 3;
      await s.client.request({ RequestServerInfo: { Id: 1, ClientName: "v3", MessageVersion: 3 } });
      await s.client.request({ StartScanning: { Id: 2 } });
      const from = s.client.received.length;
      for (let i = 0; i < 50; i++)
        source.add(new TestDevice({ name: `Vib ${i}`, identifier: `test/vib-${i}`, features: vibratorFeatures() }));
      source.finishScanning();
      await s.client.next((m) => nameOf(m) === "ScanningFinished", from);
      const names = s.client.received.slice(from).map(nameOf);
      expect(names).toEqual([...Array(50).fill("DeviceAdded"), "ScanningFinished"]);
    } finally {
      await s.close();
    }
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
