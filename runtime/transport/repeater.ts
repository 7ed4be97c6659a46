/**
 * Repeater mode (Intiface Engine's `--repeater`, src/repeater.rs): a websocket proxy. Each client
 * that connects to the local port gets its own connection to the remote Buttplug server, and every
 * text or binary frame is passed on unchanged, both ways, until either side closes. No Buttplug
 * server runs here; the remote one owns the session and its devices (Intiface uses this to reflect a
 * desktop browser app to the server on a phone).
 *
 * Where bpkit differs from Intiface Engine, on purpose:
 * - the remote server is reached before the client's upgrade is answered, so a remote that is down
 *   is a failed connect the client sees (HTTP 502 naming why), not an accepted socket that then
 *   vanishes;
 * - a close on one side is passed on as a close on the other (its code and reason where the
 *   protocol allows), so a client that drops makes the remote server end its session and stop its
 *   devices at once;
 * - with a checker (`--log debug`) each frame goes through the session checker (runtime/validate)
 *   and its problems are logged; frames are never altered.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import { tokenMatches } from "../access-token";
import { type Logger, logSafe } from "../log";
import { SessionChecker, type Problem } from "../validate/session-checker";
import { handshakeIn, versionOfHandshake } from "../validate/session-checker";
import { DEFAULT_MAX_FRAME_SIZE } from "./types";
import { closeOrCutOff, DEFAULT_OUTGOING_QUEUE, upgradeServerOptions, websocketCloseReason } from "./websocket-server";

/** Options of the repeater. */
export interface RepeaterOptions {
  /** Local port (0 picks a free one). */
  port: number;
  /** The remote Buttplug server, `ws://host:port` (see remoteAddressUrl). */
  remoteAddress: string;
  log: Logger;
  /** Listen on every interface instead of 127.0.0.1; then `token` is required. */
  useAllInterfaces?: boolean;
  /** When set, a client must connect with `?token=<token>` in its URL. */
  token?: string;
  /** Frames larger than 4× this (bytes) close the connection with 1009, as on the server (default 1 MiB). */
  maxFrameSize?: number;
  /** Run every frame through the session checker and log its problems (bpkit serve: --log debug). */
  checkFrames?: boolean;
  /** How long reaching the remote server may take (ms, default 10000). */
  connectTimeoutMs?: number;
  /** Repeated connections at once (default 8); one more is refused with 503. */
  maxConnections?: number;
}

/** The remote address as a URL: `ws://` is put in front when no scheme is given, as Intiface Engine does. */
export function remoteAddressUrl(address: string): string {
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `ws://${address}`;
  if (!/^wss?:\/\/[^/]/i.test(url)) throw new Error(`'${address}' is not a ws:// or wss:// address`);
  return url;
}

/**
 * The close to send one side when the other closed with `code`: the same code and reason where a
 * close frame can carry them; 1005 (none given) becomes 1000; 1006 (dropped without a close frame)
 * becomes `dropped` with a reason saying so.
 */
function passOnClose(code: number, reason: Buffer, dropped: number, droppedReason: string): [number, string] {
  if (code === 1005) return [1000, reason.toString()];
  if (code === 1006 || code < 1000 || code >= 5000 || code === 1015) return [dropped, droppedReason];
  return [code, reason.toString()];
}

/** Plain HTTP answer on a socket whose upgrade is refused. */
function refuseUpgrade(socket: Duplex, status: number, statusText: string, text: string): void {
  const body = Buffer.from(`${text}\n`);
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${body.length}\r\n\r\n${body.toString()}`,
  );
}

const asBuffer = (data: RawData): Buffer =>
  Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);

/**
 * Checks one repeated session's frames with the session checker of the spec version its handshake
 * asks for; frames before a readable RequestServerInfo are not checked (the version is unknown).
 */
class RepeatedSessionCheck {
  private checker: SessionChecker | undefined;
  private line = 0;

  constructor(private readonly log: Logger) {}

  frame(dir: "c2s" | "s2c", data: Buffer, isBinary: boolean): void {
    this.line++;
    const out: Problem[] = [];
    if (isBinary) {
      this.log.warn(`frame ${this.line} (${dir}): a binary frame; Buttplug frames are text (passed on unchanged)`);
      return;
    }
    let frame: unknown;
    try {
      frame = JSON.parse(data.toString("utf8"));
    } catch {
      this.checker?.check({ line: this.line, dir, error: "frame is not JSON" }, out);
      if (!this.checker) this.log.warn(`frame ${this.line} (${dir}): not JSON (passed on unchanged)`);
      this.report(out);
      return;
    }
    if (!this.checker && dir === "c2s") {
      const handshake = handshakeIn(frame);
      const version = handshake === undefined ? undefined : versionOfHandshake(handshake);
      if (typeof version === "number") this.checker = new SessionChecker(version);
      else if (typeof version === "string") this.log.warn(`frame ${this.line}: ${logSafe(version)}; not checked`);
    }
    this.checker?.check({ line: this.line, dir, frame }, out);
    this.report(out);
  }

  /** The session is over: requests never answered are reported. */
  finish(): void {
    const out: Problem[] = [];
    this.checker?.finish(out);
    this.report(out);
  }

  private report(problems: Problem[]): void {
    for (const p of problems) {
      if (p.severity === "note") continue;
      const where = `frame ${p.line}${p.message ? ` ${p.message}` : ""}${p.id !== undefined ? ` Id ${p.id}` : ""}`;
      this.log.warn(
        `spec v${this.checker?.version ?? "?"} ${p.severity} [${p.rule}] ${where}${p.pointer ? ` at ${p.pointer}` : ""}: ${logSafe(p.text)}`,
      );
    }
  }
}

/** A websocket proxy from a local port to one remote Buttplug server. */
export class Repeater {
  private http: Server | undefined;
  private readonly sockets = new Set<WebSocket>();
  private connecting = 0;
  private readonly remoteUrl: string;
  private readonly payloadLimit: number;

  constructor(private readonly options: RepeaterOptions) {
    this.remoteUrl = remoteAddressUrl(options.remoteAddress);
    this.payloadLimit = (options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE) * 4;
    if (options.useAllInterfaces && !options.token) throw new Error("a repeater on every interface needs a token");
  }

  /** The remote server's URL. */
  get remote(): string {
    return this.remoteUrl;
  }

  /** Repeated connections open now (each is a client and its remote connection). */
  get connections(): number {
    return this.sockets.size / 2;
  }

  /** Start listening; resolves with the bound address. */
  listen(): Promise<AddressInfo> {
    const host = this.options.useAllInterfaces ? "0.0.0.0" : "127.0.0.1";
    const wss = new WebSocketServer({ noServer: true, maxPayload: this.payloadLimit, perMessageDeflate: false });
    const http = createServer(upgradeServerOptions(), (_request, response) => {
      response.writeHead(426, { "Content-Type": "text/plain; charset=utf-8", Upgrade: "websocket" });
      response.end(`Upgrade Required: this is a Buttplug repeater to ${this.remoteUrl}\n`);
    });
    http.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(wss, request, socket, head),
    );
    return new Promise((resolve, reject) => {
      http.once("error", reject);
      http.listen(this.options.port, host, () => {
        http.off("error", reject);
        http.on("error", (err) => this.options.log.error(`repeater: ${err.message}`));
        this.http = http;
        resolve(http.address() as AddressInfo);
      });
    });
  }

  /** Close every repeated connection (both sides, 1001) and stop listening. */
  async close(): Promise<void> {
    const http = this.http;
    this.http = undefined;
    // A peer that does not answer the close within a second is cut off.
    await Promise.all([...this.sockets].map((ws) => closeOrCutOff(ws, 1001, "repeater stopping")));
    if (!http) return;
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  }

  /** Why an upgrade request is refused before the remote server is tried, if it is. */
  private refusal(request: IncomingMessage): { status: number; statusText: string; text: string } | undefined {
    const { token } = this.options;
    if (token !== undefined) {
      const given = new URL(request.url ?? "/", "http://repeater").searchParams.get("token");
      if (!tokenMatches(given, token))
        return {
          status: 401,
          statusText: "Unauthorized",
          text: "this repeater listens on every interface: connect with the URL (and token) bpkit serve printed at start-up",
        };
    }
    const max = this.options.maxConnections ?? 8;
    if (this.connections + this.connecting >= max)
      return { status: 503, statusText: "Service Unavailable", text: `the repeater has ${max} connections already` };
    if (request.headers.upgrade?.toLowerCase() !== "websocket")
      return { status: 400, statusText: "Bad Request", text: "not a websocket upgrade request" };
    return undefined;
  }

  private upgrade(wss: WebSocketServer, request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const { log } = this.options;
    const peer = `${request.socket.remoteAddress}:${request.socket.remotePort}`;
    const refusal = this.refusal(request);
    if (refusal) {
      log.warn(`refused ${peer}: ${refusal.text}`);
      refuseUpgrade(socket, refusal.status, refusal.statusText, refusal.text);
      return;
    }
    this.connecting++;
    let clientGone = false;
    const onClientGone = () => (clientGone = true);
    socket.once("close", onClientGone);
    socket.on("error", onClientGone);
    const remote = new WebSocket(this.remoteUrl, {
      perMessageDeflate: false,
      maxPayload: this.payloadLimit,
      handshakeTimeout: this.options.connectTimeoutMs ?? 10_000,
    });
    // The remote may speak first; nothing is lost while the client's upgrade completes.
    const early: [Buffer, boolean][] = [];
    const keep = (data: RawData, isBinary: boolean) => early.push([asBuffer(data), isBinary]);
    remote.on("message", keep);
    let settled = false;
    const settle = () => {
      if (settled) return false;
      settled = true;
      this.connecting--;
      socket.off("close", onClientGone);
      socket.off("error", onClientGone);
      return true;
    };
    const failed = (why: string) => {
      if (!settle()) return;
      log.warn(`cannot reach the remote server ${this.remoteUrl} for ${peer}: ${why}`);
      refuseUpgrade(
        socket,
        502,
        "Bad Gateway",
        `bpkit repeater: cannot reach the remote server ${this.remoteUrl}: ${why}`,
      );
    };
    remote.once("unexpected-response", (_request, response) => {
      failed(`it answered HTTP ${response.statusCode} instead of a websocket`);
      remote.terminate();
    });
    remote.on("error", (err) => failed(err.message));
    remote.once("open", () => {
      if (!settle()) return;
      if (clientGone || !this.http) {
        remote.close(
          1001,
          clientGone ? "the client left before the repeater reached this server" : "repeater stopping",
        );
        return;
      }
      let piped = false;
      wss.handleUpgrade(request, socket, head, (client) => {
        piped = true;
        remote.off("message", keep);
        this.pipe(client, remote, peer, early);
      });
      // ws refused the upgrade request (and answered it): the remote connection has no client.
      if (!piped) remote.close(1001, "the client's websocket upgrade request was refused");
    });
  }

  /** Pass frames both ways until either side closes, then close the other. */
  private pipe(client: WebSocket, remote: WebSocket, peer: string, early: [Buffer, boolean][]): void {
    const { log } = this.options;
    this.sockets.add(client);
    this.sockets.add(remote);
    log.info(`${peer} ⇄ ${this.remoteUrl}: repeating`);
    const check = this.options.checkFrames ? new RepeatedSessionCheck(log.child(peer)) : undefined;
    const debug = log.enabled("debug");
    const forward = (from: WebSocket, to: WebSocket, dir: "c2s" | "s2c") => (data: RawData, isBinary: boolean) => {
      const bytes = asBuffer(data);
      if (debug) log.debug(`${peer} ${dir === "c2s" ? "→" : "←"} ${logSafe(bytes.toString("utf8"))}`);
      check?.frame(dir, bytes, isBinary);
      if (to.readyState !== WebSocket.OPEN) return;
      to.send(bytes, { binary: isBinary }, () => {
        // Reading resumes once the side that did not read has taken what was queued for it.
        if (from.isPaused && to.bufferedAmount <= DEFAULT_OUTGOING_QUEUE.pauseReadingBytes / 2) from.resume();
      });
      if (to.bufferedAmount > DEFAULT_OUTGOING_QUEUE.pauseReadingBytes) from.pause();
    };
    const toRemote = forward(client, remote, "c2s");
    const toClient = forward(remote, client, "s2c");
    for (const [data, isBinary] of early) toClient(data, isBinary);
    client.on("message", toRemote);
    remote.on("message", toClient);
    let ended = false;
    const end = (side: "client" | "remote", code: number, reason: Buffer) => {
      this.sockets.delete(side === "client" ? client : remote);
      if (ended) return;
      ended = true;
      check?.finish();
      const other = side === "client" ? remote : client;
      const [passCode, passReason] =
        side === "client"
          ? passOnClose(code, reason, 1001, "the client's connection to the repeater dropped")
          : passOnClose(code, reason, 1014, `the remote server ${this.remoteUrl} dropped the connection`);
      log.info(`${peer} ⇄ ${this.remoteUrl}: the ${side} closed (${code}); closing the other side (${passCode})`);
      if (other.readyState === WebSocket.OPEN || other.readyState === WebSocket.CONNECTING)
        other.close(passCode, websocketCloseReason(passReason));
    };
    client.on("close", (code, reason) => end("client", code, reason));
    remote.on("close", (code, reason) => end("remote", code, reason));
    // An error is followed by a close; the close passes it on.
    client.on("error", (err) => log.warn(`${peer}: ${err.message}`));
    remote.on("error", (err) => log.warn(`${this.remoteUrl}: ${err.message}`));
  }
}
