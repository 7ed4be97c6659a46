/**
 * Connectors: how a client reaches a server. A connector is a factory of FrameConnections (the
 * same two-way frame pipe the server side uses, runtime/transport/types.ts), so the client can
 * open a fresh connection for every (re)connect.
 */
import { createInProcessPair } from "../transport/in-process";
import { DEFAULT_MAX_FRAME_SIZE, FrameConnectionBase, type FrameConnection } from "../transport/types";
import { errorText } from "../errors";

/** What ButtplugClient.connect takes: anything that can open a connection to a server. */
export interface ButtplugConnector {
  /** For messages and logs: "ws://127.0.0.1:12345", "in-process". */
  readonly description: string;
  /** Open a new connection; rejects with a readable reason. */
  connect(): Promise<FrameConnection>;
}

/** Anything that accepts a server-side connection: a ButtplugServer (runtime/server). */
export interface ConnectionAcceptor {
  connect(connection: FrameConnection): unknown;
}

/** Connects to a server running in the same process (no socket), through an in-process pair. */
export class InProcessConnector implements ButtplugConnector {
  readonly description = "in-process";

  constructor(private readonly server: ConnectionAcceptor) {}

  async connect(): Promise<FrameConnection> {
    const { client, server } = createInProcessPair();
    this.server.connect(server);
    return client;
  }
}

/** The part of the browser's WebSocket API the connector uses. */
export interface BrowserWebSocketLike {
  readonly readyState: number;
  binaryType: string;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: "open" | "error", listener: () => void): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "close", listener: (event: { code?: number; reason?: string }) => void): void;
}

/** A browser-style WebSocket constructor (globalThis.WebSocket). */
export type BrowserWebSocketConstructor = new (url: string) => BrowserWebSocketLike;

/** Options of the websocket connector. */
export interface WebsocketConnectorOptions {
  /**
   * Which implementation to use: "auto" (default) takes `globalThis.WebSocket` when it exists
   * (browsers, Node ≥ 22) and the `ws` package otherwise.
   */
  implementation?: "auto" | "browser" | "ws";
  /** Largest frame accepted from the server (ws only); default 16 MiB (device lists can be big). */
  maxFrameSize?: number;
}

/** A browser WebSocket as a FrameConnection. */
class BrowserWebsocketConnection extends FrameConnectionBase {
  constructor(
    private readonly socket: BrowserWebSocketLike,
    readonly description: string,
  ) {
    super();
    socket.addEventListener("message", (event: { data: unknown }) => {
      const data = event.data;
      if (typeof data === "string") this.deliver(data, data.length, Number.MAX_SAFE_INTEGER);
      else if (data instanceof ArrayBuffer) {
        const text = new TextDecoder().decode(data);
        this.deliver(text, data.byteLength, Number.MAX_SAFE_INTEGER);
      }
    });
    socket.addEventListener("close", (event: { code?: number; reason?: string }) =>
      this.markClosed(event.reason || `websocket closed (${event.code ?? "no code"})`),
    );
  }

  send(frame: string): void {
    if (!this.open || this.socket.readyState !== 1) return;
    this.socket.send(frame);
  }

  close(reason = "closed"): void {
    if (!this.open) return;
    try {
      // A close reason may carry at most 123 bytes.
      this.socket.close(1000, reason.slice(0, 60));
    } catch {
      // Already closing.
    }
    this.markClosed(reason);
  }
}

/**
 * Connects to a server's websocket (e.g. "ws://127.0.0.1:12345"). One class for every runtime:
 * the browser's WebSocket when `globalThis.WebSocket` exists, the `ws` package in Node.
 */
export class WebsocketConnector implements ButtplugConnector {
  readonly description: string;

  constructor(
    readonly url: string,
    private readonly options: WebsocketConnectorOptions = {},
  ) {
    this.description = url;
  }

  /** Which implementation connect() will use. */
  get implementation(): "browser" | "ws" {
    const wanted = this.options.implementation ?? "auto";
    if (wanted !== "auto") return wanted;
    return typeof (globalThis as { WebSocket?: unknown }).WebSocket === "function" ? "browser" : "ws";
  }

  connect(): Promise<FrameConnection> {
    if (this.implementation === "browser") return this.connectBrowser();
    // Loaded lazily so Node-only code stays out of the way; the browser build
    // (scripts/build-browser.js) swaps this module for one that rejects with a clear reason.
    const { connectWebsocket } =
      require("../transport/websocket-client") as typeof import("../transport/websocket-client");
    return connectWebsocket(this.url, { maxFrameSize: this.options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE * 16 });
  }

  private connectBrowser(): Promise<FrameConnection> {
    const Ctor = (globalThis as { WebSocket?: BrowserWebSocketConstructor }).WebSocket;
    if (!Ctor) return Promise.reject(new Error(`cannot connect to ${this.url}: globalThis.WebSocket is not available`));
    return new Promise((resolve, reject) => {
      let socket: BrowserWebSocketLike;
      try {
        socket = new Ctor(this.url);
      } catch (err) {
        reject(new Error(`cannot connect to ${this.url}: ${errorText(err)}`));
        return;
      }
      socket.binaryType = "arraybuffer";
      let settled = false;
      socket.addEventListener("open", () => {
        settled = true;
        resolve(new BrowserWebsocketConnection(socket, `ws ${this.url}`));
      });
      // Browsers give no reason on a failed connection; the close event follows the error.
      socket.addEventListener("error", () => {
        if (!settled) {
          settled = true;
          reject(new Error(`cannot connect to ${this.url}: websocket error`));
        }
      });
      socket.addEventListener("close", (event: { code?: number }) => {
        if (!settled) {
          settled = true;
          reject(new Error(`cannot connect to ${this.url}: closed (${event.code ?? "no code"})`));
        }
      });
    });
  }
}

/**
 * The reference server compiled to WebAssembly (npm `buttplug-wasm`) exposes two functions that
 * take and return raw JSON frames; this is their shape. Its server speaks spec v3.
 */
export interface EmbeddedJsonServer {
  buttplug_create_embedded_wasm_server(onEvent: (frame: Uint8Array) => void, serverPtr?: unknown): unknown;
  buttplug_client_send_json_message(server: unknown, frame: Uint8Array, onReply: (frame: Uint8Array) => void): void;
  buttplug_free_embedded_wasm_server?(server: unknown): void;
}

/** One connection to an embedded JSON-frame server: frames go in as bytes, replies and events come back. */
class EmbeddedServerConnection extends FrameConnectionBase {
  readonly description = "embedded wasm server";
  private readonly decoder = new TextDecoder();
  private readonly encoder = new TextEncoder();
  private readonly server: unknown;

  constructor(private readonly module: EmbeddedJsonServer) {
    super();
    this.server = module.buttplug_create_embedded_wasm_server((frame) => this.receive(frame));
  }

  private receive(frame: Uint8Array): void {
    const text = this.decoder.decode(frame);
    // Deliver on a later tick, as any transport would.
    setTimeout(() => this.deliver(text, frame.byteLength, Number.MAX_SAFE_INTEGER), 0);
  }

  send(frame: string): void {
    if (!this.open) return;
    this.module.buttplug_client_send_json_message(this.server, this.encoder.encode(frame), (reply) =>
      this.receive(reply),
    );
  }

  close(reason = "closed"): void {
    if (!this.open) return;
    this.markClosed(reason);
  }
}

/**
 * Connects to an embedded server exposing JSON-frame functions, such as the reference server
 * compiled to WebAssembly (`buttplug-wasm`'s inner module). Connect with `specVersion: 3`.
 */
export class EmbeddedServerConnector implements ButtplugConnector {
  readonly description = "embedded wasm server";

  constructor(private readonly module: EmbeddedJsonServer) {}

  async connect(): Promise<FrameConnection> {
    return new EmbeddedServerConnection(this.module);
  }
}
