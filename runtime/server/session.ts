/**
 * One client session: handshake and version negotiation, ping watchdog, and the frame pipeline
 *
 *   frame → JSON → validate (client's version, generated validators) → upgrade step by step to v4
 *         → V4Handler → one reply → downgrade step by step to the client's version → frame
 *
 * plus events (DeviceList, ScanningFinished, InputReading Id 0) downgraded the same way. Nothing a
 * client sends can throw out of here: every failure becomes an Error message.
 */
import { EventEmitter } from "node:events";
import {
  allowedReplies,
  lookupMessage,
  messageBody,
  messageId,
  messageName,
  pointerToken,
  validateFrame,
  validateMessage,
  type inside,
  type SpecVersion,
} from "../../generated";
import { ButtplugError, ErrorCode, deviceError } from "../errors";
import { requestedVersion } from "../handshake";
import type { Logger } from "../log";
import { NotTranslatedError, SessionTranslationContext, type WireMessage } from "../translation";
import { INSIDE_VERSION, downgradeTo, upgradeFrom } from "../translation/chain";
import type { FrameConnection } from "../transport/types";
import type { DeviceManager } from "./device-manager";
import { logSafe } from "./log-text";
import { errorText } from "./device-manager";
import { V4Handler, errorReply, okReply, replyForError } from "./v4-handler";

/** The newest spec version bpkit speaks (the version it speaks inside). */
export const SERVER_SPEC_VERSION = INSIDE_VERSION;

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
  /**
   * Called when the handshake is valid: take the server's one client slot, or return why not (the
   * client then gets Error ERROR_INIT with that text and is closed). Default: always granted.
   */
  claimSlot?: () => string | undefined;
}

/** Default most messages per frame: far above what any client batches, far below a frame's worth of tiny ones. */
export const DEFAULT_MAX_MESSAGES_PER_FRAME = 1000;

/**
 * Outgoing frames are cut after about this many bytes of JSON, so many replies sent in one turn
 * never make one frame larger than a client's maximum frame size (1 MiB by default).
 */
const OUTGOING_FRAME_BYTES = 64 * 1024;

/** Default time a connection has to complete the handshake. */
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000;

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

/** Spec v2/v3 raw messages, answered by the session itself (v4 has no raw messages). */
const RAW_MESSAGES = new Set(["RawWriteCmd", "RawReadCmd", "RawSubscribeCmd", "RawUnsubscribeCmd"]);

/** How long a RawReadCmd may wait for the device (ms). */
const RAW_READ_TIMEOUT_MS = 5000;

/** Spec versions in which a message name exists (for "exists in v1, v2" hints). */
function versionsWith(name: string): number[] {
  return [0, 1, 2, 3, 4].filter((v) => lookupMessage(v, name) !== undefined);
}

/** A client session; created by ButtplugServer.connect. */
export class ClientSession extends EventEmitter {
  /** The negotiated spec version (after the handshake). */
  version?: SpecVersion;
  clientName?: string;
  /** The translation context (after the handshake). */
  context?: SessionTranslationContext;
  private state: "handshake" | "connected" | "ending" | "ended" = "handshake";
  private readonly handler: V4Handler;
  private pingTimer?: NodeJS.Timeout;
  private handshakeTimer?: NodeJS.Timeout;
  /** Dispatches whose reply has not been sent yet (Disconnect waits for them). */
  private readonly inFlight = new Set<Promise<void>>();
  /** Set by Disconnect: nothing after it is handled while replies in flight drain. */
  private disconnecting = false;
  private readonly log: Logger;
  private endPromise?: Promise<void>;
  private readonly deviceListeners: {
    [K in "deviceListChanged" | "scanningFinished" | "reading" | "rawReading"]: (...args: never[]) => void;
  };
  /** Raw endpoints this client subscribed to, as "deviceIndex:endpoint". */
  private readonly rawSubscriptions = new Set<string>();
  /** Messages sent during this event-loop turn, written together when the turn ends. */
  private outbox: Array<Record<string, unknown>> = [];
  private flushScheduled = false;
  /** A DeviceList event is due at the end of this event-loop turn. */
  private deviceListPending = false;

  constructor(
    readonly connection: FrameConnection,
    private readonly options: SessionOptions,
  ) {
    super();
    this.log = options.log;
    this.handler = new V4Handler(options.devices);
    this.deviceListeners = {
      deviceListChanged: () => this.onDeviceListChanged(),
      scanningFinished: () => this.onScanningFinished(),
      reading: (deviceIndex: number, featureIndex: number, reading: inside.InputReadingValue) =>
        this.onReading(deviceIndex, featureIndex, reading),
      rawReading: (deviceIndex: number, endpoint: string, data: number[]) =>
        this.onRawReading(deviceIndex, endpoint, data),
    };
    connection.on("frame", (frame) => this.onFrame(frame));
    connection.on("oversize", (bytes, max) =>
      this.sendError(0, ErrorCode.Msg, `frame of ${bytes} bytes exceeds the maximum frame size of ${max} bytes`),
    );
    connection.on("close", (reason) => void this.end(`connection closed: ${reason}`, false));
    // One client at a time: a connection that never handshakes must not hold the slot forever.
    const handshakeTimeout = options.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS;
    if (handshakeTimeout > 0) {
      this.handshakeTimer = setTimeout(() => {
        if (this.state !== "handshake") return;
        const reason = `no RequestServerInfo within ${handshakeTimeout} ms`;
        this.sendError(0, ErrorCode.Init, `${reason}; closing the connection`);
        void this.end(`handshake timeout (${reason})`);
      }, handshakeTimeout);
      // The connection keeps a process alive, never this timer.
      this.handshakeTimer.unref();
    }
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
    devices.off("deviceListChanged", this.deviceListeners.deviceListChanged);
    devices.off("scanningFinished", this.deviceListeners.scanningFinished);
    devices.off("reading", this.deviceListeners.reading as never);
    devices.off("rawReading", this.deviceListeners.rawReading as never);
    this.endPromise = (async () => {
      this.log.info(`session ${this.clientName ? `"${logSafe(this.clientName)}" ` : ""}ending: ${logSafe(reason)}`);
      if (hadClient) {
        // Devices first: a slow adapter must not delay a stop.
        await devices.stopAll(`session ended (${reason})`);
        this.handler.subscriptions.clear();
        await this.endRawSubscriptions();
        try {
          if (devices.isScanning) await devices.stopScanning();
        } catch (err) {
          this.log.warn(`stop scanning failed: ${errorText(err)}`);
        }
      }
      if (closeConnection) {
        this.flush();
        this.connection.close(reason);
      }
      this.state = "ended";
      this.emit("end", reason);
    })();
    this.emit("ending", reason);
    return this.endPromise;
  }

  // ---- incoming ----------------------------------------------------------------------------

  private onFrame(frame: string): void {
    if (this.state === "ending" || this.state === "ended" || this.disconnecting) return;
    this.emit("frame", "c2s", frame);
    if (this.log.enabled("debug")) this.log.debug(`← ${logSafe(frame)}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(frame);
    } catch (err) {
      this.sendError(0, ErrorCode.Msg, `frame is not valid JSON: ${errorText(err)}`);
      return;
    }
    if (!Array.isArray(parsed) || parsed.length === 0) {
      this.sendError(0, ErrorCode.Msg, 'frame must be a non-empty JSON array of messages, e.g. [{"Ping":{"Id":1}}]');
      return;
    }
    // Bounded work per frame: a frame of half a million tiny messages is refused, not answered.
    const maxMessages = this.options.maxMessagesPerFrame ?? DEFAULT_MAX_MESSAGES_PER_FRAME;
    if (parsed.length > maxMessages) {
      this.sendError(
        0,
        ErrorCode.Msg,
        `frame holds ${parsed.length} messages; at most ${maxMessages} per frame (nothing in it was handled)`,
      );
      return;
    }
    for (let index = 0; index < parsed.length; index++) {
      const element: unknown = parsed[index];
      if (this.disconnecting) return;
      try {
        if (this.state === "handshake") this.handshake(element, index);
        else if (this.state === "connected") this.onMessage(element, index);
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
    const name = messageName(element);
    const id = messageId(element) ?? 0;
    if (name !== "RequestServerInfo") {
      const what = name ?? "something that is not a one-key message object";
      this.sendError(id, ErrorCode.Init, `the first message must be RequestServerInfo, got ${what} (at /${index})`);
      return;
    }
    const body = messageBody(element) as Record<string, unknown>;
    if (!body || typeof body !== "object" || Array.isArray(body)) {
      this.sendError(id, ErrorCode.Msg, `/${index}/RequestServerInfo: must be an object`);
      return;
    }
    const asked = requestedVersion(body, SERVER_SPEC_VERSION);
    if (asked.problem) {
      this.sendError(id, ErrorCode.Init, asked.problem);
      if (asked.newer) void this.end(`client spec v${String(asked.version)} is newer than the server's`);
      return;
    }
    const result = validateMessage(asked.schemaVersion, "RequestServerInfo", body, `/${index}/RequestServerInfo`);
    if (!result.ok) {
      this.sendError(id, ErrorCode.Msg, describeIssues(result.issues));
      return;
    }
    const refused = this.options.claimSlot?.();
    if (refused) {
      this.sendError(id, ErrorCode.Init, refused);
      void this.end(refused);
      return;
    }
    const spec = asked.version as SpecVersion; // valid against its schema, so a known version
    this.version = spec;
    this.clientName = body.ClientName as string;
    // The client starts out knowing the devices already connected (reference parity): no
    // DeviceAdded for them later, and commands may name them without a RequestDeviceList first.
    const devices = this.options.devices;
    this.context = new SessionTranslationContext(
      spec,
      this.options.allowRawMessages,
      Object.values(devices.deviceList()),
      (index) => devices.device(index)?.raw?.endpoints ?? [],
    );
    this.state = "connected";
    clearTimeout(this.handshakeTimer);
    this.log.info(`client "${logSafe(this.clientName)}" connected over ${this.connection.description}, spec v${spec}`);
    // A v4 ServerInfo, downgraded step by step like every reply: the translation steps give each
    // version its shape and never name a version above the client's.
    const { serverName: ServerName, maxPingTime: MaxPingTime } = this.options;
    this.sendServerMessage(
      {
        ServerInfo: {
          Id: id,
          ServerName,
          MaxPingTime,
          ProtocolVersionMajor: SERVER_SPEC_VERSION,
          ProtocolVersionMinor: 0,
        },
      },
      id,
    );
    devices.on("deviceListChanged", this.deviceListeners.deviceListChanged);
    devices.on("scanningFinished", this.deviceListeners.scanningFinished);
    devices.on("reading", this.deviceListeners.reading as never);
    devices.on("rawReading", this.deviceListeners.rawReading as never);
    this.resetPingTimer();
    this.emit("handshake", this.clientName, spec);
  }

  private onMessage(element: unknown, index: number): void {
    const version = this.version!;
    const name = messageName(element);
    if (name === undefined) {
      this.sendError(0, ErrorCode.Msg, `/${index}: a message is an object with exactly one key, the message name`);
      return;
    }
    const body = messageBody(element);
    const id = messageId(element) ?? 0;
    const entry = lookupMessage(version, name);
    if (!entry) {
      const elsewhere = versionsWith(name);
      const hint = elsewhere.length ? ` (it exists in spec ${elsewhere.map((v) => `v${v}`).join(", ")})` : "";
      this.sendError(id, ErrorCode.Msg, `/${index}: ${name} is not a message of spec v${version}${hint}`);
      return;
    }
    if (entry.direction === "server") {
      this.sendError(id, ErrorCode.Msg, `/${index}: ${name} is a server message; clients cannot send it`);
      return;
    }
    // The validator alone on the hot path; pointers and messages are built only for a failure.
    if (!entry.validate(body)) {
      const result = validateMessage(version, name, body, `/${index}/${pointerToken(name)}`);
      this.sendError(
        id,
        ErrorCode.Msg,
        result.ok ? `/${index}/${name}: invalid message` : describeIssues(result.issues),
      );
      return;
    }
    this.handleValid(name, body as Record<string, unknown>, id);
  }

  /** A schema-valid client message at the client's version. */
  private handleValid(name: string, body: Record<string, unknown>, id: number): void {
    const version = this.version!;
    // Messages answered at the client's own version, without going to v4.
    switch (name) {
      case "RequestServerInfo":
        this.sendError(id, ErrorCode.Init, "handshake already done: RequestServerInfo may only be sent once");
        return;
      case "Ping":
        this.resetPingTimer();
        this.send([okReply(id)]);
        return;
      case "Test":
        // spec v0: echo the TestString back, or an Error when it is "Error".
        if (body.TestString === "Error")
          this.sendError(id, ErrorCode.Msg, 'Test: TestString "Error" asks for an Error');
        else this.send([{ Test: { Id: id, TestString: body.TestString } }]);
        return;
      case "RequestLog":
        // Accepted, but bpkit never streams its own log to clients (the reason spec v2 dropped it).
        this.send([okReply(id)]);
        return;
    }
    if (name === "Disconnect") {
      void this.disconnect(id);
      return;
    }
    // Raw*Cmd cannot travel as v4: answered here when allowed; otherwise their upgrade steps give
    // the clear "start the server with --allow-raw-messages" Error.
    if (RAW_MESSAGES.has(name) && this.options.allowRawMessages) {
      this.track(this.raw(name, body, id));
      return;
    }
    // Everything else goes to v4.
    const request: WireMessage = { [name]: body };
    let upgraded: WireMessage[];
    try {
      upgraded = this.upgrade(request, version);
    } catch (err) {
      this.context!.forget(id);
      this.sendError(id, ...this.translationFailure(err, name));
      return;
    }
    this.track(this.dispatch(upgraded, id, request));
  }

  /** Count a dispatch as in flight until its reply is sent (Disconnect waits for it). */
  private track(pending: Promise<void>): void {
    this.inFlight.add(pending);
    const done = () => this.inFlight.delete(pending);
    pending.then(done, done);
  }

  /** A schema-valid spec v2/v3 Raw*Cmd (raw messages allowed): run it on the device's RawAccess. */
  private async raw(name: string, body: Record<string, unknown>, id: number): Promise<void> {
    const deviceIndex = body.DeviceIndex as number;
    const endpoint = body.Endpoint as string;
    let reply: WireMessage;
    try {
      const device = this.options.devices.device(deviceIndex);
      if (!device?.connected) throw deviceError(`${name} (Id ${id}): no device with DeviceIndex ${deviceIndex}`);
      const raw = device.raw;
      if (!raw)
        throw deviceError(`${name} (Id ${id}): DeviceIndex ${deviceIndex} (${device.name}) offers no raw access`);
      if (!raw.endpoints.includes(endpoint)) {
        throw deviceError(
          `${name} (Id ${id}): DeviceIndex ${deviceIndex} (${device.name}) has no endpoint "${endpoint}" (endpoints: ${raw.endpoints.join(", ") || "none"})`,
        );
      }
      const key = `${deviceIndex}:${endpoint}`;
      switch (name) {
        case "RawWriteCmd":
          await raw.write(endpoint, body.Data as number[], body.WriteWithResponse as boolean);
          reply = okReply(id) as WireMessage;
          break;
        case "RawReadCmd": {
          // WaitForData: BLE reads always answer with what the characteristic holds, so both wait.
          const Data = await raw.read(endpoint, body.ExpectedLength as number, RAW_READ_TIMEOUT_MS);
          reply = { RawReading: { Id: id, DeviceIndex: deviceIndex, Endpoint: endpoint, Data } };
          break;
        }
        case "RawSubscribeCmd":
          await raw.subscribe(endpoint);
          this.rawSubscriptions.add(key);
          reply = okReply(id) as WireMessage;
          break;
        default:
          this.rawSubscriptions.delete(key);
          await raw.unsubscribe(endpoint);
          reply = okReply(id) as WireMessage;
      }
    } catch (err) {
      reply = replyForError(id, err) as WireMessage;
    }
    if (this.state !== "connected") return;
    if ("Error" in reply)
      this.log.info(`${name} Id ${id}: Error: ${logSafe((reply.Error as { ErrorMessage: string }).ErrorMessage)}`);
    this.send([reply]);
  }

  /** Unsubscribe this client's raw subscriptions (session end), bounded by the stop timeout. */
  private async endRawSubscriptions(): Promise<void> {
    if (this.rawSubscriptions.size === 0) return;
    const pending = [...this.rawSubscriptions].map(async (key) => {
      const split = key.indexOf(":");
      const index = Number(key.slice(0, split));
      const endpoint = key.slice(split + 1);
      const raw = this.options.devices.device(index)?.raw;
      if (!raw) return;
      try {
        await raw.unsubscribe(endpoint);
      } catch (err) {
        this.log.warn(`device ${index}: raw unsubscribe of ${logSafe(endpoint)} failed: ${errorText(err)}`);
      }
    });
    this.rawSubscriptions.clear();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.stopTimeoutMs ?? 5000);
      timer.unref();
    });
    await Promise.race([Promise.all(pending), timeout]);
    clearTimeout(timer);
  }

  /**
   * Disconnect: replies to requests already in flight are sent first (waiting at most the stop
   * timeout, so a hung device cannot delay the stop for long), then Ok, then the session ends —
   * which stops every device before the connection closes.
   */
  private async disconnect(id: number): Promise<void> {
    this.disconnecting = true;
    if (this.inFlight.size > 0) {
      const bound = this.options.stopTimeoutMs ?? 5000;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, bound)));
      await Promise.race([Promise.allSettled([...this.inFlight]), timeout]);
      clearTimeout(timer);
      if (this.inFlight.size > 0)
        this.log.warn(
          `Disconnect: ${this.inFlight.size} request(s) still unanswered after ${bound} ms; stopping devices anyway`,
        );
    }
    // The session may have ended meanwhile (connection closed, ping timeout).
    if (this.state !== "connected") return;
    this.send([okReply(id)]);
    await this.end("client sent Disconnect");
  }

  /** Upgrade one client message to v4, recording it at every version for requestAt. */
  private upgrade(message: WireMessage, from: SpecVersion): WireMessage[] {
    // A v4 client's replies are never downgraded, so nothing needs recording.
    if (from === SERVER_SPEC_VERSION) return [message];
    const ctx = this.context!;
    const id = messageId(message) ?? 0;
    ctx.begin(id);
    const current = upgradeFrom(from, message, ctx, (version, messages) => ctx.record(id, version, messages));
    // A translation step that produced an invalid v4 message is a bug; catch it before devices do.
    for (const m of current) {
      const name = messageName(m) ?? "";
      if (lookupMessage(SERVER_SPEC_VERSION, name)?.validate(m[name])) continue;
      const result = validateMessage(SERVER_SPEC_VERSION, name, m[name], `/${pointerToken(name)}`);
      throw new Error(
        `translation produced an invalid v4 ${name}: ${result.ok ? "not a client message" : describeIssues(result.issues)}`,
      );
    }
    return current;
  }

  /** Dispatch the v4 messages one client message became; answer with exactly one reply. */
  private async dispatch(v4Messages: WireMessage[], id: number, request: WireMessage): Promise<void> {
    const requestName = messageName(request) ?? "";
    let reply: inside.ServerMessage;
    try {
      if (v4Messages.length === 1) {
        reply = combineReplies([await this.handleV4(v4Messages[0] as unknown as inside.ClientMessage, id)], id);
      } else {
        // All dispatched before any is awaited, so the device sees them in order.
        const pending = v4Messages.map((m) => this.handleV4(m as unknown as inside.ClientMessage, id));
        reply = combineReplies(await Promise.all(pending), id);
      }
    } catch (err) {
      reply = replyForError(id, err);
    }
    if (this.state !== "connected") {
      this.context?.forget(id);
      return;
    }
    if ("Error" in reply)
      this.log.info(
        `${logSafe(requestName)} Id ${id}: Error ${ErrorCode[reply.Error.ErrorCode as ErrorCode]}: ${logSafe(reply.Error.ErrorMessage)}`,
      );
    this.sendServerMessage(reply, id, request);
    this.context?.forget(id);
  }

  private handleV4(message: inside.ClientMessage, id: number): Promise<inside.ServerMessage> {
    if ("Ping" in message) {
      this.resetPingTimer();
      return Promise.resolve(okReply(id));
    }
    if ("Disconnect" in message) {
      // Only reachable through a translation: answer first, then end.
      setImmediate(() => void this.end("client sent Disconnect"));
      return Promise.resolve(okReply(id));
    }
    if ("RequestServerInfo" in message) {
      return Promise.resolve(
        errorReply(id, ErrorCode.Init, "handshake already done: RequestServerInfo may only be sent once"),
      );
    }
    return this.handler.handle(message);
  }

  private translationFailure(err: unknown, name: string): [ErrorCode, string] {
    if (err instanceof NotTranslatedError) {
      this.log.warn(logSafe(err.message));
      return [ErrorCode.Msg, `${name}: not supported for spec v${this.version} clients yet (${err.message})`];
    }
    if (err instanceof ButtplugError) return [err.code, err.message];
    this.log.error(
      `translating ${logSafe(name)}: ${logSafe(err instanceof Error ? (err.stack ?? err.message) : String(err))}`,
    );
    return [ErrorCode.Unknown, `${name}: translation failed: ${errorText(err)}`];
  }

  // ---- outgoing ----------------------------------------------------------------------------

  /**
   * Downgrade a v4 server message to the client's version and send it. `request` (for a reply)
   * lets debug logging check the reply is one the request allows.
   */
  private sendServerMessage(message: inside.ServerMessage, replyTo: number, request?: WireMessage): void {
    const version = this.version!;
    if (version === SERVER_SPEC_VERSION || "Error" in message || "Ok" in message) {
      // Error and Ok have one shape in every spec version.
      this.checkReply([message as WireMessage], replyTo, request);
      this.send([message as WireMessage]);
      return;
    }
    let current: WireMessage[];
    try {
      current = downgradeTo(version, message as WireMessage, this.context!);
    } catch (err) {
      const name = messageName(message) ?? "";
      if (replyTo !== 0) {
        this.sendError(replyTo, ...this.translationFailure(err, name));
      } else {
        // An event the client's version cannot receive yet: log it, never fail the session.
        this.translationFailure(err, name);
      }
      return;
    }
    this.checkReply(current, replyTo, request);
    if (current.length > 0) this.send(current);
    else if (replyTo !== 0)
      this.sendError(
        replyTo,
        ErrorCode.Unknown,
        `${messageName(message) ?? ""}: reply could not be expressed in spec v${version}`,
      );
  }

  /** Debug check: the messages answering `request` are among the replies its schema allows. */
  private checkReply(messages: WireMessage[], replyTo: number, request: WireMessage | undefined): void {
    if (!request || replyTo === 0 || !this.log.enabled("debug")) return;
    const name = messageName(request) ?? "";
    const allowed = allowedReplies(this.version!, name, request[name]);
    for (const m of messages) {
      if ((messageId(m) ?? 0) === replyTo && allowed && !allowed.includes(messageName(m) ?? "")) {
        this.log.error(
          `answered ${logSafe(name)} Id ${replyTo} with ${messageName(m) ?? ""}; spec v${this.version} allows ${allowed.join(", ")}`,
        );
      }
    }
  }

  private sendEvent(message: inside.ServerMessage): void {
    if (this.state !== "connected") return;
    this.sendServerMessage(message, 0);
  }

  private onDeviceListChanged(): void {
    // Subscriptions of devices that went away end with them.
    for (const key of [...this.handler.subscriptions]) {
      const index = Number(key.split(":")[0]);
      if (!this.options.devices.device(index)) this.handler.forgetDevice(index);
    }
    for (const key of [...this.rawSubscriptions]) {
      if (!this.options.devices.device(Number(key.slice(0, key.indexOf(":"))))) this.rawSubscriptions.delete(key);
    }
    // Changes within one event-loop turn (500 devices attaching at once) become one DeviceList:
    // a client needs the latest list, not every intermediate one. (v0–v3 clients get the
    // DeviceAdded / DeviceRemoved the translation derives from it.)
    if (this.deviceListPending) return;
    this.deviceListPending = true;
    setImmediate(() => {
      this.deviceListPending = false;
      this.sendEvent(this.handler.deviceList(0));
    });
  }

  /** ScanningFinished, after a DeviceList still pending from this turn (devices first, as found). */
  private onScanningFinished(): void {
    const send = () => this.sendEvent({ ScanningFinished: { Id: 0 } } as inside.ServerMessage);
    if (this.deviceListPending) setImmediate(send);
    else send();
  }

  private onReading(deviceIndex: number, featureIndex: number, reading: inside.InputReadingValue): void {
    if (!this.handler.wants(deviceIndex, featureIndex, reading)) return;
    this.sendEvent({
      InputReading: { Id: 0, DeviceIndex: deviceIndex, FeatureIndex: featureIndex, Reading: reading },
    } as inside.ServerMessage);
  }

  /** Bytes from a raw-subscribed endpoint: a RawReading with Id 0 (spec v2/v3 shape, sent as is). */
  private onRawReading(deviceIndex: number, endpoint: string, data: number[]): void {
    if (this.state !== "connected" || !this.rawSubscriptions.has(`${deviceIndex}:${endpoint}`)) return;
    this.send([{ RawReading: { Id: 0, DeviceIndex: deviceIndex, Endpoint: endpoint, Data: data } }]);
  }

  private sendError(id: number, code: ErrorCode, message: string): void {
    this.log.info(`Error ${ErrorCode[code]} to Id ${id}: ${logSafe(message)}`);
    this.send([errorReply(id, code, message) as WireMessage]);
  }

  /**
   * Queue messages for the client. Everything sent during one event-loop turn (the replies to one
   * frame, replies that completed together, events) goes out in as few frames as possible when the
   * turn ends: one write instead of one per reply.
   */
  private send(messages: Array<Record<string, unknown>>): void {
    if (!this.connection.open) return;
    for (const message of messages) this.outbox.push(message);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  /** Write the queued messages as frames (see OUTGOING_FRAME_BYTES and isDeviceListEvent). */
  private flush(): void {
    this.flushScheduled = false;
    const messages = this.outbox;
    if (messages.length === 0) return;
    this.outbox = [];
    if (!this.connection.open) return;
    let start = 0;
    let parts: string[] = [];
    let bytes = 0;
    for (let i = 0; i < messages.length; i++) {
      const text = JSON.stringify(messages[i]);
      parts.push(text);
      bytes += text.length;
      if (bytes >= OUTGOING_FRAME_BYTES || isDeviceListEvent(messages[i]) || i === messages.length - 1) {
        this.sendFrame(`[${parts.join(",")}]`, messages.slice(start, i + 1));
        start = i + 1;
        parts = [];
        bytes = 0;
      }
    }
  }

  private sendFrame(frame: string, messages: Array<Record<string, unknown>>): void {
    if (this.log.enabled("debug")) {
      this.log.debug(`→ ${logSafe(frame)}`);
      // With debug logs on, check what we send too: a failure here is a server or translation bug.
      const version = this.version ?? SERVER_SPEC_VERSION;
      const checked = messages.filter((m) => !("Test" in m)); // Test is a client message echoed back (v0)
      const result = validateFrame(version, checked.length ? checked : [{ Ok: { Id: 0 } }], { direction: "server" });
      if (!result.ok)
        this.log.error(`sent a frame that is not valid spec v${version}: ${logSafe(describeIssues(result.issues))}`);
    }
    this.connection.send(frame);
    this.emit("frame", "s2c", frame);
  }

  // ---- ping --------------------------------------------------------------------------------

  private resetPingTimer(): void {
    const max = this.options.maxPingTime;
    if (max <= 0 || this.state !== "connected") return;
    clearTimeout(this.pingTimer);
    this.pingTimer = setTimeout(() => {
      this.sendError(0, ErrorCode.Ping, `no Ping within MaxPingTime (${max} ms); stopping devices and disconnecting`);
      void this.end("ping timeout");
    }, max);
  }

  override on<E extends keyof ClientSessionEvents>(event: E, listener: ClientSessionEvents[E]): this {
    return super.on(event, listener);
  }
  override once<E extends keyof ClientSessionEvents>(event: E, listener: ClientSessionEvents[E]): this {
    return super.once(event, listener);
  }
}

/**
 * One reply for a fan-out: the only reply, else the first Error, else Ok if all are Ok. It always
 * carries the client's Id, whatever Id a translation step gave the parts.
 */
function combineReplies(replies: inside.ServerMessage[], id: number): inside.ServerMessage {
  if (replies.length === 0) return okReply(id);
  const chosen =
    replies.length === 1
      ? replies[0]
      : (replies.find((r) => "Error" in r) ??
        (replies.every((r) => "Ok" in r) ? okReply(id) : replies.find((r) => !("Ok" in r))!));
  const name = messageName(chosen) ?? "";
  const body = (chosen as Record<string, { Id: number }>)[name];
  return body.Id === id ? chosen : ({ [name]: { ...body, Id: id } } as unknown as inside.ServerMessage);
}

/**
 * The official buttplug 5.x client stops reading a frame at a DeviceList event (whatever follows it
 * in the same frame is dropped), so a DeviceList event always ends its frame.
 */
function isDeviceListEvent(message: Record<string, unknown>): boolean {
  const body = message.DeviceList as { Id?: number } | undefined;
  return body !== undefined && body.Id === 0;
}

/** A readable, bounded description of validation issues under a JSON pointer prefix. */
export function describeIssues(issues: Array<{ pointer: string; message: string }>): string {
  const shown = issues.slice(0, 3).map((i) => `${i.pointer || "/"}: ${i.message}`);
  if (issues.length > 3) shown.push(`… and ${issues.length - 3} more`);
  return `invalid message: ${shown.join("; ")}`;
}
