/**
 * Repeater mode (--repeater): the official JS clients (npm `buttplug` 5.x at spec v4, `buttplug3`
 * 3.x at spec v3) reach a bpkit server through the repeater with every frame byte-identical both
 * ways; a remote that is down is a failed connect; a remote that goes away closes the client; a
 * client that drops without a word makes the remote server end its session and stop its devices.
 * Everything on loopback, ephemeral ports.
 */
import type { AddressInfo } from "node:net";
import * as Buttplug5 from "buttplug";
import * as Buttplug3 from "buttplug3";
import { WebSocket, WebSocketServer } from "ws";
import { silentLogger } from "../../runtime/log";
import { TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { connectWebsocket } from "../../runtime/transport";
import { Repeater, remoteAddressUrl } from "../../runtime/transport/repeater";
import { parseServeArgs, parseServeRequest, startRepeater, startServe } from "../../scripts/serve";
import { UsageError } from "../../scripts/args";
import { until } from "../until";
import { FrameClient, memoryLogger } from "../server/helpers";

/** Frames as each end saw them, in order. */
interface Traffic {
  sent: string[];
  received: string[];
}

/** A `ws` WebSocket that records the text frames it sends and receives (the official clients' socket). */
function recordingSocket(traffic: Traffic): unknown {
  return class RecordingWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on("message", (data) => traffic.received.push(String(data)));
    }
    override send(data: Parameters<WebSocket["send"]>[0], ...rest: unknown[]): void {
      traffic.sent.push(String(data));
      (super.send as (...a: unknown[]) => void)(data, ...rest);
    }
  };
}

/** The official v5 client's websocket connector, recording what crosses its socket. */
class RecordingConnector5 extends Buttplug5.ButtplugNodeWebsocketClientConnector {
  constructor(url: string, traffic: Traffic) {
    super(url);
    this._websocketConstructor = recordingSocket(traffic) as typeof globalThis.WebSocket;
  }
}

/** The official v3 client's websocket connector, recording what crosses its socket. */
class RecordingConnector3 extends Buttplug3.ButtplugNodeWebsocketClientConnector {
  constructor(url: string, traffic: Traffic) {
    super(url);
    this._websocketConstructor = recordingSocket(traffic) as typeof globalThis.WebSocket;
  }
}

/** A bpkit server with a vibrator, recording the frames its session receives and sends. */
async function bpkitServer() {
  const device = new TestDevice({ name: "Repeated Vibrator", features: vibratorFeatures() });
  const source = new TestDeviceSource([device]);
  const running = await startServe(parseServeArgs(["--websocket-port", "0", "--no-dashboard"])!, {
    deviceSources: [source],
    log: silentLogger,
  });
  const traffic: Traffic = { sent: [], received: [] };
  running.server.on("session", (session) =>
    session.on("frame", (dir, text) => (dir === "c2s" ? traffic.received : traffic.sent).push(text)),
  );
  /** Connect the vibrator now (a raw client does not scan). */
  const attach = () => source.add(device);
  return { running, device, traffic, attach };
}

async function repeaterTo(remote: string, log = silentLogger) {
  const repeater = new Repeater({ port: 0, remoteAddress: remote, log });
  const { port } = await repeater.listen();
  return { repeater, url: `ws://127.0.0.1:${port}` };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise((resolve) => probe.once("listening", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("repeater: official clients through the repeater to a bpkit server", () => {
  let server: Awaited<ReturnType<typeof bpkitServer>>;
  let repeater: Repeater;
  let url: string;
  beforeEach(async () => {
    server = await bpkitServer();
    ({ repeater, url } = await repeaterTo(`ws://127.0.0.1:${server.running.port}`));
  });
  afterEach(async () => {
    await repeater.close();
    await server.running.stop();
  });

  test("buttplug 5.x (spec v4): scan, vibrate, stop, disconnect; every frame byte-identical both ways", async () => {
    const client = new Buttplug5.ButtplugClient("through the repeater");
    const traffic: Traffic = { sent: [], received: [] };
    await client.connect(new RecordingConnector5(url, traffic));
    const added = new Promise<Buttplug5.ButtplugClientDevice>((resolve) => client.on("deviceadded", resolve));
    await client.startScanning();
    const device = await added;
    await device.runOutput(Buttplug5.DeviceOutput.Vibrate.percent(0.5));
    expect(server.device.outputs.map((o) => o.command)).toEqual([
      { Vibrate: { Value: 10 } },
      { Vibrate: { Value: 10 } },
    ]);
    await device.stop();
    await client.disconnect();
    await until(() => repeater.connections === 0);
    expect(traffic.sent.length).toBeGreaterThanOrEqual(4);
    expect(server.traffic.received).toEqual(traffic.sent);
    expect(traffic.received).toEqual(server.traffic.sent);
  });

  test("buttplug 3.x (spec v3): vibrate and stop all; every frame byte-identical both ways", async () => {
    const client = new Buttplug3.ButtplugClient("v3 through the repeater");
    const traffic: Traffic = { sent: [], received: [] };
    await client.connect(new RecordingConnector3(url, traffic));
    const added = new Promise<Buttplug3.ButtplugClientDevice>((resolve) => client.on("deviceadded", resolve));
    await client.startScanning();
    const device = await added;
    await device.vibrate(0.5);
    expect(server.device.outputs.map((o) => o.command)).toEqual([
      { Vibrate: { Value: 10 } },
      { Vibrate: { Value: 10 } },
    ]);
    await client.stopAllDevices();
    await client.disconnect();
    await until(() => repeater.connections === 0);
    expect(server.traffic.received).toEqual(traffic.sent);
    expect(traffic.received).toEqual(server.traffic.sent);
  });

  test("a client that drops without a goodbye: the remote server ends its session and stops the vibrator", async () => {
    const connection = await connectWebsocket(url);
    const client = new FrameClient(connection);
    await client.handshake("drops");
    server.attach();
    await client.next((m) => "DeviceList" in m);
    expect(
      await client.request({
        OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } },
      }),
    ).toEqual({ Ok: { Id: 2 } });
    const started = Date.now();
    connection.terminate(); // no close frame: the TCP connection just goes
    // Safety bound, generous for a loaded machine: the reference stops devices as soon as the client is gone.
    await until(() => server.device.stops.length > 0, "the device stopped", 3000);
    expect(Date.now() - started).toBeLessThan(3000);
    await until(() => repeater.connections === 0);
    expect(server.running.server.session).toBeUndefined();
  });

  test("the remote server shutting down closes the official client's connection (it sees a disconnect)", async () => {
    const client = new Buttplug5.ButtplugClient("remote goes away");
    await client.connect(new Buttplug5.ButtplugNodeWebsocketClientConnector(url));
    const disconnected = new Promise<void>((resolve) => client.on("disconnect", () => resolve()));
    await server.running.stop();
    await disconnected;
    expect(client.connected).toBe(false);
  });
});

describe("repeater: the remote side failing", () => {
  test("remote down: the official client's connect fails, the raw upgrade is HTTP 502 naming the remote, and it is logged", async () => {
    const remote = `ws://127.0.0.1:${await closedPort()}`;
    const { log, lines } = memoryLogger();
    const { repeater, url } = await repeaterTo(remote, log);
    try {
      const client = new Buttplug5.ButtplugClient("nowhere");
      await expect(client.connect(new Buttplug5.ButtplugNodeWebsocketClientConnector(url))).rejects.toThrow(
        /WebSocket connection failed/,
      );
      const answer = await new Promise<{ status?: number; body: string }>((resolve) => {
        const ws = new WebSocket(url);
        ws.on("unexpected-response", (_request, response) => {
          let body = "";
          response.on("data", (chunk: Buffer) => (body += chunk.toString()));
          response.on("end", () => resolve({ status: response.statusCode, body }));
        });
        ws.on("error", () => {});
      });
      expect(answer.status).toBe(502);
      expect(answer.body).toContain(`cannot reach the remote server ${remote}`);
      expect(answer.body).toMatch(/ECONNREFUSED/);
      expect(lines.some((l) => l.startsWith("warn") && l.includes(`cannot reach the remote server ${remote}`))).toBe(
        true,
      );
      expect(repeater.connections).toBe(0);
    } finally {
      await repeater.close();
    }
  });

  test("the remote's close code and reason reach the client; a remote that drops without a close frame is 1014", async () => {
    const remoteServer = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise((resolve) => remoteServer.once("listening", resolve));
    const remoteSockets: WebSocket[] = [];
    remoteServer.on("connection", (socket) => remoteSockets.push(socket));
    const { repeater, url } = await repeaterTo(`ws://127.0.0.1:${(remoteServer.address() as AddressInfo).port}`);
    const closeOf = (ws: WebSocket) =>
      new Promise<[number, string]>((resolve) => ws.once("close", (code, reason) => resolve([code, String(reason)])));
    try {
      const first = new WebSocket(url);
      await new Promise((resolve) => first.once("open", resolve));
      const firstClosed = closeOf(first);
      remoteSockets[0]!.close(4000, "server says bye");
      expect(await firstClosed).toEqual([4000, "server says bye"]);

      const second = new WebSocket(url);
      await new Promise((resolve) => second.once("open", resolve));
      const secondClosed = closeOf(second);
      remoteSockets[1]!.terminate();
      const [code, reason] = await secondClosed;
      expect(code).toBe(1014);
      expect(reason).toMatch(/remote server .* dropped the connection/);
    } finally {
      await repeater.close();
      await new Promise((resolve) => remoteServer.close(resolve));
    }
  });
});

describe("repeater: --log debug checks each frame and changes none", () => {
  test("a client frame that breaks the spec is logged with its rule and reaches the server unchanged", async () => {
    const server = await bpkitServer();
    const { log, lines } = memoryLogger("debug");
    // bpkit serve turns the checker on with --log debug; the address has no scheme (ws:// is added).
    const checked = new Repeater({
      port: 0,
      remoteAddress: `127.0.0.1:${server.running.port}`,
      log,
      checkFrames: true,
    });
    const { port } = await checked.listen();
    try {
      const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${port}`));
      await client.handshake("checked");
      server.attach();
      await client.next((m) => "DeviceList" in m);
      // Vibrate 99 is outside the vibrator's 0–20 range: the server answers Error, the checker says why.
      const broken = '[{"OutputCmd":{"Id":2,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":99}}}}]';
      client.sendRaw(broken);
      expect(await client.reply(2)).toMatchObject({ Error: { Id: 2 } });
      expect(server.traffic.received).toContain(broken);
      expect(
        lines.some((l) =>
          /warn .*spec v4 error \[range\] frame 4 OutputCmd Id 2 at \/0\/OutputCmd\/Command\/Vibrate\/Value: Vibrate Value 99 is outside the advertised range \[0, 20\]/.test(
            l,
          ),
        ),
      ).toBe(true);
      expect(lines.some((l) => l.startsWith("debug") && l.includes(`→ ${broken}`))).toBe(true);
      client.connection.close();
      await until(() => checked.connections === 0);
    } finally {
      await checked.close();
      await server.running.stop();
    }
  });
});

describe("repeater: where it listens", () => {
  test("on every interface a client needs the printed token (401 without it); the loopback default needs none", async () => {
    const server = await bpkitServer();
    const options = parseServeArgs([
      "--repeater",
      "--repeater-port",
      "0",
      "--repeater-remote-address",
      `ws://127.0.0.1:${server.running.port}`,
      "--websocket-use-all-interfaces",
    ])!;
    const { log, lines } = memoryLogger();
    // loopbackOnly: the every-interface rules (token) while binding 127.0.0.1 only.
    const running = await startRepeater({ ...options, repeater: options.repeater! }, { log, loopbackOnly: true });
    try {
      expect(running.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32}$/);
      expect(lines.some((l) => l.includes(running.url))).toBe(true);
      const status = await new Promise<number | undefined>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${running.port}/`);
        ws.on("unexpected-response", (_request, response) => resolve(response.statusCode));
        ws.on("error", () => {});
      });
      expect(status).toBe(401);
      const client = new FrameClient(await connectWebsocket(running.url));
      expect(await client.handshake("with token")).toMatchObject({ ServerInfo: { Id: 1 } });
      client.connection.close();
    } finally {
      await running.stop();
      await server.running.stop();
    }
  });

  test("the default bind is loopback", async () => {
    const repeater = new Repeater({ port: 0, remoteAddress: "ws://127.0.0.1:1", log: silentLogger });
    try {
      expect((await repeater.listen()).address).toBe("127.0.0.1");
    } finally {
      await repeater.close();
    }
  });
});

describe("repeater flags", () => {
  test("--repeater takes its port and remote address; flags of the server it replaces are named as ignored", () => {
    const request = parseServeRequest([
      "--repeater",
      "--repeater-port",
      "12346",
      "--repeater-remote-address",
      "192.168.1.20:12345",
      "--use-serial",
      "--log",
      "debug",
    ]);
    if (request.kind !== "serve") throw new Error(request.kind);
    expect(request.options.repeater).toEqual({ port: 12346, remoteAddress: "192.168.1.20:12345" });
    expect(request.notices).toEqual([
      "--use-serial: no Buttplug server runs in repeater mode (--repeater); the flag is ignored",
    ]);
  });

  test("ws:// is put in front of an address without a scheme, as Intiface Engine does; other schemes are refused", () => {
    expect(remoteAddressUrl("192.168.1.20:12345")).toBe("ws://192.168.1.20:12345");
    expect(remoteAddressUrl("wss://phone.local:12345")).toBe("wss://phone.local:12345");
    expect(() =>
      parseServeRequest(["--repeater", "--repeater-port", "1", "--repeater-remote-address", "http://x"]),
    ).toThrow("--repeater-remote-address: 'http://x' is not a ws:// or wss:// address");
  });

  test("--repeater without its port or remote address is a usage error saying what to add", () => {
    expect(() => parseServeRequest(["--repeater", "--repeater-port", "1"])).toThrow(UsageError);
    expect(() => parseServeRequest(["--repeater"])).toThrow(
      /--repeater needs --repeater-port <port> and --repeater-remote-address <url>/,
    );
  });

  test("--repeater-port alone is ignored with a notice (Intiface Engine ignores it too)", () => {
    const request = parseServeRequest(["--repeater-port", "1"]);
    expect(request.kind === "serve" && request.notices).toEqual([
      "--repeater-port: used only with --repeater; the flag is ignored",
    ]);
    expect(request.kind === "serve" && request.options.repeater).toBeUndefined();
  });
});
