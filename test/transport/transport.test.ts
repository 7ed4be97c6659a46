/** Transports: in-process pair, websocket server/client, and the official-JS-client connector. */
import * as Buttplug3 from "buttplug3";
import * as Buttplug5 from "buttplug";
import WebSocket from "ws";
import { silentLogger } from "../../runtime/log";
import { ButtplugServer, TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { FrameClient, memoryLogger } from "../server/helpers";
import {
  ButtplugJsConnector,
  connectWebsocket,
  createInProcessPair,
  WebsocketServerTransport,
  type FrameConnection,
} from "../../runtime/transport";
import { until } from "../until";

function collect(connection: FrameConnection): string[] {
  const frames: string[] = [];
  connection.on("frame", (f) => frames.push(f));
  return frames;
}

const tick = () => new Promise((r) => setImmediate(r));

describe("in-process pair", () => {
  test("frames arrive in order on a later tick, never synchronously", async () => {
    const { client, server } = createInProcessPair();
    const got = collect(server);
    client.send("[1]");
    client.send("[2]");
    expect(got).toEqual([]);
    await tick();
    await tick();
    expect(got).toEqual(["[1]", "[2]"]);
  });

  test("closing one end closes both, once, after frames already sent", async () => {
    const { client, server } = createInProcessPair();
    const got = collect(server);
    const closes: string[] = [];
    server.on("close", (r) => closes.push(`server:${r}`));
    client.on("close", (r) => closes.push(`client:${r}`));
    client.send("[last]");
    client.close("bye");
    client.close("again");
    await tick();
    await tick();
    expect(got).toEqual(["[last]"]);
    expect(closes).toEqual(["client:bye", "server:bye"]);
    expect(server.open).toBe(false);
    server.send("[ignored]");
  });

  test("frames over the maximum size arrive as `oversize`, not as frames", async () => {
    const { client, server } = createInProcessPair({ maxFrameSize: 10 });
    const got = collect(server);
    const oversize: number[] = [];
    server.on("oversize", (bytes, max) => oversize.push(bytes, max));
    client.send("[12345678901]");
    await tick();
    expect(got).toEqual([]);
    expect(oversize).toEqual([13, 10]);
  });
});

describe("websocket transport", () => {
  let transport: WebsocketServerTransport;
  afterEach(async () => {
    await transport.close();
  });

  test("listens on loopback by default and carries frames both ways", async () => {
    transport = new WebsocketServerTransport({ port: 0 });
    const serverSide = new Promise<FrameConnection>((resolve) => transport.on("connection", resolve));
    const { address, port } = await transport.listen();
    expect(address).toBe("127.0.0.1");
    const client = await connectWebsocket(`ws://127.0.0.1:${port}`);
    const server = await serverSide;
    expect(server.description).toMatch(/^ws 127\.0\.0\.1:\d+$/);
    const atServer = collect(server);
    const atClient = collect(client);
    client.send('[{"Ping":{"Id":1}}]');
    while (atServer.length === 0) await tick();
    server.send('[{"Ok":{"Id":1}}]');
    while (atClient.length === 0) await tick();
    expect(atServer).toEqual(['[{"Ping":{"Id":1}}]']);
    expect(atClient).toEqual(['[{"Ok":{"Id":1}}]']);
  });

  test("a close reason reaches the peer", async () => {
    transport = new WebsocketServerTransport({ port: 0 });
    transport.on("connection", (c) => c.close("go away"));
    const { port } = await transport.listen();
    const client = await connectWebsocket(`ws://127.0.0.1:${port}`);
    const reason = await new Promise<string>((resolve) => client.on("close", resolve));
    expect(reason).toBe("go away");
  });

  test("frames beyond the hard limit (4 × max frame size) close the connection with 1009; the server keeps running", async () => {
    transport = new WebsocketServerTransport({ port: 0, maxFrameSize: 100 });
    transport.on("connection", (c) => collect(c));
    const { port } = await transport.listen();
    const raw = new WebSocket(`ws://127.0.0.1:${port}`);
    await new Promise((r) => raw.once("open", r));
    const code = new Promise<number>((resolve) => raw.once("close", (c) => resolve(c)));
    raw.send("x".repeat(1000));
    expect(await code).toBe(1009);
    const again = await connectWebsocket(`ws://127.0.0.1:${port}`);
    expect(again.open).toBe(true);
    again.close();
  });

  test("a frame above the hard limit: the close carries the cause, the server logs it at warn and serves the next client", async () => {
    const { log, lines } = memoryLogger();
    const server = new ButtplugServer({ log });
    transport = new WebsocketServerTransport({ port: 0, maxFrameSize: 200, log: log.child("ws") });
    const serverReasons: string[] = [];
    transport.on("connection", (c) => {
      c.on("close", (reason) => serverReasons.push(reason));
      server.connect(c);
    });
    const { port } = await transport.listen();
    const raw = new WebSocket(`ws://127.0.0.1:${port}`);
    await new Promise((r) => raw.once("open", r));
    const closed = new Promise<[number, string]>((resolve) => raw.once("close", (c, r) => resolve([c, r.toString()])));
    raw.send("x".repeat(801));
    expect(await closed).toEqual([1009, "frame too large: limit 800 bytes"]);
    await until(() => serverReasons.length === 1);
    expect(serverReasons).toEqual(["frame too large: limit 800 bytes"]);
    expect(lines.some((l) => l.startsWith("warn ") && l.includes("frame too large: limit 800 bytes"))).toBe(true);
    // The session ended for that reason, and the next client is served.
    await until(() => server.session === undefined);
    expect(lines.some((l) => l.includes("ending: connection closed: frame too large: limit 800 bytes"))).toBe(true);
    const next = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${port}`));
    expect(Object.keys(await next.handshake())).toEqual(["ServerInfo"]);
    await server.shutdown();
  });

  test("connecting to a port nobody listens on rejects with a readable reason", async () => {
    transport = new WebsocketServerTransport({ port: 0 });
    const { port } = await transport.listen();
    await transport.close();
    await expect(connectWebsocket(`ws://127.0.0.1:${port}`)).rejects.toThrow(/cannot connect to ws:\/\/127\.0\.0\.1/);
  });
});

describe("in-process connector for the official JS clients", () => {
  function server(device: TestDevice): ButtplugServer {
    return new ButtplugServer({ name: "embedded", deviceSources: [new TestDeviceSource([device])], log: silentLogger });
  }

  test("buttplug 5 (v4) embeds bpkit's server: connect, scan, vibrate, disconnect stops the device", async () => {
    const device = new TestDevice({ name: "Embedded", features: vibratorFeatures() });
    const s = server(device);
    const client = new Buttplug5.ButtplugClient("embedded v4");
    await client.connect(new ButtplugJsConnector(s));
    const added = new Promise<Buttplug5.ButtplugClientDevice>((resolve) => client.on("deviceadded", resolve));
    await client.startScanning();
    await (await added).runOutput(Buttplug5.DeviceOutput.Vibrate.value(7));
    expect(device.outputs).toEqual([
      { featureIndex: 0, command: { Vibrate: { Value: 7 } } },
      { featureIndex: 1, command: { Vibrate: { Value: 7 } } },
    ]);
    const ended = new Promise<void>((resolve) => s.session!.once("end", () => resolve()));
    await client.disconnect();
    await ended;
    expect(device.stops.length).toBeGreaterThan(0);
    await s.shutdown();
  });

  test("buttplug 3 message classes are serialized as its own websocket connector does", async () => {
    const accepted: FrameConnection[] = [];
    const connector = new ButtplugJsConnector({ connect: (c) => accepted.push(c) }, { parse: Buttplug3.fromJSON });
    await connector.connect();
    expect(connector.Connected).toBe(true);
    const got = collect(accepted[0]);
    const ping = new Buttplug3.Ping(5);
    connector.send(ping);
    await tick();
    expect(got).toEqual([`[${ping.toJSON()}]`]);
    expect(JSON.parse(got[0])).toEqual([{ Ping: { Id: 5 } }]);
    // And incoming frames become its message classes.
    const messages = new Promise<unknown[]>((resolve) => connector.once("message", resolve));
    accepted[0].send('[{"Ok":{"Id":5}}]');
    const [ok] = await messages;
    expect(ok).toBeInstanceOf(Buttplug3.Ok);
    const disconnected = new Promise<void>((resolve) => connector.once("disconnect", () => resolve()));
    accepted[0].close("server gone");
    await disconnected;
    expect(connector.Connected).toBe(false);
  });
});
