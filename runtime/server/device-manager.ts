/**
 * The server's view of every device: DeviceIndex allocation, scanning across all sources, the v4
 * DeviceList, and stopping.
 *
 * DeviceIndex (as the reference assigns it): a device's configured index (`ServerDevice.index`)
 * if it has one; else the index it had before (stable per identifier for the server's lifetime);
 * else the lowest index that no device has held and no configuration reserves.
 */
import type { inside } from "../../generated";
import { TypedEventEmitter } from "../events";
import type { Logger } from "../log";
import { TIMED_OUT, within } from "../timers";
import type { DeviceSource, ServerDevice } from "./device";
import { logSafe } from "./log-text";
import { errorText } from "../errors";

/** Largest DeviceIndex (spec: a uint32). */
const MAX_DEVICE_INDEX = 4294967295;

/** Events of the device manager. */
export interface DeviceManagerEvents {
  /** A device was added or removed: the DeviceList changed. */
  deviceListChanged: () => void;
  /** Every source has stopped scanning. */
  scanningFinished: () => void;
  /** A device reported an input reading. */
  reading: (deviceIndex: number, featureIndex: number, reading: inside.InputReadingValue) => void;
  /** A device sent bytes on a raw-subscribed endpoint. */
  rawReading: (deviceIndex: number, endpoint: string, data: number[]) => void;
  /** An output's value went to a device (client steps; ServerDeviceEvents.output). */
  output: (deviceIndex: number, featureIndex: number, command: inside.OutputCommand) => void;
  /** Bytes written to ("out") or received from ("in") a device. */
  bytes: (deviceIndex: number, direction: "out" | "in", endpoint: string, data: Uint8Array) => void;
}

interface Entry {
  index: number;
  device: ServerDevice;
  source: DeviceSource;
  onReading: (featureIndex: number, reading: inside.InputReadingValue) => void;
  onRawReading: (endpoint: string, data: number[]) => void;
  onOutput: (featureIndex: number, command: inside.OutputCommand) => void;
  onBytes: (direction: "out" | "in", endpoint: string, data: Uint8Array) => void;
  onDisconnected: () => void;
}

/** `data` as hex pairs, with the printable-ASCII reading when the bytes are text (text protocols). */
export function describeBytes(data: Uint8Array): string {
  let hex = "";
  let text = true;
  for (const byte of data) {
    hex += (hex ? " " : "") + byte.toString(16).padStart(2, "0");
    if ((byte < 0x20 || byte > 0x7e) && byte !== 0x0a && byte !== 0x0d) text = false;
  }
  if (!text || data.length === 0) return hex;
  // Only printable ASCII, \n and \r here: JSON quoting escapes all a log needs.
  return `${hex} ${JSON.stringify(String.fromCharCode(...data))}`;
}

/** Devices from every source, by DeviceIndex; see the file comment. */
export class DeviceManager extends TypedEventEmitter<DeviceManagerEvents> {
  private readonly entries = new Map<number, Entry>();
  private readonly indexByIdentifier = new Map<string, number>();
  /** Every index handed out so far (a new device never takes one another device held). */
  private readonly assigned = new Set<number>();
  private readonly scanning = new Set<DeviceSource>();

  constructor(
    readonly sources: readonly DeviceSource[],
    private readonly log: Logger,
    /** How long stopAll waits for one device's stop before giving up on it (ms). */
    private readonly stopTimeoutMs = 5000,
    /** Indices reserved beyond what the sources report (ButtplugServerOptions.reservedIndices). */
    private readonly reservedIndices: () => Iterable<number> = () => [],
  ) {
    super();
    for (const source of sources) {
      source.on("device", (device) => this.add(device, source));
      source.on("scanningFinished", () => this.sourceFinished(source));
    }
  }

  /** Connected devices by DeviceIndex. */
  get devices(): ReadonlyMap<number, ServerDevice> {
    return new Map([...this.entries].map(([index, e]) => [index, e.device]));
  }

  /** Call `visit` for every connected device, without copying the device map. */
  forEachConnected(visit: (index: number, device: ServerDevice) => void): void {
    for (const [index, { device }] of this.entries) if (device.connected) visit(index, device);
  }

  /** The name of the source a connected device came from ("websocket", "btle", …): its transport. */
  sourceName(index: number): string | undefined {
    return this.entries.get(index)?.source.name;
  }

  device(index: number): ServerDevice | undefined {
    return this.entries.get(index)?.device;
  }

  /** Whether any source is scanning. */
  get isScanning(): boolean {
    return this.scanning.size > 0;
  }

  /** The `Devices` map of a v4 DeviceList. */
  deviceList(): Record<string, inside.DeviceInfo> {
    const list: Record<string, inside.DeviceInfo> = {};
    for (const [index, { device }] of [...this.entries].sort(([a], [b]) => a - b)) {
      const features: Record<string, inside.DeviceFeature> = {};
      for (const [featureIndex, feature] of [...device.features].sort(([a], [b]) => a - b)) {
        features[String(featureIndex)] = feature;
      }
      const info: inside.DeviceInfo = {
        DeviceName: device.name,
        DeviceIndex: index,
        DeviceMessageTimingGap: device.timingGap,
        DeviceFeatures: features,
      };
      if (device.displayName !== undefined) info.DeviceDisplayName = device.displayName;
      list[String(index)] = info;
    }
    return list;
  }

  /** Start scanning on every source. ScanningFinished follows once all have stopped. */
  async startScanning(): Promise<void> {
    for (const source of this.sources) this.scanning.add(source);
    const results = await Promise.allSettled(this.sources.map((s) => s.startScanning()));
    results.forEach((r, i) => {
      if (r.status === "rejected") {
        const source = this.sources[i];
        this.log.warn(`${source.name}: cannot start scanning: ${errorText(r.reason)}`);
        this.sourceFinished(source);
      }
    });
    if (this.sources.length === 0) this.emit("scanningFinished");
  }

  /** Ask every source to stop scanning (each reports scanningFinished on its own). */
  async stopScanning(): Promise<void> {
    const scanning = [...this.scanning];
    const results = await Promise.allSettled(scanning.map((s) => s.stopScanning()));
    results.forEach((r, i) => {
      if (r.status === "rejected") this.log.warn(`${scanning[i].name}: cannot stop scanning: ${errorText(r.reason)}`);
    });
    // A source that stopped without saying so is treated as finished.
    for (const source of scanning) this.sourceFinished(source);
  }

  /**
   * Stop every connected device (outputs and input subscriptions). Never rejects: a device
   * that fails to stop, or does not answer within the stop timeout, is logged (as an error: it
   * may still be running) and the others are still stopped.
   */
  async stopAll(why: string): Promise<void> {
    const entries = [...this.entries.values()].filter((e) => e.device.connected);
    if (entries.length > 0) this.log.info(`stopping ${entries.length} device(s): ${why}`);
    await Promise.all(
      entries.map(async ({ index, device }) => {
        try {
          const outcome = await within(device.stop({ outputs: true, inputs: true }), this.stopTimeoutMs);
          if (outcome === TIMED_OUT)
            this.log.error(
              `device ${index} (${logSafe(device.name)}): no answer to stop within ${this.stopTimeoutMs} ms; it may still be running`,
            );
        } catch (err) {
          this.log.error(`device ${index} (${logSafe(device.name)}): stop failed: ${errorText(err)}`);
        }
      }),
    );
  }

  /** Stop every device (unless the caller just did), then shut every source down (its devices disconnect). */
  async shutdown(options: { stopFirst?: boolean } = {}): Promise<void> {
    if (options.stopFirst ?? true) await this.stopAll("server shutting down");
    await Promise.allSettled(this.sources.map((s) => s.shutdown()));
    for (const entry of [...this.entries.values()]) this.remove(entry, false);
  }

  /** The DeviceIndex for a device that just arrived; see the file comment. */
  private allocate(device: ServerDevice): number {
    const configured = device.index;
    if (configured !== undefined) {
      if (!Number.isInteger(configured) || configured < 0 || configured > MAX_DEVICE_INDEX) {
        this.log.warn(
          `${logSafe(device.identifier)}: configured DeviceIndex ${configured} is not an index (0…${MAX_DEVICE_INDEX}); ignoring it`,
        );
      } else {
        const holder = this.entries.get(configured);
        if (!holder) {
          this.indexByIdentifier.set(device.identifier, configured);
          this.assigned.add(configured);
          return configured;
        }
        this.log.warn(
          `${logSafe(device.identifier)}: its configured DeviceIndex ${configured} is held by ${logSafe(holder.device.name)} (${logSafe(holder.device.identifier)}); giving it another index`,
        );
        return this.fresh();
      }
    }
    const known = this.indexByIdentifier.get(device.identifier);
    if (known !== undefined) {
      if (!this.entries.has(known)) return known;
      this.log.warn(`${logSafe(device.identifier)} appeared twice; giving the second one a new index`);
      return this.fresh();
    }
    const index = this.fresh();
    this.indexByIdentifier.set(device.identifier, index);
    return index;
  }

  /** The lowest index no device has held, no configuration reserves and no device holds. */
  private fresh(): number {
    const reserved = new Set(this.reservedIndices());
    for (const source of this.sources) for (const i of source.reservedIndices?.() ?? []) reserved.add(i);
    let index = 0;
    while (this.assigned.has(index) || reserved.has(index) || this.entries.has(index)) index++;
    this.assigned.add(index);
    return index;
  }

  private add(device: ServerDevice, source: DeviceSource): void {
    const index = this.allocate(device);
    const entry: Entry = {
      index,
      device,
      source,
      onReading: (featureIndex, reading) => this.emit("reading", entry.index, featureIndex, reading),
      onRawReading: (endpoint, data) => this.emit("rawReading", entry.index, endpoint, data),
      // --log debug: each command's effect (value, bytes written); --log trace: bytes read too.
      onOutput: (featureIndex, command) => {
        if (this.log.enabled("debug"))
          this.log.debug(
            `device ${entry.index} (${logSafe(device.name)}) feature ${featureIndex}: ${describeOutput(command)}`,
          );
        this.emit("output", entry.index, featureIndex, command);
      },
      onBytes: (direction, endpoint, data) => {
        if (this.log.enabled(direction === "out" ? "debug" : "trace")) {
          this.log[direction === "out" ? "debug" : "trace"](
            `device ${entry.index} (${logSafe(device.name)}) ${direction === "out" ? "→" : "←"} ${logSafe(endpoint)}: ${describeBytes(data)}`,
          );
        }
        this.emit("bytes", entry.index, direction, endpoint, data);
      },
      onDisconnected: () => this.remove(entry, true),
    };
    device.on("reading", entry.onReading);
    device.on("rawReading", entry.onRawReading);
    device.on("output", entry.onOutput);
    device.on("bytes", entry.onBytes);
    device.on("disconnected", entry.onDisconnected);
    this.entries.set(index, entry);
    this.log.info(
      `device ${index} added: ${logSafe(device.name)} (${logSafe(device.identifier)}, from ${source.name})`,
    );
    this.emit("deviceListChanged");
    // A device may have dropped between being announced and being listened to.
    if (!device.connected) this.remove(entry, true);
  }

  private remove(entry: Entry, announce: boolean): void {
    if (this.entries.get(entry.index) !== entry) return;
    entry.device.off("reading", entry.onReading);
    entry.device.off("rawReading", entry.onRawReading);
    entry.device.off("output", entry.onOutput);
    entry.device.off("bytes", entry.onBytes);
    entry.device.off("disconnected", entry.onDisconnected);
    this.entries.delete(entry.index);
    this.log.info(`device ${entry.index} removed: ${logSafe(entry.device.name)}`);
    if (announce) this.emit("deviceListChanged");
  }

  private sourceFinished(source: DeviceSource): void {
    if (!this.scanning.delete(source)) return;
    if (this.scanning.size === 0) this.emit("scanningFinished");
  }
}

/** An output command as a log reads it: "Vibrate 10", "HwPositionWithDuration 50 over 500 ms". */
function describeOutput(command: inside.OutputCommand): string {
  const [type, fields] = Object.entries(command)[0] as [string, { Value: number; Duration?: number }];
  return `${type} ${fields.Value}${fields.Duration !== undefined ? ` over ${fields.Duration} ms` : ""}`;
}
