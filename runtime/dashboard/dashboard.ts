/**
 * The dashboard: the web page (a prebuilt bundle, see scripts/build.js) and its event stream,
 * served on the Buttplug websocket's own port — plain HTTP requests get the page, a websocket
 * upgrade to /events gets the event stream, every other upgrade still reaches the Buttplug
 * server — and optionally on Intiface's --frontend-websocket-port.
 *
 * The page can drive hardware, so:
 * - a request whose Host is not a loopback name is refused unless the server listens on every
 *   interface (a DNS-rebinding page cannot reach it through a name of its own);
 * - with a token (bpkit serve sets one with --websocket-use-all-interfaces) every request and
 *   stream needs `?token=`;
 * - a websocket to the stream from a browser page of another origin is refused;
 * - the page may not be framed, and sends no Referer (the token is in its URL).
 * Commands from a viewer run through a V4Handler, the same v4 path as a client's.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import { tokenMatches } from "../access-token";
import { frontend, issuesFromErrors, type inside } from "../../generated";
import type { Logger } from "../log";
import { logSafe } from "../log";
import type { ButtplugServer } from "../server/server";
import { ErrorCode } from "../errors";
import { V4Handler, errorReply } from "../server/v4-handler";
import { EventStream } from "./event-stream";
import { SessionRecorder } from "./recording";

/** The path of the event stream on the Buttplug port. */
export const EVENTS_PATH = "/events";
/** Largest command frame a viewer may send (bytes). */
const MAX_COMMAND_FRAME = 64 * 1024;

/** Options of the dashboard. */
export interface DashboardOptions {
  server: ButtplugServer;
  /** The server as the event stream's Snapshot describes it. */
  serverState: () => frontend.ServerState;
  log: Logger;
  /** Folder of the built page (index.html, app.js, app.css); undefined: only the event stream. */
  assets?: string;
  /** When set, every request and stream needs `?token=<token>`. */
  token?: string;
  /** Whether the server listens on every interface (then any Host name is accepted). */
  allInterfaces?: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "app.css": "text/css; charset=utf-8",
};

const SECURITY_HEADERS = {
  "Content-Security-Policy":
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** The host name of a Host header or origin ("127.0.0.1:12345" → "127.0.0.1"). */
function hostName(host: string): string {
  const bracket = host.startsWith("[") ? host.indexOf("]") : -1;
  if (bracket > 0) return host.slice(0, bracket + 1).toLowerCase();
  const colon = host.lastIndexOf(":");
  return (colon > 0 && host.indexOf(":") === colon ? host.slice(0, colon) : host).toLowerCase();
}

/** See the file comment. */
export class Dashboard {
  readonly stream: EventStream;
  readonly recorder: SessionRecorder;
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_COMMAND_FRAME,
    perMessageDeflate: false,
  });
  private readonly handler: V4Handler;
  private readonly files = new Map<string, Buffer>();
  private frontendServer?: Server;

  constructor(private readonly options: DashboardOptions) {
    this.stream = new EventStream(options.server, options.serverState);
    this.recorder = new SessionRecorder(options.server);
    this.handler = new V4Handler(options.server.devices);
    if (options.assets) {
      for (const name of Object.keys(CONTENT_TYPES)) this.files.set(name, readFileSync(join(options.assets, name)));
    }
  }

  /** The token every request needs, if any. */
  get token(): string | undefined {
    return this.options.token;
  }

  /** Whether the page is served (false: only the event stream). */
  get servesPage(): boolean {
    return this.files.size > 0;
  }

  /** Answer a plain HTTP request on the Buttplug port: the page, its assets, the recording. */
  handleRequest(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? "/", "http://bpkit.invalid");
    const refusal = this.refusal(request, url);
    const asset = url.pathname === "/" ? "index.html" : url.pathname.slice(1);
    // The bundle holds no secret: scripts and styles load without the token (the page needs it for everything else).
    const isPublicAsset = asset !== "index.html" && this.files.has(asset);
    if (refusal && !(isPublicAsset && refusal.status === 401)) {
      this.refuse(response, refusal.status, refusal.message);
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      this.refuse(response, 405, "only GET is served here");
      return;
    }
    if (url.pathname === "/recording.jsonl") {
      const body = this.recorder.jsonl();
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        "Content-Type": "application/jsonl; charset=utf-8",
        "Content-Disposition": `attachment; filename="bpkit-session-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl"`,
      });
      response.end(request.method === "HEAD" ? undefined : body);
      return;
    }
    const file = this.files.get(asset);
    if (!file) {
      const why = this.servesPage ? `nothing at ${url.pathname}` : "the dashboard is off (--no-dashboard)";
      this.refuse(response, 404, `${why}; this port serves the Buttplug websocket`);
      return;
    }
    response.writeHead(200, { ...SECURITY_HEADERS, "Content-Type": CONTENT_TYPES[asset]! });
    response.end(request.method === "HEAD" ? undefined : file);
  }

  /** Take a websocket upgrade for the event stream (path /events); false: not ours. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(request.url ?? "/", "http://bpkit.invalid");
    if (url.pathname !== EVENTS_PATH) return false;
    this.upgrade(request, socket, head, url);
    return true;
  }

  /** Serve the event stream alone on its own port (Intiface's --frontend-websocket-port), any path. */
  listenFrontend(port: number, host: string): Promise<AddressInfo> {
    const server = createServer((_request, response) =>
      this.refuse(response, 426, "this port serves the bpkit event stream (a websocket)"),
    );
    server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(request, socket, head, new URL(request.url ?? "/", "http://bpkit.invalid")),
    );
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        server.on("error", (err) => this.options.log.error(`frontend websocket: ${err.message}`));
        this.frontendServer = server;
        resolve(server.address() as AddressInfo);
      });
    });
  }

  /** Tell viewers the engine stopped, close their streams and the frontend port. */
  async close(): Promise<void> {
    this.stream.stop();
    for (const client of this.wss.clients) client.close(1001, "server shutting down");
    this.wss.close();
    const server = this.frontendServer;
    this.frontendServer = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** Why this request must be refused, if it must. */
  private refusal(request: IncomingMessage, url: URL): { status: number; message: string } | undefined {
    const host = request.headers.host ?? "";
    if (!this.options.allInterfaces && !LOOPBACK_HOSTS.has(hostName(host))) {
      return {
        status: 403,
        message: `Host "${host}" is not a loopback name; the dashboard answers only on 127.0.0.1 / localhost`,
      };
    }
    const token = this.options.token;
    if (token !== undefined) {
      if (!tokenMatches(url.searchParams.get("token"), token)) {
        return {
          status: 401,
          message:
            "this server listens on every interface: open the dashboard with the URL (and token) bpkit serve printed at start-up",
        };
      }
    }
    return undefined;
  }

  private refuse(response: ServerResponse, status: number, message: string): void {
    response.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8" });
    response.end(`${message}\n`);
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, url: URL): void {
    let refusal = this.refusal(request, url);
    const origin = request.headers.origin;
    // Browsers always send Origin; a page of another site must not watch or drive the devices.
    if (!refusal && origin !== undefined && origin !== "null") {
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host.toLowerCase();
      } catch {
        originHost = undefined;
      }
      if (originHost !== (request.headers.host ?? "").toLowerCase())
        refusal = { status: 403, message: `cross-origin event stream refused (Origin ${origin})` };
    } else if (!refusal && origin === "null")
      refusal = { status: 403, message: "cross-origin event stream refused (Origin null)" };
    if (refusal) {
      this.options.log.warn(`event stream refused for ${request.socket.remoteAddress}: ${logSafe(refusal.message)}`);
      socket.end(
        `HTTP/1.1 ${refusal.status} ${refusal.status === 401 ? "Unauthorized" : "Forbidden"}\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${refusal.message}\n`,
      );
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.viewerConnected(ws));
  }

  private viewerConnected(ws: WebSocket): void {
    ws.on("error", () => {}); // always followed by close
    const detach = this.stream.attach(ws);
    ws.on("close", detach);
    ws.on("message", (data: RawData, isBinary: boolean) => void this.onCommands(ws, isBinary ? "" : data.toString()));
  }

  /** A command frame from a viewer: each command through the v4 path, each answered with a CommandResult. */
  private async onCommands(ws: WebSocket, text: string): Promise<void> {
    const reply = (Id: number, error?: string) => {
      const result: frontend.CommandResult = error === undefined ? { Id, ok: true } : { Id, ok: false, error };
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify([{ CommandResult: result }]));
    };
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch {
      return reply(0, 'a command frame is a JSON array of {"OutputCmd": …} / {"StopCmd": …} objects');
    }
    if (!frontend.validators.CommandFrame(frame)) {
      const issue = issuesFromErrors(frontend.validators.CommandFrame.errors, "")[0];
      return reply(
        0,
        `invalid command frame: ${issue ? `${issue.pointer || "/"} ${issue.message}` : "not a CommandFrame"}`,
      );
    }
    // Dispatched in order before any is awaited, as the session does for a client's frame.
    const pending = (frame as frontend.CommandFrame).map((command) => {
      const body = Object.values(command)[0] as { Id: number };
      this.options.log.debug(`dashboard command: ${logSafe(JSON.stringify(command))}`);
      // A viewer reads inputs; subscriptions belong to the client (they would outlive the page).
      if ("InputCmd" in command && command.InputCmd.Command !== "Read") {
        return Promise.resolve([body.Id, errorReply(body.Id, ErrorCode.Msg, "a viewer may only Read inputs")] as const);
      }
      return this.handler.handle(command as inside.ClientMessage).then((answer) => [body.Id, answer] as const);
    });
    for (const [id, answer] of await Promise.all(pending)) {
      if ("InputReading" in answer) {
        const { DeviceIndex, FeatureIndex, Reading } = answer.InputReading;
        this.stream.reading(DeviceIndex, FeatureIndex, Reading);
      }
      reply(id, "Error" in answer ? answer.Error.ErrorMessage : undefined);
    }
  }
}
