/**
 * The one interface through which the server drives devices: v4 commands in, v4 readings out.
 * The hardware layer (runtime/hardware) and the in-memory test device both implement it.
 */
import type { inside } from "../../generated";

/** Events a device reports to the server. */
export interface ServerDeviceEvents {
  /** A reading from a subscribed input. */
  reading: (featureIndex: number, reading: inside.InputReadingValue) => void;
  /** The device went away (BLE drop, websocket closed, unplugged). */
  disconnected: () => void;
  /** Bytes the device sent on an endpoint subscribed through `raw` (spec v2/v3 RawReading). */
  rawReading: (endpoint: string, data: number[]) => void;
  /**
   * An output's value as it goes to the device, in the client's steps (after the timing gap and
   * the last-value cache; a stop reports 0). For observers: dashboards and logs. Optional to emit.
   */
  output: (featureIndex: number, command: inside.OutputCommand) => void;
  /** Bytes written to ("out") or received from ("in") the device. For observers; optional to emit. */
  bytes: (direction: "out" | "in", endpoint: string, data: Uint8Array) => void;
}

/**
 * Raw endpoint access for spec v2/v3 Raw*Cmd (only used when the server runs with
 * --allow-raw-messages). Methods reject with a ButtplugError (ErrorCode.Device) on failure.
 */
export interface RawAccess {
  /** Endpoint names the device config gives this device ("tx", "rx", …). */
  readonly endpoints: readonly string[];
  write(endpoint: string, data: number[], withResponse: boolean): Promise<void>;
  /** Read up to `length` bytes (0: whatever the endpoint gives). */
  read(endpoint: string, length: number, timeoutMs: number): Promise<number[]>;
  /** Start or stop `rawReading` events for an endpoint. */
  subscribe(endpoint: string): Promise<void>;
  unsubscribe(endpoint: string): Promise<void>;
}

/** A device as the server sees it. Methods reject with a ButtplugError (ErrorCode.Device) on failure. */
export interface ServerDevice {
  /** Stable identity used to keep the same DeviceIndex across reconnects, e.g. "lovense/AA:BB:CC". */
  readonly identifier: string;
  /** DeviceName: the device config's name. */
  readonly name: string;
  /** DeviceDisplayName: set by the user config, if any. */
  readonly displayName?: string;
  /** DeviceMessageTimingGap in milliseconds (0: none). */
  readonly timingGap: number;
  /** DeviceFeatures by FeatureIndex, in the v4 DeviceList shape. */
  readonly features: ReadonlyMap<number, inside.DeviceFeature>;
  /** Whether the device is still connected. */
  readonly connected: boolean;
  /**
   * The DeviceIndex the user configuration gives this device, if any (reference: a user device
   * entry's index). The device manager uses it unless another connected device holds it.
   */
  readonly index?: number;
  /** Raw endpoint access, when the device offers it (hardware devices do). */
  readonly raw?: RawAccess;

  /** Run one v4 output command on one feature. Values are already range-checked by the server. */
  output(featureIndex: number, command: inside.OutputCommand): Promise<void>;
  /** Read an input once. */
  read(featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue>;
  /** Start or stop `reading` events for an input. */
  subscribe(featureIndex: number, type: inside.InputType): Promise<void>;
  unsubscribe(featureIndex: number, type: inside.InputType): Promise<void>;
  /**
   * Stop outputs (and/or unsubscribe inputs) of one feature or of all features.
   * Never dropped by timing-gap batching: it joins the batch, replacing the values waiting there.
   */
  stop(options?: { featureIndex?: number; outputs?: boolean; inputs?: boolean }): Promise<void>;
  /** Drop the connection to the device. */
  disconnect(): Promise<void>;

  on<E extends keyof ServerDeviceEvents>(event: E, listener: ServerDeviceEvents[E]): void;
  off<E extends keyof ServerDeviceEvents>(event: E, listener: ServerDeviceEvents[E]): void;
}

/** Events of a device source. */
export interface DeviceSourceEvents {
  /** A device is connected, identified and initialized: ready for commands. */
  device: (device: ServerDevice) => void;
  /** This source stopped scanning on its own (e.g. a timed BLE scan ended). */
  scanningFinished: () => void;
}

/** Where devices come from: a comm manager (BLE, device websocket, simulated) or a test source. */
export interface DeviceSource {
  /** For logs: "btle", "websocket", "simulated", "test". */
  readonly name: string;
  startScanning(): Promise<void>;
  stopScanning(): Promise<void>;
  /** Release sockets/adapters; devices of this source are disconnected. */
  shutdown(): Promise<void>;
  /**
   * DeviceIndex values the configuration reserves for particular devices (user-config indices);
   * devices without a configured index never take them. Optional; asked on every new device.
   */
  reservedIndices?(): Iterable<number>;
  on<E extends keyof DeviceSourceEvents>(event: E, listener: DeviceSourceEvents[E]): void;
  off<E extends keyof DeviceSourceEvents>(event: E, listener: DeviceSourceEvents[E]): void;
}
