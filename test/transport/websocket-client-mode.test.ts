/**
 * Websocket client mode (--websocket-client-address): bpkit's server connects out to an app that
 * listens (a local websocket server on loopback playing the app), serves its handshake, and
 * connects again, with backoff, when the app drops the connection or is not there yet.
 */
import { WebSocketServer, type WebSocket } from "ws";
import type { AddressInfo } from "node:net";
import { silentLogger } from "../../runtime/log";
import { ButtplugServer } from "../../runtime/server";
import { WebsocketClientMode } from "../../runtime/transport";
import { parseServeArgs, startServe } from "../../scripts/serve";
import { UsageError } from "../../scripts/args";
import { until } from "../until";

function appServer(port = 0): Promise<{ wss: WebSocketServer; port: number; sockets: WebSocket[] }> {
  return new Promise((resolve) => {
    const sockets: WebSocket[] = [];
    const wss: WebSocketServer = new WebSocketServer({ host: "127.0.0.1", port }, () =>
      resolve({ wss, port: (wss.address() as AddressInfo).port, sockets }),
    );
    wss.on("connection", (socket: WebSocket) => sockets.push(socket));
  });
}

const nextMessage = (socket: WebSocket) =>
  new Promise<string>((resolve) => socket.once("message", (data) => resolve(data.toString())));

describe("websocket client mode", () => {
  test("connects out, serves the app's handshake, and reconnects after the app drops it", async () => {
    const app = await appServer();
    const server = new ButtplugServer({ name: "bpkit out" });
    const mode = new WebsocketClientMode(server, {
      url: `ws://127.0.0.1:${app.port}`,
      log: silentLogger,
      initialDelayMs: 10,
    });
    mode.start();
    try {
      await until(() => app.sockets.length === 1);
      const first = app.sockets[0]!;
      const reply = nextMessage(first);
      first.send(
        '[{"RequestServerInfo":{"Id":1,"ClientName":"app","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]',
      );
      expect(JSON.parse(await reply)[0].ServerInfo).toMatchObject({ Id: 1, ServerName: "bpkit out" });
      first.close();
      await until(() => app.sockets.length === 2);
    } finally {
      await mode.stop();
      await server.shutdown();
      await new Promise((resolve) => app.wss.close(resolve));
    }
  });

  test("an app that is not listening yet is tried again until it is", async () => {
    const probe = await appServer();
    const port = probe.port;
    await new Promise((resolve) => probe.wss.close(resolve));
    const server = new ButtplugServer();
    const mode = new WebsocketClientMode(server, {
      url: `ws://127.0.0.1:${port}`,
      log: silentLogger,
      initialDelayMs: 10,
      maxDelayMs: 40,
    });
    mode.start();
    await new Promise((r) => setTimeout(r, 100));
    const app = await appServer(port);
    try {
      await until(() => app.sockets.length === 1);
    } finally {
      await mode.stop();
      await server.shutdown();
      await new Promise((resolve) => app.wss.close(resolve));
    }
  });
});

describe("bpkit serve --websocket-client-address", () => {
  test("serve connects out to the app at the address", async () => {
    const app = await appServer();
    const running = await startServe(
      parseServeArgs([
        "--websocket-port",
        "0",
        "--no-bluetooth",
        "--no-dashboard",
        "--websocket-client-address",
        `ws://127.0.0.1:${app.port}`,
      ])!,
      { log: silentLogger, deviceSources: [] },
    );
    try {
      await until(() => app.sockets.length === 1);
    } finally {
      await running.stop();
      await new Promise((resolve) => app.wss.close(resolve));
    }
  });

  test("an address that is not a ws:// URL is a usage error naming it", () => {
    expect(() => parseServeArgs(["--websocket-client-address", "127.0.0.1:9999"])).toThrow(UsageError);
    expect(() => parseServeArgs(["--websocket-client-address", "127.0.0.1:9999"])).toThrow(
      "--websocket-client-address: '127.0.0.1:9999' is not a ws:// or wss:// URL",
    );
  });
});
