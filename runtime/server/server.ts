/**
 * The Buttplug server: one client session at a time over any FrameConnection, devices from any
 * DeviceSource, v4 inside and every older spec version translated at the session's edge.
 */
import { ErrorCode } from "../errors";
import { TypedEventEmitter } from "../events";
import { type Logger, silentLogger } from "../log";
import type { FrameConnection } from "../transport/types";
import type { DeviceSource } from "./device";
import { DeviceManager } from "./device-manager";
import { logSafe } from "./log-text";
import { ClientSession } from "./session";
import { errorReply } from "./v4-handler";

/** Options of a ButtplugServer. */
export interface ButtplugServerOptions {
  /** ServerName sent in ServerInfo (default "bpkit"). */
  name?: string;
  /** MaxPingTime in ms sent in ServerInfo; 0 (default) disables the ping watchdog. */
  maxPingTime?: number;
  /** Allow Raw*Cmd messages (default false). */
  allowRawMessages?: boolean;
  log?: Logger;
  deviceSources?: DeviceSource[];
  /** How long a session end / shutdown waits for one device's stop before moving on (ms, default 5000). */
  stopTimeoutMs?: number;
  /**
   * DeviceIndex values that devices without a configured index must not take (besides what each
   * DeviceSource's `reservedIndices()` reports), e.g. a user device config's indices.
   */
  reservedIndices?: Iterable<number> | (() => Iterable<number>);
  /**
   * How long a new connection may take to send RequestServerInfo before it gets Error ERROR_INIT
   * and is closed (ms, default 10000; 0 disables). Keeps a silent socket from holding the one
   * client slot.
   */
  handshakeTimeoutMs?: number;
  /** Most messages one client frame may hold (default 1000); a larger frame is refused with one Error. */
  maxMessagesPerFrame?: number;
  /**
   * Most requests of the client waiting for their reply (default 4096): when a slow device lets a
   * pipelining client's commands pile up, the excess gets ERROR_DEVICE instead of an unbounded queue.
   * Stops are always taken.
   */
  maxCommandsInFlight?: number;
  /**
   * Most connections that may wait at once without having handshaken (default 8). Only a completed
   * handshake takes the one client slot, so a process reconnecting in a loop cannot keep a client out.
   */
  maxWaitingConnections?: number;
}

/** Default most not-yet-handshaken connections. */
export const DEFAULT_MAX_WAITING_CONNECTIONS = 8;

/** Events of a ButtplugServer. */
export interface ButtplugServerEvents {
  /**
   * A connection was accepted and has a session. It takes the one client slot when its handshake
   * completes, and is refused then if another client holds it.
   */
  session: (session: ClientSession) => void;
  /** A connection was refused (another client holds the slot, too many waiting, shutting down). */
  refused: (connection: FrameConnection, reason: string) => void;
}

/** See the file comment. `connect()` each incoming connection; `shutdown()` stops devices first. */
export class ButtplugServer extends TypedEventEmitter<ButtplugServerEvents> {
  readonly name: string;
  readonly maxPingTime: number;
  readonly allowRawMessages: boolean;
  readonly devices: DeviceManager;
  private readonly log: Logger;
  private readonly handshakeTimeoutMs?: number;
  private readonly stopTimeoutMs?: number;
  private readonly maxMessagesPerFrame?: number;
  private readonly maxCommandsInFlight?: number;
  private readonly maxWaitingConnections: number;
  /** The session holding the one client slot (handshake done). */
  private current?: ClientSession;
  /** Sessions of connections that have not handshaken yet. */
  private readonly waiting = new Set<ClientSession>();
  private shuttingDown?: Promise<void>;

  constructor(options: ButtplugServerOptions = {}) {
    super();
    this.name = options.name ?? "bpkit";
    this.maxPingTime = options.maxPingTime ?? 0;
    this.allowRawMessages = options.allowRawMessages ?? false;
    this.log = options.log ?? silentLogger;
    this.handshakeTimeoutMs = options.handshakeTimeoutMs;
    this.stopTimeoutMs = options.stopTimeoutMs;
    this.maxMessagesPerFrame = options.maxMessagesPerFrame;
    this.maxCommandsInFlight = options.maxCommandsInFlight;
    this.maxWaitingConnections = options.maxWaitingConnections ?? DEFAULT_MAX_WAITING_CONNECTIONS;
    const reserved = options.reservedIndices;
    this.devices = new DeviceManager(
      options.deviceSources ?? [],
      this.log.child("devices"),
      options.stopTimeoutMs,
      typeof reserved === "function" ? reserved : () => reserved ?? [],
    );
  }

  /** The client session holding the one client slot (handshake done), if any. */
  get session(): ClientSession | undefined {
    return this.current;
  }

  /**
   * Take a new connection. Returns its session, or undefined when it was refused (shutting down, or
   * too many connections waiting to handshake): it gets an Error (ERROR_INIT) naming the reason,
   * then is closed. One client at a time: the first waiting connection to handshake takes the slot,
   * later handshakes are refused the same way while it is held.
   */
  connect(connection: FrameConnection): ClientSession | undefined {
    const busy = this.shuttingDown
      ? "server is shutting down"
      : this.waiting.size >= this.maxWaitingConnections
        ? `${this.waiting.size} connections are already waiting to handshake; try again in a moment`
        : undefined;
    if (busy) {
      this.refuse(connection, busy);
      return undefined;
    }
    this.log.info(`connection from ${connection.description}`);
    const session: ClientSession = new ClientSession(connection, {
      serverName: this.name,
      maxPingTime: this.maxPingTime,
      allowRawMessages: this.allowRawMessages,
      log: this.log.child("session"),
      devices: this.devices,
      handshakeTimeoutMs: this.handshakeTimeoutMs,
      stopTimeoutMs: this.stopTimeoutMs,
      maxMessagesPerFrame: this.maxMessagesPerFrame,
      maxCommandsInFlight: this.maxCommandsInFlight,
      claimSlot: (): string | undefined => this.claimSlot(session),
    });
    this.waiting.add(session);
    // The slot is free once its session starts ending (devices are being stopped), not once the
    // socket has finished closing: a client the server dropped may reconnect at once.
    session.once("ending", () => {
      this.waiting.delete(session);
      if (this.current === session) this.current = undefined;
    });
    this.emit("session", session);
    return session;
  }

  /** A session finished its handshake: give it the slot, or say why not. */
  private claimSlot(session: ClientSession): string | undefined {
    this.waiting.delete(session);
    const busy = this.shuttingDown
      ? "server is shutting down"
      : this.current
        ? `another client${this.current.clientName ? ` ("${this.current.clientName}")` : ""} is already connected; bpkit serves one client at a time`
        : undefined;
    if (busy) {
      this.log.warn(`refused connection from ${session.connection.description} at its handshake: ${logSafe(busy)}`);
      this.emit("refused", session.connection, busy);
      return `connection refused: ${busy}`;
    }
    this.current = session;
    return undefined;
  }

  private refuse(connection: FrameConnection, busy: string): void {
    this.log.warn(`refused connection from ${connection.description}: ${logSafe(busy)}`);
    connection.send(JSON.stringify([errorReply(0, ErrorCode.Init, `connection refused: ${busy}`)]));
    connection.close(`connection refused: ${busy}`);
    this.emit("refused", connection, busy);
  }

  /**
   * Stop every device, end the session (closing its connection) and shut the device sources
   * down. Resolves once devices are stopped and sources released.
   */
  shutdown(): Promise<void> {
    if (this.shuttingDown) return this.shuttingDown;
    this.shuttingDown = (async () => {
      this.log.info("shutting down: stopping devices");
      // Ending the session stops every device before its connection closes.
      const waiting = [...this.waiting].map((session) => session.end("server shutting down"));
      if (this.current) await this.current.end("server shutting down");
      else await this.devices.stopAll("server shutting down");
      await Promise.all(waiting);
      await this.devices.shutdown({ stopFirst: false });
      this.log.info("shut down");
    })();
    return this.shuttingDown;
  }
}
