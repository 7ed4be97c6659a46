/**
 * One client session, a small state machine: handshake → connected → ending → ended.
 *
 * The handshake negotiates the spec version; then each message, valid at the client's version
 * (frames.ts), is answered at that version when the session owns it (Ping, Disconnect, a second
 * RequestServerInfo, Test, RequestLog, raw messages: raw.ts) or goes up to the inside version
 * (translation-glue.ts), to the V4Handler, and its one reply comes back down. Device events
 * (DeviceList, ScanningFinished, InputReading Id 0) come down the same way. The ping watchdog ends
 * a silent session. Nothing a client sends can throw out of here: every failure is an Error.
 */
import { type inside, messageId, type SpecVersion } from "../../generated";
import { ErrorCode } from "../errors";
import { TypedEventEmitter } from "../events";
import type { Logger } from "../log";
import { INSIDE_VERSION } from "../translation/chain";
import type { FrameConnection } from "../transport/types";
import { backgroundTimer, TIMED_OUT, type Timer, within } from "../timers";
import { errorText } from "../errors";
import type { DeviceManager } from "./device-manager";
import { DeviceEvents } from "./device-events";
import {
  DEFAULT_MAX_MESSAGES_PER_FRAME,
  errorFor,
  Outbox,
  parseFrame,
  readClientMessage,
  readHandshake,
} from "./frames";
import { logSafe } from "./log-text";
import { isRawRequest, RawMessages } from "./raw";
import { TranslationGlue } from "./translation-glue";
import { okReply, V4Handler } from "./v4-handler";

export { DEFAULT_MAX_MESSAGES_PER_FRAME, describeIssues } from "./frames";

/** The newest spec version bpkit speaks (the version it speaks inside). */
export const SERVER_SPEC_VERSION = INSIDE_VERSION;

/** Default time a connection has to complete the handshake. */
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000;

/**
 * Default most requests of one client waiting for their reply (a slow device's commands pile up
 * here); past it a request gets an Error instead of a place in the queue. Above the default
 * messages per frame, so one full frame of commands is always taken.
 */
export const DEFAULT_MAX_COMMANDS_IN_FLIGHT = 4096;

/** What a session needs from its server. */
export interface SessionOptions {
  serverName: string;
  /** Milliseconds between client Pings before the session ends; 0 disables the watchdog. */
  maxPingTime: number;
  allowRawMessages: boolean;
  log: Logger;
  devices: DeviceManager;
  /** Milliseconds a connection may take to send RequestServerInfo (default 10000); 0 disables. */
  handshakeTimeoutMs?: number;
  /** How long Disconnect waits for replies already in flight before its Ok (ms, default 5000). */
  stopTimeoutMs?: number;
  /** Most messages one frame may hold (default 1000); a larger frame is refused with one Error. */
  maxMessagesPerFrame?: number;
  /** Most requests waiting for their reply (default 4096); more get ERROR_DEVICE, stops excepted. */
  maxCommandsInFlight?: number;
  /**
   * Called when the handshake is valid: take the server's one client slot, or return why not (the
   * client then gets Error ERROR_INIT with that text and is closed). Default: always granted.
   */
  claimSlot?: () => string | undefined;
}

/** Events of a session. */
export interface ClientSessionEvents {
  /** The handshake succeeded. */
  handshake: (clientName: string, version: SpecVersion) => void;
  /** The session started ending (its devices are being stopped); the client slot is free. */
  ending: (reason: string) => void;
  /** The session is over and its devices have been stopped. */
  end: (reason: string) => void;
  /** A frame as it crossed the wire: "c2s" received from the client, "s2c" sent to it (observers: dashboard, recording). */
  frame: (direction: "c2s" | "s2c", frame: string) => void;
}

/** A client session; created by ButtplugServer.connect. */
export class ClientSession extends TypedEventEmitter<ClientSessionEvents> {
  clientName?: string;
  private state: "handshake" | "connected" | "ending" | "ended" = "handshake";
  private glue?: TranslationGlue;
  private readonly handler: V4Handler;
  private readonly raw: RawMessages;
  private readonly outbox: Outbox;
  private readonly deviceEvents: DeviceEvents;
  private readonly log: Logger;
  private readonly stopTimeoutMs: number;
  private pingTimer?: Timer;
  private handshakeTimer?: Timer;
  /** Dispatches whose reply has not been sent yet (Disconnect waits for them). */
  private readonly inFlight = new Set<Promise<void>>();
  /** Set by Disconnect: nothing after it is handled while replies in flight drain. */
  private disconnecting = false;
  private endPromise?: Promise<void>;

  constructor(
    readonly connection: FrameConnection,
    private readonly options: SessionOptions,
  ) {
    super();
    this.log = options.log;
    this.stopTimeoutMs = options.stopTimeoutMs ?? 5000;
    this.handler = new V4Handler(options.devices);
    this.raw = new RawMessages(options.devices, options.log);
    this.deviceEvents = new DeviceEvents(options.devices, this.handler, this.raw, {
      event: (message) => this.sendEvent(message),
      raw: (message) => this.state === "connected" && this.outbox.send(message),
    });
    this.outbox = new Outbox(
      connection,
      options.log,
      () => this.version ?? SERVER_SPEC_VERSION,
      (frame) => this.emit("frame", "s2c", frame),
    );
    connection.on("frame", (frame) => this.onFrame(frame));
    connection.on("oversize", (bytes, max) =>
      this.sendError(0, ErrorCode.Msg, `frame of ${bytes} bytes exceeds the maximum frame size of ${max} bytes`),
    );
    connection.on("close", (reason) => void this.end(`connection closed: ${reason}`, false));
    // One client at a time: a connection that never handshakes must not hold the slot forever.
    const handshakeTimeout = options.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS;
    if (handshakeTimeout > 0) {
      this.handshakeTimer = backgroundTimer(handshakeTimeout, () => {
        if (this.state !== "handshake") return;
        const reason = `no RequestServerInfo within ${handshakeTimeout} ms`;
        this.sendError(0, ErrorCode.Init, `${reason}; closing the connection`);
        void this.end(`handshake timeout (${reason})`);
      });
    }
  }

  /** The negotiated spec version (after the handshake). */
  get version(): SpecVersion | undefined {
    return this.glue?.version;
  }

  /** The translation context (after the handshake). */
  get context(): TranslationGlue["context"] | undefined {
    return this.glue?.context;
  }

  /** Whether the handshake is done and the session has not ended. */
  get connected(): boolean {
    return this.state === "connected";
  }

  /** Whether the session is stopping its devices on its way out. */
  get ending(): boolean {
    return this.state === "ending";
  }

  /**
   * End the session: stop every device (always before the connection is closed or `end` fires),
   * then close the connection. Idempotent; resolves once devices are stopped.
   */
  end(reason: string, closeConnection = true): Promise<void> {
    if (this.endPromise) return this.endPromise;
    // Only a session that handshook can have moved a device (the others never held the slot).
    const hadClient = this.state === "connected";
    this.state = "ending";
    clearTimeout(this.pingTimer);
    clearTimeout(this.handshakeTimer);
    const devices = this.options.devices;
    this.deviceEvents.detach();
    this.endPromise = (async () => {
      this.log.info(`session ${this.clientName ? `"${logSafe(this.clientName)}" ` : ""}ending: ${logSafe(reason)}`);
      if (hadClient) {
        // Devices first: a slow adapter must not delay a stop.
        await devices.stopAll(`session ended (${reason})`);
        this.handler.subscriptions.clear();
        await this.raw.end(this.stopTimeoutMs);
        try {
          if (devices.isScanning) await devices.stopScanning();
        } catch (err) {
          this.log.warn(`stop scanning failed: ${errorText(err)}`);
        }
      }
      if (closeConnection) {
        this.outbox.flush();
        this.connection.close(reason);
      }
      this.state = "ended";
      this.emit("end", reason);
    })();
    this.emit("ending", reason);
    return this.endPromise;
  }

  private onFrame(frame: string): void {
    if (this.state === "ending" || this.state === "ended" || this.disconnecting) return;
    this.emit("frame", "c2s", frame);
    if (this.log.enabled("debug")) this.log.debug(`← ${logSafe(frame)}`);
    const parsed = parseFrame(frame, this.options.maxMessagesPerFrame ?? DEFAULT_MAX_MESSAGES_PER_FRAME);
    if (!Array.isArray(parsed)) {
      this.sendError(parsed.id, parsed.code, parsed.text);
      return;
    }
    for (let index = 0; index < parsed.length; index++) {
      const element: unknown = parsed[index];
      if (this.disconnecting) return;
      try {
        if (this.state === "handshake") this.handshake(element, index);
        else if (this.glue && this.state === "connected") this.onMessage(this.glue, element, index);
      } catch (err) {
        // A bug, never the client's input: still answer, and keep the session alive.
        this.log.error(
          `internal error handling /${index}: ${logSafe(err instanceof Error ? (err.stack ?? err.message) : String(err))}`,
        );
        this.sendError(messageId(element) ?? 0, ErrorCode.Unknown, `internal error: ${errorText(err)}`);
      }
    }
  }

  private handshake(element: unknown, index: number): void {
    const asked = readHandshake(element, index, SERVER_SPEC_VERSION);
    if ("code" in asked) {
      this.sendError(asked.id, asked.code, asked.text);
      if (asked.end) void this.end(asked.end);
      return;
    }
    const { id, version: spec, clientName } = asked;
    const refused = this.options.claimSlot?.();
    if (refused) {
      this.sendError(id, ErrorCode.Init, refused);
      void this.end(refused);
      return;
    }
    this.clientName = clientName;
    // The client starts out knowing the devices already connected (reference parity): no
    // DeviceAdded for them later, and commands may name them without a RequestDeviceList first.
    const { devices, allowRawMessages, serverName: ServerName, maxPingTime: MaxPingTime } = this.options;
    const rawEndpoints = (index: number) => devices.device(index)?.raw?.endpoints ?? [];
    this.glue = new TranslationGlue(
      spec,
      [spec, allowRawMessages, Object.values(devices.deviceList()), rawEndpoints],
      this.log,
    );
    this.state = "connected";
    clearTimeout(this.handshakeTimer);
    this.log.info(`client "${logSafe(clientName)}" connected over ${this.connection.description}, spec v${spec}`);
    // A ServerInfo of the inside version, downgraded like every reply: the translation steps give
    // each version its shape and never name a version above the client's.
    const ProtocolVersionMajor = SERVER_SPEC_VERSION;
    this.sendReply(
      { ServerInfo: { Id: id, ServerName, MaxPingTime, ProtocolVersionMajor, ProtocolVersionMinor: 0 } },
      id,
    );
    this.deviceEvents.attach();
    this.resetPingTimer();
    this.emit("handshake", clientName, spec);
  }

  /** One message of a frame after the handshake: answered here, or translated and dispatched. */
  private onMessage(glue: TranslationGlue, element: unknown, index: number): void {
    const request = readClientMessage(glue.version, element, index);
    if (!("message" in request)) {
      this.sendError(request.id, request.code, request.text);
      return;
    }
    const { name, id, message } = request;
    switch (name) {
      case "RequestServerInfo":
        this.sendError(id, ErrorCode.Init, "handshake already done: RequestServerInfo may only be sent once");
        return;
      case "Ping":
        this.resetPingTimer();
        this.outbox.send(okReply(id));
        return;
      case "Disconnect":
        void this.disconnect(id);
        return;
      case "Test": {
        // spec v0: echo the TestString back, or an Error when it is "Error".
        const { TestString } = message.Test as { TestString: string };
        if (TestString === "Error") this.sendError(id, ErrorCode.Msg, 'Test: TestString "Error" asks for an Error');
        else this.outbox.send({ Test: { Id: id, TestString } });
        return;
      }
      case "RequestLog":
        // Accepted, but bpkit never streams its own log to clients (the reason spec v2 dropped it).
        this.outbox.send(okReply(id));
        return;
    }
    // Without --allow-raw-messages, raw messages go up: their v3 → v4 steps refuse them clearly.
    if (this.options.allowRawMessages && isRawRequest(message, name)) {
      if (this.refusedAsBusy(id, name)) return;
      this.track(this.raw.handle(message, name), name, id);
      return;
    }
    let upgraded: inside.ClientMessage[];
    try {
      upgraded = glue.upgrade(message, id);
    } catch (err) {
      glue.context.forget(id);
      this.sendError(id, ...glue.failure(err, name));
      return;
    }
    // A stop is never refused: it is what a client sends when its commands pile up.
    if (!upgraded.every((m) => "StopCmd" in m) && this.refusedAsBusy(id, name)) {
      glue.context.forget(id);
      return;
    }
    // All dispatched before any is awaited, so the device sees them in order.
    const replies = Promise.all(upgraded.map((m) => this.handler.handle(m)));
    const reply = replies.then((all) => {
      // The request's records are needed by the reply's downgrade, then never again.
      const messages = glue.downgrade(combineReplies(all, id), id, message);
      glue.context.forget(id);
      return messages;
    });
    this.track(reply, name, id);
  }

  /** Too many requests in flight (a slow device, a client that does not wait): answer this one with an Error. */
  private refusedAsBusy(id: number, name: string): boolean {
    const max = this.options.maxCommandsInFlight ?? DEFAULT_MAX_COMMANDS_IN_FLIGHT;
    if (this.inFlight.size < max) return false;
    this.sendError(
      id,
      ErrorCode.Device,
      `${name} refused: ${this.inFlight.size} earlier requests still wait for the device (at most ${max} in flight); wait for their replies`,
    );
    return true;
  }

  /** Send a reply once it is ready (never after the session left "connected"); Disconnect waits for it. */
  private track(reply: Promise<Array<Record<string, unknown>> | Record<string, unknown>>, name: string, id: number) {
    const sent = reply.then((messages) => {
      if (this.state !== "connected") return;
      for (const m of Array.isArray(messages) ? messages : [messages]) {
        const error = m.Error as { ErrorCode: ErrorCode; ErrorMessage: string } | undefined;
        if (error && messageId(m) === id)
          this.log.info(
            `${logSafe(name)} Id ${id}: Error ${ErrorCode[error.ErrorCode]}: ${logSafe(error.ErrorMessage)}`,
          );
      }
      this.outbox.send(...(Array.isArray(messages) ? messages : [messages]));
    });
    this.inFlight.add(sent);
    const done = () => this.inFlight.delete(sent);
    sent.then(done, done);
  }

  /**
   * Disconnect: replies to requests already in flight are sent first (waiting at most the stop
   * timeout, so a hung device cannot delay the stop for long), then Ok, then the session ends —
   * which stops every device before the connection closes.
   */
  private async disconnect(id: number): Promise<void> {
    this.disconnecting = true;
    if (this.inFlight.size > 0) {
      const drained = await within(Promise.allSettled([...this.inFlight]), this.stopTimeoutMs);
      if (drained === TIMED_OUT)
        this.log.warn(
          `Disconnect: ${this.inFlight.size} request(s) still unanswered after ${this.stopTimeoutMs} ms; stopping devices anyway`,
        );
    }
    // The session may have ended meanwhile (connection closed, ping timeout).
    if (this.state !== "connected") return;
    this.outbox.send(okReply(id));
    await this.end("client sent Disconnect");
  }

  /** Send a server message of the inside version, as the client's version carries it. */
  private sendReply(message: inside.ServerMessage, replyTo: number): void {
    if (this.glue) this.outbox.send(...this.glue.downgrade(message, replyTo));
  }

  private sendEvent(message: inside.ServerMessage): void {
    if (this.state === "connected") this.sendReply(message, 0);
  }

  private sendError(id: number, code: ErrorCode, text: string): void {
    this.outbox.send(errorFor(this.log, id, code, text));
  }

  private resetPingTimer(): void {
    const max = this.options.maxPingTime;
    if (max <= 0 || this.state !== "connected") return;
    clearTimeout(this.pingTimer);
    this.pingTimer = backgroundTimer(max, () => {
      this.sendError(0, ErrorCode.Ping, `no Ping within MaxPingTime (${max} ms); stopping devices and disconnecting`);
      void this.end("ping timeout");
    });
  }
}

/**
 * One reply for a fan-out: the only reply, else the first Error, else Ok if all are Ok. It always
 * carries the client's Id, whatever Id a translation step gave the parts.
 */
function combineReplies(replies: inside.ServerMessage[], id: number): inside.ServerMessage {
  const chosen =
    replies.length <= 1
      ? (replies[0] ?? okReply(id))
      : (replies.find((r) => "Error" in r) ??
        (replies.every((r) => "Ok" in r) ? okReply(id) : replies.find((r) => !("Ok" in r))!));
  const [name, body] = Object.entries(chosen)[0] as [string, { Id: number }];
  return body.Id === id ? chosen : Object.assign({}, chosen, { [name]: { ...body, Id: id } });
}
