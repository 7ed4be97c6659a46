/**
 * Test helpers: a raw frame client over any FrameConnection that collects what the server sends,
 * validates every server message against the generated validators of the session's version, and
 * waits for replies by Id.
 */
import { validateFrame, type SpecVersion } from "../../generated";
import { Logger } from "../../runtime/log";
import { ButtplugServer, type ButtplugServerOptions } from "../../runtime/server";
import {
  createInProcessPair,
  connectWebsocket,
  WebsocketServerTransport,
  type FrameConnection,
} from "../../runtime/transport";

export type Msg = Record<string, Record<string, unknown>>;

/** A logger that keeps lines (for assertions) instead of printing them. */
export function memoryLogger(level: "info" | "debug" = "info"): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return {
    log: new Logger(level, "test", (lvl, component, message) => lines.push(`${lvl} [${component}] ${message}`)),
    lines,
  };
}

/** A client speaking raw frames. */
export class FrameClient {
  readonly received: Msg[] = [];
  /** Problems found validating server frames (should stay empty). */
  readonly invalid: string[] = [];
  closed = false;
  closeReason?: string;
  version: SpecVersion = 4;
  private waiters: Array<{ match: (m: Msg) => boolean; resolve: (m: Msg) => void }> = [];
  private closeWaiters: Array<() => void> = [];

  constructor(readonly connection: FrameConnection) {
    connection.on("frame", (frame) => this.onFrame(frame));
    connection.on("close", (reason) => {
      this.closed = true;
      this.closeReason = reason;
      for (const w of this.closeWaiters.splice(0)) w();
    });
  }

  private onFrame(frame: string): void {
    const parsed = JSON.parse(frame) as Msg[];
    const result = validateFrame(this.version, parsed, { direction: "server" });
    // Test is a client message that the server echoes back as its reply (spec v0).
    const onlyTest = parsed.every((m) => "Test" in m);
    if (!result.ok && !onlyTest) this.invalid.push(`${frame}: ${JSON.stringify(result.issues)}`);
    for (const message of parsed) {
      this.received.push(message);
      const i = this.waiters.findIndex((w) => w.match(message));
      if (i >= 0) this.waiters.splice(i, 1)[0].resolve(message);
    }
  }

  send(...messages: unknown[]): void {
    this.connection.send(JSON.stringify(messages));
  }

  sendRaw(frame: string): void {
    this.connection.send(frame);
  }

  /** The first message (already received or future) matching `match`. */
  next(match: (m: Msg) => boolean, fromIndex = 0): Promise<Msg> {
    const found = this.received.slice(fromIndex).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  /** Wait for the reply to the message with this Id (any reply name). */
  reply(id: number): Promise<Msg> {
    return this.next((m) => Object.values(m)[0].Id === id);
  }

  /** Send one message and wait for its reply. */
  async request(message: Msg): Promise<Msg> {
    const id = Object.values(message)[0].Id as number;
    const from = this.received.length;
    this.send(message);
    return this.next((m) => Object.values(m)[0].Id === id, from);
  }

  /** Resolves when the connection has closed. */
  whenClosed(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => this.closeWaiters.push(resolve));
  }

  /** Handshake as a v4 client. */
  async handshake(clientName = "test client"): Promise<Msg> {
    return this.request({
      RequestServerInfo: { Id: 1, ClientName: clientName, ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 },
    });
  }
}

/** A transport under test: how to get a client connection to a server. */
export interface TransportHarness {
  name: string;
  /** Make `server` reachable; returns a function that opens a new client connection. */
  setup(
    server: ButtplugServer,
    options?: { maxFrameSize?: number },
  ): Promise<{ open(): Promise<FrameConnection>; close(): Promise<void> }>;
}

export const inProcess: TransportHarness = {
  name: "in-process",
  async setup(server, options = {}) {
    return {
      async open() {
        const { client, server: end } = createInProcessPair(options);
        server.connect(end);
        return client;
      },
      async close() {},
    };
  },
};

export const websocket: TransportHarness = {
  name: "websocket",
  async setup(server, options = {}) {
    const transport = new WebsocketServerTransport({ port: 0, maxFrameSize: options.maxFrameSize });
    transport.on("connection", (c) => server.connect(c));
    const { port } = await transport.listen();
    return {
      open: () => connectWebsocket(`ws://127.0.0.1:${port}`),
      close: () => transport.close(),
    };
  },
};

/** A server and a connected (not yet handshaken) client over `harness`. */
export async function startSession(
  harness: TransportHarness,
  options: ButtplugServerOptions = {},
  transportOptions: { maxFrameSize?: number } = {},
): Promise<{ server: ButtplugServer; client: FrameClient; open(): Promise<FrameClient>; close(): Promise<void> }> {
  const server = new ButtplugServer(options);
  const t = await harness.setup(server, transportOptions);
  const client = new FrameClient(await t.open());
  return {
    server,
    client,
    open: async () => new FrameClient(await t.open()),
    close: async () => {
      await server.shutdown();
      await t.close();
    },
  };
}

/** The body of a one-key message. */
export function body(m: Msg): Record<string, unknown> {
  return Object.values(m)[0];
}

export function nameOf(m: Msg): string {
  return Object.keys(m)[0];
}
