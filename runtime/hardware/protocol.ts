/**
 * What a device protocol is: pure translation between v4 commands and hardware commands.
 * A protocol file (runtime/hardware/protocols/<name>.ts) knows byte formats and handshakes only —
 * nothing about sessions, sockets or which transport carries the bytes.
 */
import type { inside } from "../../generated";

/** Named endpoint of a device, as the device config names them: "tx", "rx", "command", "firmware", … */
export type Endpoint = string;

/** A command to the hardware, as a value, so protocols are testable byte for byte without a transport. */
export type HardwareCommand =
  | {
      kind: "write";
      endpoint: Endpoint;
      data: Uint8Array;
      withResponse: boolean;
      /**
       * What state this packet carries (reference: a write's command ids): FeatureIndex values,
       * or names of a protocol's own packets ("all": the one packet holding every motor). Within
       * one timing-gap batch a later write replaces an earlier one sharing an id. Default, set by
       * HardwareDevice: the feature the output command was for.
       */
      commandIds?: readonly (number | string)[];
    }
  | { kind: "read"; endpoint: Endpoint; length: number; timeoutMs: number }
  | { kind: "subscribe"; endpoint: Endpoint }
  | { kind: "unsubscribe"; endpoint: Endpoint };

export const write = (
  endpoint: Endpoint,
  data: ArrayLike<number>,
  withResponse = false,
  commandIds?: readonly (number | string)[],
): HardwareCommand => ({
  kind: "write",
  endpoint,
  data: Uint8Array.from(data),
  withResponse,
  ...(commandIds ? { commandIds } : {}),
});

/** Data a device sent on its own (BLE notification, websocket binary frame). */
export interface Notification {
  endpoint: Endpoint;
  data: Uint8Array;
}

/** The live connection a protocol may use during identification, initialization and reads. */
export interface HardwareLink {
  /** Advertised / announced name (BLE local name, websocket identifier). */
  readonly name: string;
  /** BLE address or websocket address. */
  readonly address: string;
  /**
   * BLE: the advertisement's manufacturer data (company identifier, then the bytes after it), for
   * protocols that identify a model by it (Satisfyer). Absent on other transports.
   */
  readonly manufacturerData?: readonly { company: number; data: ArrayLike<number> }[];
  /** Endpoints the device config gives this device. */
  readonly endpoints: ReadonlySet<Endpoint>;
  /** Execute one hardware command; a read resolves with the bytes, the others with an empty array. */
  execute(command: HardwareCommand): Promise<Uint8Array>;
  /** Wait for the next notification on an endpoint (subscribe first). Rejects after timeoutMs. */
  nextNotification(endpoint: Endpoint, timeoutMs: number): Promise<Uint8Array>;
}

/**
 * One feature of the device as the hardware has it, in the v4 DeviceFeature shape: every output
 * with the config's (hardware) range, user-disabled ones included, plus the config's feature id.
 * What a client sees (narrowed ranges, disabled outputs hidden) is a separate view.
 */
export interface DefinedFeature extends inside.DeviceFeature {
  /** The config's feature UUID. */
  id?: string;
}

/** A device definition after identification: config defaults merged with the chosen configuration and user overrides. */
export interface DeviceDefinition {
  /** Protocol key in the device config, e.g. "lovense", "wevibe-8bit". */
  protocol: string;
  /** DeviceName. */
  name: string;
  /** The configuration identifier that matched (e.g. Lovense "W" for a Domi), if any. */
  identifier?: string;
  displayName?: string;
  /** The configuration's protocol_variant, when it names one (e.g. which Vorze SA packet layout). */
  protocolVariant?: string;
  messageTimingGap: number;
  /** The hardware layout: every feature by FeatureIndex, in order, with hardware ranges. */
  features: DefinedFeature[];
}

/** Per-device protocol state machine, created once the device definition is known. */
export interface ProtocolHandler {
  /** Handshake after connecting (subscribe to rx, send init bytes, …). */
  initialize?(link: HardwareLink): Promise<void>;
  /**
   * One v4 output command → the hardware commands that carry it (may be empty: nothing changed).
   * Stop is output() too: each output feature's first stoppable output set to 0 (HardwareDevice).
   */
  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[];
  /** Read an input once (battery, RSSI, pressure…). */
  readInput?(link: HardwareLink, featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue>;
  /** Commands to start/stop a subscription to an input. */
  subscribeInput?(featureIndex: number, type: inside.InputType): HardwareCommand[];
  unsubscribeInput?(featureIndex: number, type: inside.InputType): HardwareCommand[];
  /** Turn a notification into readings for subscribed inputs (others are ignored). */
  parseNotification?(notification: Notification): { featureIndex: number; reading: inside.InputReadingValue }[];
  /**
   * Commands to re-send to keep a device awake, and how often (ms). Asked again on every tick, so
   * it returns the packet for the current state. By default they go out only after a whole
   * interval without writes. `repeatsLastPacket`: the reference's repeat-last-packet keepalive
   * with timing; only such a device is stopped right after initialization, so the packet it
   * repeats is a known one. `updateLoop`: the protocol's own fixed-rate update loop (reference
   * xuanhuan, hgod): sent on every tick.
   */
  keepalive?():
    | { intervalMs: number; commands: HardwareCommand[]; updateLoop?: boolean; repeatsLastPacket?: boolean }
    | undefined;
}

/** A protocol implementation, registered by its device-config key. */
export interface Protocol {
  /** The device-config protocol key. */
  readonly name: string;
  /**
   * Find which configuration of the protocol this device is, when names alone cannot tell
   * (Lovense asks "DeviceType;"). Returns the configuration identifier, or undefined for defaults.
   */
  identify?(link: HardwareLink): Promise<string | undefined>;
  /**
   * The protocol key that really drives a device with this identifier, when the device advertises
   * like this protocol but is another one (Hismith models outside the legacy list are hismith-mini).
   */
  redirect?(identifier: string | undefined): string | undefined;
  /** Build the handler for an identified device. */
  create(definition: DeviceDefinition): ProtocolHandler;
}
