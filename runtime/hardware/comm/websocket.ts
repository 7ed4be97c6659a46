/**
 * Websocket device manager (WSDM), wire-compatible with the reference server's: devices connect to
 * a websocket server (127.0.0.1:54817 by default), announce themselves with a text frame
 * `{"identifier": "...", "address": "...", "version": 0}`, then exchange binary frames. Device →
 * server frames are notifications on the "rx" endpoint; writes to any endpoint become binary
 * frames to the device; reads are not supported (as in the reference). The identifier must be a
 * `websocket` name of a protocol in the (user) device config.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer, type RawData } from "ws";
import { deviceError } from "../../errors";
import { logSafe, type Logger } from "../../log";
import type { DeviceSource, DeviceSourceEvents, ServerDevice } from "../../server/device";
import { backgroundInterval, backgroundTimer } from "../../timers";
import { closeOrCutOff, upgradeServerOptions, websocketCloseReason } from "../../transport/websocket-server";
import type { HardwareCommand } from "../protocol";
import { TypedEventEmitter } from "../../events";
import { type CommContext, createHardwareDevice } from "./identify";
import { BaseLink } from "./link";

/** Default port of the device websocket server (Intiface Engine's). */
export const DEFAULT_DEVICE_WEBSOCKET_PORT = 54817;

/** Options of the websocket device manager. */
export interface WebsocketDeviceManagerOptions extends CommContext {
  /** Default 54817; 0 picks a free port. */
  port?: number;
  /** Bind 0.0.0.0 instead of 127.0.0.1. */
  useAllInterfaces?: boolean;
  /** How long a new connection may take to send its handshake (ms). */
  handshakeTimeoutMs?: number;
  /** Websocket ping interval (ms); a device that misses a whole interval is dropped. */
  pingIntervalMs?: number;
  /** A connection must finish its HTTP upgrade request headers within this (ms, default 5000). */
  requestHeaderTimeoutMs?: number;
}

/** The handshake a websocket device sends first. */
export interface WebsocketDeviceHandshake {
  identifier: string;
  address: string;
  version: number;
}

/** Close code for a refused device (policy violation). */
const CLOSE_REFUSED = 1008;

/**
 * Largest frame a device may send (bytes). Device frames are BLE-sized notifications (a few hundred
 * bytes at most); ws refuses anything larger while it is still arriving (close 1009), so a hostile
 * local process cannot make the server buffer or parse megabytes.
 */
export const DEVICE_MAX_FRAME_BYTES = 64 * 1024;
/** Largest handshake frame (bytes): refused before it is parsed. */
export const DEVICE_MAX_HANDSHAKE_BYTES = 1024;
/** Longest `identifier` / `address` (characters); config names and addresses are far shorter. */
export const DEVICE_MAX_HANDSHAKE_FIELD_LENGTH = 256;

function rawByteLength(data: RawData): number {
  return Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
}

/** Parse and check the first frame; returns the handshake or a reason to close. */
export function parseHandshake(data: RawData, isBinary: boolean): WebsocketDeviceHandshake | string {
  if (isBinary) return "first frame must be a text JSON handshake";
  const bytes = rawByteLength(data);
  if (bytes > DEVICE_MAX_HANDSHAKE_BYTES)
    return `handshake of ${bytes} bytes is larger than ${DEVICE_MAX_HANDSHAKE_BYTES} bytes`;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(toBytes(data)).toString());
  } catch {
    return "handshake is not valid JSON";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "handshake must be a JSON object";
  const { identifier, address, version } = value as Record<string, unknown>;
  if (typeof identifier !== "string" || identifier === "") return 'handshake needs a string "identifier"';
  if (typeof address !== "string" || address === "") return 'handshake needs a string "address"';
  for (const [field, text] of [
    ["identifier", identifier],
    ["address", address],
  ]) {
    if (text.length > DEVICE_MAX_HANDSHAKE_FIELD_LENGTH)
      return `handshake "${field}" is longer than ${DEVICE_MAX_HANDSHAKE_FIELD_LENGTH} characters`;
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return 'handshake needs an integer "version"';
  }
  return { identifier, address, version };
}

/** One connected websocket device as a link. */
export class WebsocketLink extends BaseLink {
  constructor(
    private readonly socket: WebSocket,
    handshake: WebsocketDeviceHandshake,
  ) {
    super(handshake.identifier, handshake.address, new Set(["tx", "rx"]));
    // Text frames after the handshake are taken as their bytes, as the reference does.
    socket.on("message", (data) => this.notify("rx", toBytes(data)));
    socket.on("close", () => this.lost());
    socket.on("error", () => this.lost());
  }

  protected send(command: HardwareCommand): Promise<Uint8Array> {
    switch (command.kind) {
      case "write":
        return new Promise((resolve, reject) => {
          this.socket.send(command.data, { binary: true }, (error) =>
            error
              ? reject(deviceError(`${this.name}: websocket write failed: ${error.message}`))
              : resolve(new Uint8Array()),
          );
        });
      case "read":
        return Promise.reject(
          deviceError(`${this.name}: websocket devices do not support reads (endpoint ${command.endpoint})`),
        );
      case "subscribe":
      case "unsubscribe":
        // Every binary frame is delivered; nothing to tell the device.
        return Promise.resolve(new Uint8Array());
    }
  }

  protected close(): Promise<void> {
    // A peer that never answers the close handshake must not hang us.
    return closeOrCutOff(this.socket, 1000, "disconnected by server");
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * The device websocket server as a DeviceSource. Devices may connect at any time (not only while
 * scanning); devices found before anyone listens for `device` are held and delivered to the first
 * listener.
 */
export class WebsocketDeviceManager extends TypedEventEmitter<DeviceSourceEvents> implements DeviceSource {
  readonly name = "websocket";
  private server: WebSocketServer | undefined;
  private http: Server | undefined;
  private readonly devices = new Set<ServerDevice>();
  private readonly held: ServerDevice[] = [];
  private readonly onShutdown: (() => Promise<void> | void)[] = [];
  private readonly log: Logger;

  /** DeviceIndex values the user device config reserves, so the server gives them to no other device. */
  reservedIndices(): Iterable<number> {
    return this.options.config.reservedIndices?.() ?? [];
  }

  constructor(private readonly options: WebsocketDeviceManagerOptions) {
    super();
    this.log = options.log.child("websocket");
  }

  /** Start listening; resolves with the bound port. */
  listen(): Promise<number> {
    const host = this.options.useAllInterfaces ? "0.0.0.0" : "127.0.0.1";
    const port = this.options.port ?? DEFAULT_DEVICE_WEBSOCKET_PORT;
    return new Promise((resolve, reject) => {
      // Our own HTTP server, for its request-header timeout: half-sent upgrades are closed.
      const http = createServer(upgradeServerOptions(this.options.requestHeaderTimeoutMs));
      const server = new WebSocketServer({
        server: http,
        maxPayload: DEVICE_MAX_FRAME_BYTES,
        perMessageDeflate: false,
      });
      http.once("error", (error) =>
        reject(new Error(`device websocket server cannot listen on ${host}:${port}: ${error.message}`)),
      );
      http.listen(port, host, () => {
        this.server = server;
        this.http = http;
        http.on("error", (error) => this.log.error(`device websocket server: ${error.message}`));
        server.on("error", (error) => this.log.error(`device websocket server: ${error.message}`));
        const bound = (http.address() as AddressInfo).port;
        this.log.info(`device websocket server listening on ws://${host}:${bound}`);
        resolve(bound);
      });
      server.on("connection", (socket, request) => this.accept(socket, request.socket.remoteAddress ?? "?"));
    });
  }

  /** The bound port (after listen()). */
  get port(): number | undefined {
    return this.server ? (this.server.address() as AddressInfo).port : undefined;
  }

  /** The bound host (after listen()): 127.0.0.1 unless all interfaces were asked for. */
  get host(): string | undefined {
    return this.server ? (this.server.address() as AddressInfo).address : undefined;
  }

  override on<E extends keyof DeviceSourceEvents>(event: E, listener: DeviceSourceEvents[E]): this {
    super.on(event, listener);
    if (event === "device" && this.held.length > 0) {
      const held = this.held.splice(0);
      process.nextTick(() => {
        for (const device of held) if (device.connected) this.emit("device", device);
      });
    }
    return this;
  }

  async startScanning(): Promise<void> {
    // Devices connect on their own; there is nothing to start.
  }

  async stopScanning(): Promise<void> {}

  /** Run `fn` at shutdown (in-process simulated devices close with the server). */
  addShutdownHook(fn: () => Promise<void> | void): void {
    this.onShutdown.push(fn);
  }

  async shutdown(): Promise<void> {
    await Promise.all([...this.devices].map((device) => device.disconnect().catch(() => undefined)));
    for (const hook of this.onShutdown.splice(0)) await hook();
    const server = this.server;
    const http = this.http;
    this.server = undefined;
    this.http = undefined;
    if (!server || !http) return;
    for (const client of server.clients) client.terminate();
    server.close();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  }

  private accept(socket: WebSocket, remote: string): void {
    const timeoutMs = this.options.handshakeTimeoutMs ?? 10000;
    const timer = backgroundTimer(timeoutMs, () => {
      this.log.warn(`websocket device from ${remote} sent no handshake within ${timeoutMs} ms; closing`);
      socket.close(CLOSE_REFUSED, "no handshake");
    });
    socket.once("close", () => clearTimeout(timer));
    socket.on("error", (error) => this.log.debug(`websocket device from ${remote}: ${error.message}`));
    socket.once("message", (data, isBinary) => {
      clearTimeout(timer);
      const handshake = parseHandshake(data, isBinary);
      if (typeof handshake === "string") return this.refuse(socket, remote, handshake);
      const match = this.options.config.matchWebsocket(handshake.identifier);
      if (!match) {
        return this.refuse(
          socket,
          remote,
          `unknown identifier "${logSafe(handshake.identifier)}": no protocol lists it as a websocket name in the device config`,
        );
      }
      const link = new WebsocketLink(socket, handshake);
      this.keepAlive(socket, link);
      void this.attach(link, match.protocol);
    });
  }

  private refuse(socket: WebSocket, remote: string, reason: string): void {
    this.log.warn(`websocket device from ${remote} refused: ${reason}`);
    socket.close(CLOSE_REFUSED, websocketCloseReason(reason));
  }

  /** Drop devices that stop answering websocket pings (as the reference does every 10 s). */
  private keepAlive(socket: WebSocket, link: WebsocketLink): void {
    let alive = true;
    socket.on("pong", () => (alive = true));
    const interval = backgroundInterval(this.options.pingIntervalMs ?? 10000, () => {
      if (!alive) {
        this.log.warn(
          `websocket device ${logSafe(link.name)} (${logSafe(link.address)}) stopped answering pings; dropping it`,
        );
        socket.terminate();
        return;
      }
      alive = false;
      socket.ping();
    });
    link.onDisconnect(() => clearInterval(interval));
  }

  private async attach(link: WebsocketLink, protocol: string): Promise<void> {
    const device = await createHardwareDevice(link, protocol, { ...this.options, log: this.log });
    if (!device) return;
    this.devices.add(device);
    device.on("disconnected", () => this.devices.delete(device));
    if (this.listenerCount("device") === 0) this.held.push(device);
    else this.emit("device", device);
  }
}
