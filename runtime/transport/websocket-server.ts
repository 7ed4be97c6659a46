/**
 * The client-facing websocket transport: a `ws` server on 127.0.0.1:12345 by default (Intiface's
 * port), every connection a FrameConnection.
 */
import { createServer, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import { TypedEventEmitter } from "../events";
import type { Logger } from "../log";
import { silentLogger } from "../log";
import { TIMED_OUT, within } from "../timers";
import { DEFAULT_MAX_FRAME_SIZE, FrameConnectionBase } from "./types";

/** Intiface's default client websocket port. */
export const DEFAULT_WEBSOCKET_PORT = 12345;

/** Options of the websocket server transport. */
export interface WebsocketServerOptions {
  /** Port to listen on; 0 picks a free one. Default 12345. */
  port?: number;
  /** Listen on every interface (0.0.0.0) instead of loopback. Default false. */
  useAllInterfaces?: boolean;
  /**
   * Largest frame in bytes answered normally (default 1 MiB). Larger frames are reported as
   * `oversize` (the server answers with an Error); frames beyond 4× this are refused by ws itself,
   * which closes the connection with 1009, so a client cannot make the server buffer without end.
   */
  maxFrameSize?: number;
  log?: Logger;
  /** Answers plain HTTP requests on the same port (the dashboard page); default: 426 Upgrade Required. */
  onRequest?: (request: IncomingMessage, response: ServerResponse) => void;
  /**
   * Sees every websocket upgrade before the Buttplug server does; returning true means it took the
   * socket (the dashboard's /events stream). Everything else reaches the Buttplug server.
   */
  onUpgrade?: (request: IncomingMessage, socket: Duplex, head: Buffer) => boolean;
  /** A connection must finish its HTTP request (upgrade) headers within this (ms, default 5000). */
  requestHeaderTimeoutMs?: number;
  /**
   * Backpressure for a client that does not read its replies: past `pauseReadingBytes` queued for
   * it (default 1 MiB) nothing more is read from it until the queue drains; past `closeBytes`
   * (default 16 MiB) the connection is dropped, which ends the session and stops its devices.
   */
  outgoingQueue?: OutgoingQueueLimits;
}

/** Bounds on the bytes queued for a peer that does not read (see WebsocketServerOptions). */
export interface OutgoingQueueLimits {
  pauseReadingBytes: number;
  closeBytes: number;
}

/** Default outgoing queue bounds of the server transport. */
export const DEFAULT_OUTGOING_QUEUE: OutgoingQueueLimits = {
  pauseReadingBytes: 1024 * 1024,
  closeBytes: 16 * 1024 * 1024,
};

/** Default time a connection has to send its complete HTTP upgrade request. */
export const DEFAULT_REQUEST_HEADER_TIMEOUT_MS = 5000;

/**
 * Options for an HTTP server that carries websockets: a connection that does not finish its
 * request headers in time is closed (Node's default waits 60 s, checked every 30 s), so half-sent
 * upgrade requests cannot pile up.
 */
export function upgradeServerOptions(requestHeaderTimeoutMs = DEFAULT_REQUEST_HEADER_TIMEOUT_MS): ServerOptions {
  return {
    headersTimeout: requestHeaderTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(requestHeaderTimeoutMs / 4))),
  };
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString("utf8");
  return data.toString("utf8");
}

function rawLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((n, b) => n + b.length, 0);
  return data.byteLength;
}

/** The `ws` error for a frame above maxPayload (ws then closes with 1009). */
function isFrameTooLarge(err: Error): boolean {
  return (err as { code?: string }).code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH";
}

/** The close reason for a frame above the hard limit. */
function frameTooLargeReason(limit: number): string {
  return `frame too large: limit ${limit} bytes`;
}

/** Longest websocket close reason in bytes (RFC 6455 §5.5: a control frame payload is ≤ 125 bytes, 2 hold the code). */
const MAX_CLOSE_REASON_BYTES = 123;

/**
 * `reason` cut to what a websocket close frame can carry, ending in "…" when cut. Linear in the
 * reason's length however long it is (a device's handshake can be megabytes).
 */
export function websocketCloseReason(reason: string): string {
  // Each UTF-16 unit is at least one UTF-8 byte, so this prefix holds every byte that can fit.
  const head = Buffer.from(reason.slice(0, MAX_CLOSE_REASON_BYTES + 1));
  if (head.length <= MAX_CLOSE_REASON_BYTES && reason.length <= MAX_CLOSE_REASON_BYTES) return reason;
  // A cut inside a multi-byte character decodes to U+FFFD; drop it.
  return `${head
    .subarray(0, MAX_CLOSE_REASON_BYTES - 3)
    .toString("utf8")
    .replace(/\uFFFD$/, "")}…`;
}

/**
 * Close `socket` with a closing handshake; a peer that has not answered it within `ms` is cut off
 * (terminated). Resolves once the socket is closed or cut off.
 */
export async function closeOrCutOff(socket: WebSocket, code: number, reason: string, ms = 1000): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return;
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.close(code, websocketCloseReason(reason));
  if ((await within(closed, ms)) === TIMED_OUT) socket.terminate();
}

/** A websocket as a FrameConnection (used by both the server and the client transport). */
export class WebsocketConnection extends FrameConnectionBase {
  /** Why the connection failed, when we know better than the close code (which is then 1006). */
  private failure?: string;

  /** Reading is paused until the peer reads what is queued for it. */
  private readingPaused = false;
  private corked = false;

  constructor(
    private readonly socket: WebSocket,
    readonly description: string,
    private readonly maxFrameSize: number,
    /** The hard frame limit ws enforces (maxPayload), for the close reason; 0 if none. */
    private readonly payloadLimit = 0,
    /** Backpressure bounds (server side); none when undefined. */
    private readonly queue?: OutgoingQueueLimits,
    /** The TCP socket under the websocket, corked per event-loop turn so a turn's frames are one write. */
    private readonly tcp?: Socket,
  ) {
    super();
    socket.on("message", (data) => this.deliver(rawToString(data), rawLength(data), this.maxFrameSize));
    socket.on("close", (code, reason) =>
      this.markClosed(this.failure ?? (reason.toString() || `websocket closed (${code})`)),
    );
    // An error is always followed by ws closing the socket, which may wait for the peer's closing
    // handshake: the connection is over now, so the session ends (and frees the client slot) now.
    socket.on("error", (err) => {
      if (isFrameTooLarge(err))
        this.failure =
          this.payloadLimit > 0 ? frameTooLargeReason(this.payloadLimit) : `frame too large: ${err.message}`;
      this.markClosed(this.failure ?? `websocket error: ${err.message}`);
    });
  }

  send(frame: string): void {
    if (!this.open || this.socket.readyState !== this.socket.OPEN) return;
    if (this.tcp && !this.corked) {
      this.corked = true;
      this.tcp.cork();
      process.nextTick(() => {
        this.corked = false;
        this.tcp?.uncork();
      });
    }
    if (!this.queue) {
      this.socket.send(frame);
      return;
    }
    this.socket.send(frame, this.written);
    const queued = this.socket.bufferedAmount;
    if (queued > this.queue.closeBytes) {
      this.failure = `the client does not read its replies: ${queued} bytes queued for it (limit ${this.queue.closeBytes})`;
      this.socket.terminate();
      this.markClosed(this.failure);
    } else if (queued > this.queue.pauseReadingBytes && !this.readingPaused) {
      // Read nothing more (so no more replies are made) until the client has read what is queued.
      this.readingPaused = true;
      this.socket.pause();
    }
  }

  /** After each write reaches the socket: resume reading once the queue has drained. */
  private readonly written = (): void => {
    if (this.readingPaused && this.open && this.socket.bufferedAmount <= this.queue!.pauseReadingBytes / 2) {
      this.readingPaused = false;
      this.socket.resume();
    }
  };

  /** Whether reading from the peer is paused for backpressure. */
  get paused(): boolean {
    return this.readingPaused;
  }

  /** Drop the connection without a closing handshake (as a crash or a network failure would). */
  terminate(): void {
    this.socket.terminate();
  }

  close(reason = "closed"): void {
    if (!this.open) return;
    try {
      this.socket.close(1000, websocketCloseReason(reason));
    } catch {
      this.socket.terminate();
    }
    this.markClosed(reason);
  }
}

/** Events of the websocket server transport. */
export interface WebsocketServerEvents {
  connection: (connection: WebsocketConnection) => void;
}

/** The websocket server transport; `listen()` first, then hand each `connection` to the server. */
export class WebsocketServerTransport extends TypedEventEmitter<WebsocketServerEvents> {
  private server?: WebSocketServer;
  private http?: Server;
  private readonly log: Logger;
  readonly maxFrameSize: number;

  constructor(private readonly options: WebsocketServerOptions = {}) {
    super();
    this.log = options.log ?? silentLogger;
    this.maxFrameSize = options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE;
  }

  /** Start listening; resolves with the bound address. */
  listen(): Promise<AddressInfo> {
    const host = this.options.useAllInterfaces ? "0.0.0.0" : "127.0.0.1";
    const port = this.options.port ?? DEFAULT_WEBSOCKET_PORT;
    return new Promise((resolve, reject) => {
      const limit = this.maxFrameSize * 4;
      // ws closes a socket whose frame exceeds maxPayload with a bare 1009; give that close a reason.
      class LimitedWebSocket extends WebSocket {
        override close(code?: number, data?: string | Buffer): void {
          super.close(code, code === 1009 && data === undefined ? frameTooLargeReason(limit) : data);
        }
      }
      // Frames are small JSON: compression would cost more than it saves (and is off for latency).
      const server = new WebSocketServer({
        noServer: true,
        maxPayload: limit,
        perMessageDeflate: false,
        WebSocket: LimitedWebSocket,
      });
      const http = createServer(upgradeServerOptions(this.options.requestHeaderTimeoutMs), (request, response) => {
        if (this.options.onRequest) return this.options.onRequest(request, response);
        response.writeHead(426, { "Content-Type": "text/plain; charset=utf-8", Upgrade: "websocket" });
        response.end("Upgrade Required: this is a Buttplug websocket server\n");
      });
      http.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
        if (this.options.onUpgrade?.(request, socket, head)) return;
        server.handleUpgrade(request, socket, head, (ws) => server.emit("connection", ws, request));
      });
      http.once("error", reject);
      http.listen(port, host, () => {
        http.off("error", reject);
        http.on("error", (err) => this.log.error(`websocket server: ${err.message}`));
        server.on("error", (err) => this.log.error(`websocket server: ${err.message}`));
        this.server = server;
        this.http = http;
        resolve(http.address() as AddressInfo);
      });
      server.on("connection", (socket, request) => {
        const remote = `${request.socket.remoteAddress}:${request.socket.remotePort}`;
        socket.on("error", (err) => {
          if (isFrameTooLarge(err))
            this.log.warn(`ws ${remote}: ${frameTooLargeReason(limit)}; closing the connection (1009)`);
          else this.log.warn(`ws ${remote}: ${err.message}`);
        });
        const queue = this.options.outgoingQueue ?? DEFAULT_OUTGOING_QUEUE;
        this.emit(
          "connection",
          new WebsocketConnection(socket, `ws ${remote}`, this.maxFrameSize, limit, queue, request.socket),
        );
      });
    });
  }

  /** The bound address (after listen). */
  address(): AddressInfo | undefined {
    return this.http?.address() as AddressInfo | undefined;
  }

  /** Close every connection and stop listening. */
  close(): Promise<void> {
    const server = this.server;
    const http = this.http;
    if (!server || !http) return Promise.resolve();
    this.server = undefined;
    this.http = undefined;
    for (const client of server.clients) client.terminate();
    server.close();
    // Keep-alive HTTP connections (a dashboard tab) must not hold the port open.
    http.closeAllConnections();
    return new Promise((resolve) => http.close(() => resolve()));
  }
}
