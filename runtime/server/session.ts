/**
 * One client session, a small state machine: handshake → connected → ending → ended.
 *
 * The handshake negotiates the spec version; then each message, valid at the client's version
 * (frames.ts), is answered at that version by the session when it touches the session's state
 * (Ping, Disconnect, a second RequestServerInfo) or needs no device (Test, RequestLog:
 * `answerWithoutDevices` in frames.ts); every other goes to the devices (`SessionDevices.forward`:
 * up the chain in translation-glue.ts to the V4Handler, or raw.ts; one reply back down, at most a
 * bound of them waiting at once in in-flight.ts). Device events come down the same way
 * (session-devices.ts). The ping watchdog ends a silent session; every end stops the devices
 * first. Nothing a client sends can throw out of here: every failure is an Error. Options and
 * events: session-options.ts.
 */
import { type inside, messageId, type SpecVersion, type WireMessage } from "../../generated";
import { ErrorCode, errorText } from "../errors";
import { TypedEventEmitter } from "../events";
import type { Logger } from "../log";
import { Watchdog } from "../timers";
import type { FrameConnection } from "../transport/types";
import { answerWithoutDevices, Outbox, parseFrame, readClientMessage, readHandshake } from "./frames";
import { InFlightRequests } from "./in-flight";
import { logSafe } from "./log-text";
import { SessionDevices } from "./session-devices";
import {
  type ClientSessionEvents,
  DEFAULT_HANDSHAKE_TIMEOUT_MS,
  SERVER_SPEC_VERSION,
  type SessionOptions,
} from "./session-options";
import { TranslationGlue } from "./translation-glue";
import { okReply } from "./v4-handler";

/** A client session; created by ButtplugServer.connect. */
export class ClientSession extends TypedEventEmitter<ClientSessionEvents> {
  clientName?: string;
  private state: "handshake" | "connected" | "ending" | "ended" = "handshake";
  private glue?: TranslationGlue;
  private readonly outbox: Outbox;
  private readonly devices: SessionDevices;
  private readonly log: Logger;
  private readonly stopTimeoutMs: number;
  /** Ends a connection that sends no RequestServerInfo in time: it must not hold the one slot forever. */
  private readonly handshakeWatchdog: Watchdog;
  /** Ends a session whose client sends no Ping within MaxPingTime. */
  private readonly pingWatchdog: Watchdog;
  private readonly inFlight: InFlightRequests;
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
    this.inFlight = new InFlightRequests(
      options.log,
      (messages) => this.sendWhileConnected(...messages),
      options.maxCommandsInFlight,
    );
    this.devices = new SessionDevices(options.devices, options.log, {
      event: (message) => this.sendEvent(message),
      raw: (message) => this.sendWhileConnected(message),
    });
    this.outbox = new Outbox(
      connection,
      options.log,
      () => this.version ?? SERVER_SPEC_VERSION,
      (frame) => this.emit("frame", "s2c", frame),
    );
    connection.on("frame", (frame) => this.onFrame(frame));
    connection.on("oversize", (bytes, max) =>
      this.outbox.error(0, ErrorCode.Msg, `frame of ${bytes} bytes exceeds the maximum frame size of ${max} bytes`),
    );
    connection.on("close", (reason) => void this.end(`connection closed: ${reason}`, false));
    const handshakeTimeout = options.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS;
    this.handshakeWatchdog = new Watchdog(handshakeTimeout, () => {
      const reason = `no RequestServerInfo within ${handshakeTimeout} ms`;
      this.outbox.error(0, ErrorCode.Init, `${reason}; closing the connection`);
      void this.end(`handshake timeout (${reason})`);
    });
    const { maxPingTime } = options;
    this.pingWatchdog = new Watchdog(maxPingTime, () => {
      this.outbox.error(
        0,
        ErrorCode.Ping,
        `no Ping within MaxPingTime (${maxPingTime} ms); stopping devices and disconnecting`,
      );
      void this.end("ping timeout");
    });
    this.handshakeWatchdog.restart();
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
    this.pingWatchdog.stop();
    this.handshakeWatchdog.stop();
    this.devices.detach();
    this.endPromise = (async () => {
      this.log.info(`session ${this.clientName ? `"${logSafe(this.clientName)}" ` : ""}ending: ${logSafe(reason)}`);
      if (hadClient) await this.devices.release(reason, this.stopTimeoutMs);
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
    const parsed = parseFrame(frame, this.options.maxMessagesPerFrame);
    if (!Array.isArray(parsed)) {
      this.outbox.error(parsed.id, parsed.code, parsed.text);
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
        this.outbox.error(messageId(element) ?? 0, ErrorCode.Unknown, `internal error: ${errorText(err)}`);
      }
    }
  }

  private handshake(element: unknown, index: number): void {
    const asked = readHandshake(element, index, SERVER_SPEC_VERSION);
    if ("code" in asked) {
      this.outbox.error(asked.id, asked.code, asked.text);
      if (asked.end) void this.end(asked.end);
      return;
    }
    const { id, version: spec, clientName } = asked;
    const refused = this.options.claimSlot?.();
    if (refused) {
      this.outbox.error(id, ErrorCode.Init, refused);
      void this.end(refused);
      return;
    }
    this.clientName = clientName;
    const { devices, allowRawMessages, serverName: ServerName, maxPingTime: MaxPingTime } = this.options;
    this.glue = new TranslationGlue(spec, devices, allowRawMessages, this.log);
    this.state = "connected";
    this.handshakeWatchdog.stop();
    this.log.info(`client "${logSafe(clientName)}" connected over ${this.connection.description}, spec v${spec}`);
    // A ServerInfo of the inside version, downgraded like every reply: the translation steps give
    // each version its shape and never name a version above the client's.
    const ProtocolVersionMajor = SERVER_SPEC_VERSION;
    this.sendReply(
      { ServerInfo: { Id: id, ServerName, MaxPingTime, ProtocolVersionMajor, ProtocolVersionMinor: 0 } },
      id,
    );
    this.devices.attach();
    this.pingWatchdog.restart();
    this.emit("handshake", clientName, spec);
  }

  /** One message of a frame after the handshake: answered here, or translated and dispatched. */
  private onMessage(glue: TranslationGlue, element: unknown, index: number): void {
    const request = readClientMessage(glue.version, element, index);
    if (!("message" in request)) {
      this.outbox.error(request.id, request.code, request.text);
      return;
    }
    const { name, id } = request;
    switch (name) {
      case "RequestServerInfo":
        this.outbox.error(id, ErrorCode.Init, "handshake already done: RequestServerInfo may only be sent once");
        return;
      case "Ping":
        this.pingWatchdog.restart();
        this.outbox.send(okReply(id));
        return;
      case "Disconnect":
        void this.disconnect(id);
        return;
    }
    if (answerWithoutDevices(request, this.outbox)) return;
    const refused = this.devices.forward(request, glue, this.inFlight);
    if (refused) this.outbox.error(refused.id, refused.code, refused.text);
  }

  /**
   * Disconnect: replies to requests already in flight are sent first (waiting at most the stop
   * timeout, so a hung device cannot delay the stop for long), then Ok, then the session ends —
   * which stops every device before the connection closes.
   */
  private async disconnect(id: number): Promise<void> {
    this.disconnecting = true;
    // Without replies in flight, Ok goes out in this same turn.
    if (this.inFlight.size > 0) await this.inFlight.drain(this.stopTimeoutMs);
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

  /** Replies and events go out only while the session is connected (not while it ends). */
  private sendWhileConnected(...messages: WireMessage[]): boolean {
    if (this.state !== "connected") return false;
    this.outbox.send(...messages);
    return true;
  }
}
