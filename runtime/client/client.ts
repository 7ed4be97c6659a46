/**
 * The Buttplug client: connects through a connector, does the handshake, keeps the session alive
 * with Pings, matches replies to requests by Id (in any order, with a timeout), keeps the device
 * list (deviceAdded / deviceRemoved come from diffing each DeviceList against its copy) and can
 * reconnect with backoff. It thinks in spec v4; a codec (runtime/client/codec.ts) speaks older
 * servers. Every incoming frame is checked with the generated validators of the spoken version,
 * and the codec checks every outgoing one the same way (only that version's validators are needed).
 */
import { TypedEventEmitter } from "../events";
// Straight from validation (not the generated index) so the browser bundle leaves out deviceConfig.
import type { SpecVersion, inside } from "../../generated";
import { allowedReplies, validateFrame } from "../../generated/validation";
import { messageId } from "../../generated/envelope";
import { type Logger, silentLogger } from "../log";
import type { FrameConnection } from "../transport/types";
import { type Encoded, type ProtocolCodec, unwrap, V4Codec, type WireMessage, withMessageId } from "./codec";
import type { ButtplugConnector } from "./connector";
import {
  ClientDevice,
  readingValue,
  stopFields,
  type ClientFeature,
  type DeviceHost,
  type Request,
  type StopOptions,
} from "./device";
import {
  ButtplugClientError,
  ButtplugConnectionError,
  ButtplugDeviceError,
  ButtplugUnknownError,
  ButtplugMessageError,
  ButtplugTimeoutError,
  errorFromMessage,
} from "./errors";
import { V2Codec } from "./legacy/v2";
import { V3Codec } from "./legacy/v3";
import {
  type ClientSpecVersion,
  checkSpecVersion,
  DEFAULT_SPEC_VERSION,
  loadSpecVersion,
  refusedHandshakeAdvice,
} from "./spec-versions";
import { errorText } from "../errors";

export type { ClientSpecVersion } from "./spec-versions";

function codecFor(version: ClientSpecVersion): ProtocolCodec {
  return version === 4 ? new V4Codec() : version === 3 ? new V3Codec() : new V2Codec();
}

/** Reconnect policy: delays grow from `initialDelay` by `factor` up to `maxDelay`. */
export interface ReconnectOptions {
  /** Delay before the first attempt, ms (default 250). */
  initialDelay?: number;
  /** Largest delay, ms (default 10000). */
  maxDelay?: number;
  /** Growth per attempt (default 2). */
  factor?: number;
  /** Give up after this many failed attempts (default: never). */
  maxAttempts?: number;
}

/** Options of a ButtplugClient. */
export interface ButtplugClientOptions {
  /** ClientName sent in RequestServerInfo (default "bpkit client"). */
  name?: string;
  /**
   * Spec version to speak: 4 (default), or 3 / 2 for older servers (same v4 API, translated), or
   * "auto": try v4 and, if the server refuses that handshake, connect again speaking v3. A classic
   * script of the browser build (bpkit-client-vN.iife.js) speaks its version N only, by default.
   */
  specVersion?: ClientSpecVersion | "auto";
  /** Milliseconds to wait for a reply before rejecting with ButtplugTimeoutError (default 10000; 0 = wait forever). */
  replyTimeout?: number;
  /** Reconnect after an unexpected disconnect (opt-in): true for defaults, or a policy. */
  reconnect?: boolean | ReconnectOptions;
  log?: Logger;
}

/** What the server said about itself in the handshake (v4 names; a v3 server's MessageVersion is protocolVersionMajor). */
export interface ServerInfo {
  readonly serverName: string;
  readonly maxPingTime: number;
  readonly protocolVersionMajor: number;
  readonly protocolVersionMinor: number;
}

/** Events of a ButtplugClient. */
export interface ButtplugClientEvents {
  /** A device appeared in the server's device list (also for each device present at connect). */
  deviceAdded: (device: ClientDevice) => void;
  /** A device left the device list (also for every device when the connection ends). */
  deviceRemoved: (device: ClientDevice) => void;
  /** The server stopped scanning. */
  scanningFinished: () => void;
  /** A value from a subscribed input. */
  inputReading: (device: ClientDevice, feature: ClientFeature, type: inside.InputType, value: number) => void;
  /** The connection ended (by disconnect(), the server, or a transport failure). */
  disconnect: (reason: string) => void;
  /** Something went wrong outside any request: an invalid frame, a server Error with Id 0, a failed Ping or reconnect. */
  error: (error: ButtplugClientError) => void;
  /** A reconnect attempt is scheduled. */
  reconnecting: (attempt: number, delayMs: number) => void;
  /** The client is connected again after a reconnect. */
  reconnected: () => void;
}

/** Delay before reconnect attempt `attempt` (1-based). */
export function backoffDelay(attempt: number, options: ReconnectOptions = {}): number {
  const initial = options.initialDelay ?? 250;
  const max = options.maxDelay ?? 10000;
  const factor = options.factor ?? 2;
  return Math.min(max, initial * factor ** Math.max(0, attempt - 1));
}

const MAX_ID = 4294967295;

interface Pending {
  /** Message name and body as sent (at the wire version), for reply checks and messages. */
  name: string;
  body: Record<string, unknown>;
  resolve: (reply: inside.ServerMessage) => void;
  reject: (error: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/** The client; see the file comment. */
export class ButtplugClient extends TypedEventEmitter<ButtplugClientEvents> implements DeviceHost {
  readonly name: string;
  /** The spec version asked for in the options. */
  readonly requestedSpecVersion: ClientSpecVersion | "auto";
  private readonly replyTimeout: number;
  private readonly reconnectOptions?: ReconnectOptions;
  private readonly log: Logger;
  private codec: ProtocolCodec;
  private connector?: ButtplugConnector;
  private connection?: FrameConnection;
  private handshakeDone = false;
  private info?: ServerInfo;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly deviceMap = new Map<number, ClientDevice>();
  private pingTimer?: ReturnType<typeof setInterval>;
  private scanning = false;
  private closing = false;
  private reconnectTimer?: ReturnType<typeof setTimeout>;
  private reconnectAttempt = 0;
  /** Id of the RequestServerInfo in flight (a server refusing a connection answers with Id 0). */
  private handshakeId = 0;
  /** Whether the last openAs failed at RequestServerInfo (not at connecting or listing devices). */
  private handshakeFailed = false;

  constructor(options: ButtplugClientOptions = {}) {
    super();
    this.name = options.name ?? "bpkit client";
    const requested = options.specVersion ?? DEFAULT_SPEC_VERSION;
    checkSpecVersion(requested);
    this.requestedSpecVersion = requested;
    this.replyTimeout = options.replyTimeout ?? 10000;
    this.reconnectOptions = options.reconnect === true ? {} : options.reconnect || undefined;
    this.log = options.log ?? silentLogger;
    this.codec = codecFor(this.requestedSpecVersion === "auto" ? 4 : this.requestedSpecVersion);
  }

  /** The spec version spoken on the wire (after connect; with "auto", the one the server took). */
  get specVersion(): ClientSpecVersion {
    return this.codec.version as ClientSpecVersion;
  }

  /** Whether the handshake is done and the connection open. */
  get connected(): boolean {
    return this.handshakeDone && (this.connection?.open ?? false);
  }

  /** The server's ServerInfo (after connect). */
  get serverInfo(): ServerInfo | undefined {
    return this.info;
  }

  /** Devices by DeviceIndex. */
  get devices(): ReadonlyMap<number, ClientDevice> {
    return this.deviceMap;
  }

  /** Whether a StartScanning is in effect (until StopScanning or ScanningFinished). */
  get isScanning(): boolean {
    return this.scanning;
  }

  /** The device with this DeviceIndex; throws ButtplugDeviceError listing the devices there are. */
  device(index: number): ClientDevice {
    const device = this.deviceMap.get(index);
    if (!device) {
      const known = [...this.deviceMap.values()].map((d) => `${d.index} (${d.name})`).join(", ");
      throw new ButtplugDeviceError(`no device with index ${index} (devices: ${known || "none"})`);
    }
    return device;
  }

  // ---- connection ---------------------------------------------------------------------------

  /**
   * Connect, handshake (RequestServerInfo), start Pings at half of MaxPingTime and fetch the
   * device list (deviceAdded fires for each device). Rejects with a typed error.
   */
  async connect(connector: ButtplugConnector): Promise<void> {
    if (this.connection)
      throw new ButtplugConnectionError(`already connected to ${this.connector?.description}; disconnect() first`);
    // A reconnect in progress gives way to the caller's connect.
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.reconnectAttempt = 0;
    this.connector = connector;
    this.closing = false;
    await this.open();
  }

  /** Connect with the requested version; "auto" falls back to v3 when the v4 handshake is refused. */
  private async open(): Promise<void> {
    const requested = this.requestedSpecVersion;
    if (requested !== "auto") {
      try {
        return await this.openAs(requested);
      } catch (err) {
        // A classic script of one version names the script an older server needs.
        if (this.handshakeFailed && err instanceof Error) err.message += refusedHandshakeAdvice(requested);
        throw err;
      }
    }
    try {
      await this.openAs(4);
    } catch (err) {
      // Only a refused (or unanswered) RequestServerInfo says "try an older version".
      if (!this.handshakeFailed) throw err;
      this.log.info(`spec v4 handshake failed (${errorText(err)}); trying spec v3`);
      await this.openAs(3);
    }
  }

  private async openAs(version: ClientSpecVersion): Promise<void> {
    this.codec = codecFor(version);
    await loadSpecVersion(version);
    this.handshakeFailed = false;
    const connector = this.connector!;
    let connection: FrameConnection;
    try {
      connection = await connector.connect();
    } catch (err) {
      throw new ButtplugConnectionError(
        err instanceof Error ? err.message : `cannot connect to ${connector.description}: ${String(err)}`,
      );
    }
    this.connection = connection;
    this.codec.reset();
    connection.on("frame", (frame) => this.onFrame(frame));
    connection.on("close", (reason) => this.onClose(connection, reason));
    try {
      const id = this.allocateId();
      this.handshakeId = id;
      let reply: inside.ServerMessage;
      try {
        reply = await this.sendWire([this.codec.requestServerInfo(id, this.name)], this.replyTimeout);
      } catch (err) {
        this.handshakeFailed = true;
        throw err;
      }
      if (!("ServerInfo" in reply))
        throw new ButtplugMessageError(`handshake answered with ${Object.keys(reply)[0]}, not ServerInfo`);
      const s = reply.ServerInfo;
      this.info = {
        serverName: s.ServerName,
        maxPingTime: s.MaxPingTime,
        protocolVersionMajor: s.ProtocolVersionMajor,
        protocolVersionMinor: s.ProtocolVersionMinor,
      };
      this.handshakeDone = true;
      this.log.info(`connected to "${s.ServerName}" over ${connector.description} (spec v${this.codec.version})`);
      if (s.MaxPingTime > 0) {
        // Half of MaxPingTime leaves room for one late Ping before the server gives up.
        this.pingTimer = setInterval(() => this.ping(), Math.max(1, Math.floor(s.MaxPingTime / 2)));
      }
      await this.requestDeviceList();
    } catch (err) {
      connection.close("handshake failed");
      this.cleanup(connection, "handshake failed");
      throw err;
    }
  }

  private ping(): void {
    if (!this.connected) return;
    this.sendV4({ Ping: { Id: 0 } }).catch((err: unknown) => {
      this.emitError(
        err instanceof ButtplugClientError ? err : new ButtplugConnectionError(`Ping failed: ${String(err)}`),
      );
    });
  }

  /**
   * Disconnect: a v4 server gets Disconnect (it stops every device and answers Ok), then the
   * connection closes. Stops any reconnect in progress. Resolves once closed.
   */
  async disconnect(): Promise<void> {
    this.closing = true;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    const connection = this.connection;
    if (!connection) return;
    if (this.connected) {
      try {
        await this.sendV4({ Disconnect: { Id: 0 } }, Math.min(this.replyTimeout || 2000, 2000));
      } catch (err) {
        this.log.debug(`Disconnect: ${errorText(err)}`);
      }
    }
    const closed = new Promise<void>((resolve) =>
      connection.open ? connection.once("close", () => resolve()) : resolve(),
    );
    connection.close("client disconnected");
    await closed;
    this.cleanup(connection, "client disconnected");
  }

  private onClose(connection: FrameConnection, reason: string): void {
    if (this.connection !== connection) return;
    const wasConnected = this.handshakeDone;
    // During disconnect() the server may close first (after its Ok): still the client's doing.
    this.cleanup(connection, this.closing ? "client disconnected" : reason);
    if (wasConnected && !this.closing && this.reconnectOptions) this.scheduleReconnect();
  }

  /** Forget everything about a connection; rejects requests in flight, removes devices, emits disconnect once. */
  private cleanup(connection: FrameConnection, reason: string): void {
    if (this.connection !== connection) return;
    const wasConnected = this.handshakeDone;
    this.connection = undefined;
    this.handshakeDone = false;
    this.scanning = false;
    clearInterval(this.pingTimer);
    this.pingTimer = undefined;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new ButtplugConnectionError(`connection closed (${reason}) before a reply to ${p.name} (Id ${id})`, id));
    }
    this.pending.clear();
    this.applyDeviceList({});
    if (wasConnected) {
      this.log.info(`disconnected: ${reason}`);
      this.emit("disconnect", reason);
    }
  }

  private scheduleReconnect(): void {
    const options = this.reconnectOptions!;
    this.reconnectAttempt++;
    if (options.maxAttempts !== undefined && this.reconnectAttempt > options.maxAttempts) {
      this.reconnectAttempt = 0;
      this.emitError(
        new ButtplugConnectionError(
          `gave up reconnecting to ${this.connector?.description} after ${options.maxAttempts} attempts`,
        ),
      );
      return;
    }
    const delay = backoffDelay(this.reconnectAttempt, options);
    this.emit("reconnecting", this.reconnectAttempt, delay);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.closing) return;
      this.open().then(
        () => {
          this.reconnectAttempt = 0;
          // disconnect() was called while this attempt was under way: honour it.
          if (this.closing) void this.disconnect();
          else this.emit("reconnected");
        },
        (err: unknown) => {
          this.log.info(`reconnect attempt ${this.reconnectAttempt} failed: ${errorText(err)}`);
          if (!this.closing) this.scheduleReconnect();
        },
      );
    }, delay);
  }

  // ---- requests -----------------------------------------------------------------------------

  private allocateId(): number {
    for (;;) {
      const id = this.nextId;
      this.nextId = id >= MAX_ID ? 1 : id + 1;
      if (!this.pending.has(id)) return id;
    }
  }

  /** DeviceHost: send a device request (Id assigned here); resolves with the v4 reply. */
  request(request: Request): Promise<inside.ServerMessage> {
    return this.sendV4(request);
  }

  /** Send a v4 message (its Id is replaced) through the codec and wait for its one reply. */
  private sendV4(message: inside.ClientMessage | Request, timeout = this.replyTimeout): Promise<inside.ServerMessage> {
    if (!this.connected) {
      const [name] = Object.keys(message);
      return Promise.reject(new ButtplugConnectionError(`${name}: not connected`));
    }
    const id = this.allocateId();
    const withId: inside.ClientMessage = withMessageId(message, id);
    let encoded: Encoded;
    try {
      encoded = this.codec.encode(withId);
    } catch (err) {
      return Promise.reject(err);
    }
    if ("reply" in encoded) return Promise.resolve(encoded.reply);
    // The first message keeps the request's Id; a fan-out's others get their own.
    const wire = encoded.send.map((m, i) => withMessageId(m, i === 0 ? id : this.allocateId()));
    return this.sendWire(wire, timeout);
  }

  /** Send wire messages in one frame; one v4 reply: the first Error, else the first non-Ok, else Ok. */
  private async sendWire(messages: WireMessage[], timeout: number): Promise<inside.ServerMessage> {
    const connection = this.connection;
    if (!connection?.open) throw new ButtplugConnectionError(`${unwrap(messages[0]).name}: not connected`);
    const replies = messages.map((m) => {
      const { name, body } = unwrap(m);
      const id = body.Id as number;
      return new Promise<inside.ServerMessage>((resolve, reject) => {
        const pending: Pending = { name, body, resolve, reject };
        if (timeout > 0) {
          pending.timer = setTimeout(() => {
            this.pending.delete(id);
            reject(new ButtplugTimeoutError(`no reply to ${name} (Id ${id}) within ${timeout} ms`, id));
          }, timeout);
        }
        this.pending.set(id, pending);
      });
    });
    const frame = JSON.stringify(messages);
    if (this.log.enabled("debug")) this.log.debug(`→ ${frame}`);
    try {
      connection.send(frame);
    } catch (err) {
      // The transport (or an embedded server running in it) threw: fail these requests now.
      const error = new ButtplugUnknownError(
        `sending ${messages.map((m) => unwrap(m).name).join(", ")} failed: ${errorText(err)}`,
      );
      for (const m of messages) {
        const id = unwrap(m).body.Id as number;
        const pending = this.pending.get(id);
        if (pending) this.settle(id, pending, undefined, error);
      }
    }
    const settled = await Promise.allSettled(replies);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failed) throw failed.reason;
    const values = settled.map((s) => (s as PromiseFulfilledResult<inside.ServerMessage>).value);
    return values.find((r) => !("Ok" in r)) ?? values[0];
  }

  // ---- incoming -----------------------------------------------------------------------------

  private onFrame(frame: string): void {
    if (this.log.enabled("debug")) this.log.debug(`← ${frame}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(frame);
    } catch (err) {
      this.emitError(new ButtplugMessageError(`server sent a frame that is not JSON: ${errorText(err)}`));
      return;
    }
    if (!Array.isArray(parsed)) {
      this.emitError(new ButtplugMessageError(`server sent a frame that is not a JSON array: ${frame.slice(0, 80)}`));
      return;
    }
    const version = this.codec.version as SpecVersion;
    parsed.forEach((element: unknown, index) => {
      const result = validateFrame(version, [element], { direction: "server" });
      if (!result.ok) {
        const issues = result.issues
          .slice(0, 3)
          .map((i) => `/${index}${i.pointer.slice(2)}: ${i.message}`)
          .join("; ");
        const error = new ButtplugMessageError(`server sent an invalid spec v${version} message: ${issues}`);
        const id = messageId(element) ?? 0;
        const pending = id ? this.pending.get(id) : undefined;
        if (pending) this.settle(id, pending, undefined, error);
        else this.emitError(error);
        return;
      }
      let decoded: inside.ServerMessage[];
      try {
        decoded = this.codec.decode(element as WireMessage);
      } catch (err) {
        this.emitError(err instanceof ButtplugClientError ? err : new ButtplugMessageError(String(err)));
        return;
      }
      for (const message of decoded) {
        try {
          this.dispatch(message, element as WireMessage);
        } catch (err) {
          // A listener or callback of the application threw: report it, keep the session going.
          this.emitError(new ButtplugUnknownError(`handling ${Object.keys(message)[0]}: ${errorText(err)}`));
        }
      }
    });
  }

  private dispatch(message: inside.ServerMessage, original: WireMessage): void {
    const { name, body } = unwrap(message);
    const id = body.Id as number;
    if (id !== 0) {
      const pending = this.pending.get(id);
      if (!pending) {
        // A reply after its timeout: the caller already has its ButtplugTimeoutError.
        this.log.debug(`${name} for Id ${id}: no request waiting (timed out?)`);
        return;
      }
      const allowed = allowedReplies(this.codec.version as SpecVersion, pending.name, pending.body) ?? [];
      const originalName = unwrap(original).name;
      if (!allowed.includes(originalName)) {
        const error = new ButtplugMessageError(
          `server answered ${pending.name} (Id ${id}) with ${originalName}; expected ${allowed.join(" or ")}`,
          id,
        );
        this.settle(id, pending, undefined, error);
        return;
      }
      this.settle(id, pending, message);
      return;
    }
    if ("DeviceList" in message) this.applyDeviceList(message.DeviceList.Devices);
    else if ("ScanningFinished" in message) {
      this.scanning = false;
      this.emit("scanningFinished");
    } else if ("InputReading" in message) this.onReading(message.InputReading);
    else if ("Error" in message) {
      // Before the handshake, an Id 0 Error is the server refusing this connection: fail connect() with it.
      const handshake = !this.handshakeDone ? this.pending.get(this.handshakeId) : undefined;
      if (handshake) this.settle(this.handshakeId, handshake, undefined, errorFromMessage(message.Error));
      else this.emitError(errorFromMessage(message.Error));
    } else this.emitError(new ButtplugMessageError(`server sent ${name} with Id 0, which only a reply can be`));
  }

  private settle(id: number, pending: Pending, reply: inside.ServerMessage | undefined, error?: Error): void {
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (error) pending.reject(error);
    else if (reply && "Error" in reply) pending.reject(errorFromMessage(reply.Error, pending.name));
    else pending.resolve(reply!);
  }

  private onReading(reading: inside.InputReading): void {
    const device = this.deviceMap.get(reading.DeviceIndex);
    const feature = device?.features.get(reading.FeatureIndex);
    const [type] = Object.keys(reading.Reading) as inside.InputType[];
    const value = readingValue(reading.Reading, type);
    if (!device || !feature || value === undefined) return;
    device.deliverReading(reading.FeatureIndex, reading.Reading);
    this.emit("inputReading", device, feature, type, value);
  }

  /** Make `devices` the client's list: deviceRemoved for those gone (or changed), deviceAdded for new ones. */
  private applyDeviceList(devices: inside.Devices): void {
    const next = new Map<number, inside.DeviceInfo>();
    for (const d of Object.values(devices)) if (d) next.set(d.DeviceIndex, d);
    for (const [index, device] of [...this.deviceMap]) {
      const now = next.get(index);
      if (now && JSON.stringify(now) === JSON.stringify(device.info)) continue;
      this.deviceMap.delete(index);
      device.markRemoved();
      this.emit("deviceRemoved", device);
    }
    for (const [index, info] of [...next].sort(([a], [b]) => a - b)) {
      if (this.deviceMap.has(index)) continue;
      const device = new ClientDevice(info, this);
      this.deviceMap.set(index, device);
      this.emit("deviceAdded", device);
    }
  }

  private emitError(error: ButtplugClientError): void {
    this.log.warn(error.message);
    // An EventEmitter throws on an unheard "error"; the log line is enough then.
    if (this.listenerCount("error") > 0) this.emit("error", error);
  }

  // ---- server-wide commands -----------------------------------------------------------------

  /** Ask for the device list again (deviceAdded / deviceRemoved fire for the differences). */
  async requestDeviceList(): Promise<void> {
    const reply = await this.sendV4({ RequestDeviceList: { Id: 0 } });
    if ("DeviceList" in reply) this.applyDeviceList(reply.DeviceList.Devices);
  }

  /** Start scanning for devices; deviceAdded fires as they connect. */
  async startScanning(): Promise<void> {
    await this.sendV4({ StartScanning: { Id: 0 } });
    this.scanning = true;
  }

  /** Stop scanning; scanningFinished follows. */
  async stopScanning(): Promise<void> {
    await this.sendV4({ StopScanning: { Id: 0 } });
  }

  /** Stop every device (v4: StopCmd without indices; v3: StopAllDevices). */
  async stopAll(options: StopOptions = {}): Promise<void> {
    if (options.inputs !== false) for (const device of this.deviceMap.values()) device.removeAllInputCallbacks();
    await this.sendV4({ StopCmd: { Id: 0, ...stopFields(options) } });
  }
}
