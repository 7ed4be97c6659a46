/**
 * The Buttplug server: one client session at a time over any FrameConnection, devices from any
 * DeviceSource, v4 inside and every older spec version translated at the session's edge.
 */
import { EventEmitter } from "node:events";
import { ErrorCode } from "../errors";
import { Logger, silentLogger } from "../log";
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
}

/** Events of a ButtplugServer. */
export interface ButtplugServerEvents {
  /** A connection was accepted as the session. */
  session: (session: ClientSession) => void;
  /** A connection was refused (another client is connected, or the server is shutting down). */
  refused: (connection: FrameConnection, reason: string) => void;
}

/** See the file comment. `connect()` each incoming connection; `shutdown()` stops devices first. */
export class ButtplugServer extends EventEmitter {
  readonly name: string;
  readonly maxPingTime: number;
  readonly allowRawMessages: boolean;
  readonly devices: DeviceManager;
  private readonly log: Logger;
  private readonly handshakeTimeoutMs?: number;
  private readonly stopTimeoutMs?: number;
  private readonly maxMessagesPerFrame?: number;
  private current?: ClientSession;
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
    const reserved = options.reservedIndices;
    this.devices = new DeviceManager(
      options.deviceSources ?? [],
      this.log.child("devices"),
      options.stopTimeoutMs,
      typeof reserved === "function" ? reserved : () => reserved ?? [],
    );
  }

  /** The current client session, if any. */
  get session(): ClientSession | undefined {
    return this.current;
  }

  /**
   * Take a new connection. Returns its session, or undefined when it was refused: only one client
   * at a time, so a second connection gets an Error (ERROR_INIT) naming the reason, then is closed.
   */
  connect(connection: FrameConnection): ClientSession | undefined {
    const busy = this.shuttingDown
      ? "server is shutting down"
      : this.current?.ending
        ? "the previous client's session is still stopping its devices; try again in a moment"
        : this.current
          ? `another client${this.current.clientName ? ` ("${this.current.clientName}")` : ""} is already connected; bpkit serves one client at a time`
          : undefined;
    if (busy) {
      this.log.warn(`refused connection from ${connection.description}: ${logSafe(busy)}`);
      connection.send(JSON.stringify([errorReply(0, ErrorCode.Init, `connection refused: ${busy}`)]));
      connection.close(`connection refused: ${busy}`);
      this.emit("refused", connection, busy);
      return undefined;
    }
    this.log.info(`connection from ${connection.description}`);
    const session = new ClientSession(connection, {
      serverName: this.name,
      maxPingTime: this.maxPingTime,
      allowRawMessages: this.allowRawMessages,
      log: this.log.child("session"),
      devices: this.devices,
      handshakeTimeoutMs: this.handshakeTimeoutMs,
      stopTimeoutMs: this.stopTimeoutMs,
      maxMessagesPerFrame: this.maxMessagesPerFrame,
    });
    this.current = session;
    session.once("end", () => {
      if (this.current === session) this.current = undefined;
    });
    this.emit("session", session);
    return session;
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
      if (this.current) await this.current.end("server shutting down");
      else await this.devices.stopAll("server shutting down");
      await this.devices.shutdown({ stopFirst: false });
      this.log.info("shut down");
    })();
    return this.shuttingDown;
  }

  override on<E extends keyof ButtplugServerEvents>(event: E, listener: ButtplugServerEvents[E]): this {
    return super.on(event, listener);
  }
}
