/**
 * Bluetooth LE through @abandonware/noble. noble is optional and loaded lazily on the first scan:
 * when it cannot load (no native binding, EAFNOSUPPORT in containers), there is no adapter, or no
 * permission, one warning is logged and bpkit runs on without BLE. Advertisements are matched with
 * the device config; a matched device is connected, the services and characteristics its protocol
 * names are discovered and become the endpoints of its link.
 */
import { deviceError, errorText } from "../../errors";
import type { Logger } from "../../log";
import type { DeviceSource, DeviceSourceEvents, ServerDevice } from "../../server/device";
import { backgroundTimer, TIMED_OUT, within } from "../../timers";
import type { Endpoint, HardwareCommand } from "../protocol";
import { TypedEventEmitter } from "../../events";
import { type Advertisement, type CommContext, createHardwareDevice } from "./identify";
import { BaseLink } from "./link";

/** DeviceMessageTimingGap for BLE devices whose config sets none (the reference's BLE default). */
export const BLE_MESSAGE_GAP_MS = 75;

/** How long a device that failed to connect or initialize is left alone before another attempt. */
const RETRY_AFTER_MS = 10000;

/** The slice of a noble characteristic bpkit uses. */
export interface NobleCharacteristic {
  uuid: string;
  writeAsync(data: Buffer, withoutResponse: boolean): Promise<void>;
  readAsync(): Promise<Buffer>;
  subscribeAsync(): Promise<void>;
  unsubscribeAsync(): Promise<void>;
  on(event: "data", listener: (data: Buffer, isNotification: boolean) => void): unknown;
}

/** The slice of a noble service bpkit uses. */
export interface NobleService {
  uuid: string;
  characteristics?: NobleCharacteristic[] | null;
}

/** The slice of a noble peripheral bpkit uses. */
export interface NoblePeripheral {
  id: string;
  address?: string;
  advertisement: { localName?: string; serviceUuids?: string[]; manufacturerData?: Buffer };
  connectAsync(): Promise<void>;
  disconnectAsync(): Promise<void>;
  discoverSomeServicesAndCharacteristicsAsync(
    serviceUuids: string[],
    characteristicUuids: string[],
  ): Promise<{ services: NobleService[]; characteristics: NobleCharacteristic[] }>;
  once(event: "disconnect", listener: () => void): unknown;
}

/** The slice of the noble module bpkit uses (inject a fake in tests). */
export interface NobleLike {
  state: string;
  on(event: "stateChange", listener: (state: string) => void): unknown;
  on(event: "discover", listener: (peripheral: NoblePeripheral) => void): unknown;
  removeListener(event: "stateChange", listener: (state: string) => void): unknown;
  removeListener(event: "discover", listener: (peripheral: NoblePeripheral) => void): unknown;
  startScanningAsync(serviceUuids?: string[], allowDuplicates?: boolean): Promise<void>;
  stopScanningAsync(): Promise<void>;
}

/** Options of the BLE manager. */
export interface BluetoothManagerOptions extends CommContext {
  /** The noble module, or a loader for it; default: require("@abandonware/noble") on first scan. */
  noble?: NobleLike | (() => NobleLike);
  /** How long to wait for the adapter to report poweredOn (ms). */
  adapterTimeoutMs?: number;
}

/** noble writes UUIDs as 32 lowercase hex digits (or 4 for 16-bit ones); the config uses dashes. */
export function toNobleUuid(uuid: string): string {
  return uuid.replace(/-/g, "").toLowerCase();
}

/** Back to the config's form; 16/32-bit UUIDs expand on the Bluetooth base UUID. */
export function fromNobleUuid(uuid: string): string {
  let hex = uuid.replace(/-/g, "").toLowerCase();
  if (hex.length === 4) hex = `0000${hex}`;
  if (hex.length === 8) hex = `${hex}00001000800000805f9b34fb`;
  if (hex.length !== 32) return hex;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A noble advertisement in the device config's terms. */
export function toAdvertisement(peripheral: NoblePeripheral): Advertisement {
  const adv = peripheral.advertisement;
  const result: Advertisement = {
    name: adv.localName ?? "",
    serviceUuids: (adv.serviceUuids ?? []).map(fromNobleUuid),
  };
  const m = adv.manufacturerData;
  // Manufacturer data starts with the 16-bit company identifier, little endian.
  if (m && m.length >= 2) result.manufacturerData = [{ company: m[0]! | (m[1]! << 8), data: [...m.subarray(2)] }];
  return result;
}

/** A connected BLE peripheral as a link; endpoints are the characteristics found. */
export class BluetoothLink extends BaseLink {
  /** The advertisement's manufacturer data, for protocols that identify a model by it. */
  readonly manufacturerData?: readonly { company: number; data: ArrayLike<number> }[];

  constructor(
    private readonly peripheral: NoblePeripheral,
    name: string,
    private readonly characteristics: Map<Endpoint, NobleCharacteristic>,
    manufacturerData?: readonly { company: number; data: ArrayLike<number> }[],
  ) {
    super(name, peripheral.address || peripheral.id, new Set(characteristics.keys()));
    if (manufacturerData) this.manufacturerData = manufacturerData;
    for (const [endpoint, characteristic] of characteristics) {
      characteristic.on("data", (data) => this.notify(endpoint, new Uint8Array(data)));
    }
    peripheral.once("disconnect", () => this.lost());
  }

  protected async send(command: HardwareCommand): Promise<Uint8Array> {
    const characteristic = this.characteristics.get(command.endpoint);
    if (!characteristic) throw deviceError(`${this.name} has no endpoint "${command.endpoint}"`);
    switch (command.kind) {
      case "write":
        await characteristic.writeAsync(Buffer.from(command.data), !command.withResponse);
        return new Uint8Array();
      case "read": {
        const data = await within(characteristic.readAsync(), command.timeoutMs);
        if (data === TIMED_OUT) throw deviceError(`${this.name}: read of "${command.endpoint}" timed out`);
        return new Uint8Array(data);
      }
      case "subscribe":
        await characteristic.subscribeAsync();
        return new Uint8Array();
      case "unsubscribe":
        await characteristic.unsubscribeAsync();
        return new Uint8Array();
    }
  }

  protected async close(): Promise<void> {
    await this.peripheral.disconnectAsync();
  }
}

/** BLE devices as a DeviceSource. */
export class BluetoothManager extends TypedEventEmitter<DeviceSourceEvents> implements DeviceSource {
  readonly name = "btle";
  private noble: NobleLike | undefined;
  private unavailable = false;
  private scanning = false;
  /** Peripheral ids being connected, connected, or skipped: ignore their advertisements. */
  private readonly handled = new Set<string>();
  private readonly devices = new Set<ServerDevice>();
  private readonly log: Logger;
  private readonly onDiscover = (peripheral: NoblePeripheral) => void this.discovered(peripheral);

  /** DeviceIndex values the user device config reserves, so the server gives them to no other device. */
  reservedIndices(): Iterable<number> {
    return this.options.config.reservedIndices?.() ?? [];
  }

  constructor(private readonly options: BluetoothManagerOptions) {
    super();
    this.log = options.log.child("btle");
  }

  /** Whether BLE turned out to be unusable here (after the first scan attempt). */
  get isUnavailable(): boolean {
    return this.unavailable;
  }

  async startScanning(): Promise<void> {
    const noble = await this.adapter();
    if (!noble) {
      // Nothing will be found: report the scan as over so the server need not wait for us.
      process.nextTick(() => this.emit("scanningFinished"));
      return;
    }
    this.scanning = true;
    // Duplicates on: a name that only arrives in a later scan response still gets matched.
    await noble.startScanningAsync([], true);
  }

  async stopScanning(): Promise<void> {
    if (!this.noble || !this.scanning) return;
    this.scanning = false;
    await this.noble.stopScanningAsync();
  }

  async shutdown(): Promise<void> {
    await this.stopScanning().catch(() => undefined);
    await Promise.all([...this.devices].map((device) => device.disconnect().catch(() => undefined)));
    this.noble?.removeListener("discover", this.onDiscover);
  }

  /** Load noble and wait for a powered adapter, or warn once and return undefined. */
  private async adapter(): Promise<NobleLike | undefined> {
    if (this.unavailable) return undefined;
    if (!this.noble) {
      try {
        const source = this.options.noble;
        // Lazy: the native binding is only touched when BLE is actually used.
        this.noble = typeof source === "function" ? source() : (source ?? (require("@abandonware/noble") as NobleLike));
      } catch (error) {
        return this.giveUp(`cannot load @abandonware/noble (${errorText(error)})`);
      }
      this.noble.on("discover", this.onDiscover);
    }
    const noble = this.noble;
    if (noble.state !== "poweredOn") {
      // Wait for a settled state; after the adapter timeout, take the state it is in.
      let onState: (state: string) => void = () => undefined;
      const settled = new Promise<string>((resolve) => {
        onState = (state) => state !== "unknown" && state !== "resetting" && resolve(state);
        noble.on("stateChange", onState);
      });
      const waited = await within(settled, this.options.adapterTimeoutMs ?? 5000);
      noble.removeListener("stateChange", onState);
      const state = waited === TIMED_OUT ? noble.state : waited;
      if (state !== "poweredOn") {
        const why: Record<string, string> = {
          unauthorized: "no permission to use the Bluetooth adapter",
          unsupported: "no usable Bluetooth LE adapter",
          poweredOff: "the Bluetooth adapter is powered off",
        };
        return this.giveUp(why[state] ?? `the Bluetooth adapter stayed in state "${state}"`);
      }
    }
    return noble;
  }

  private giveUp(reason: string): undefined {
    this.unavailable = true;
    this.log.warn(`Bluetooth LE unavailable: ${reason}; continuing without BLE devices`);
    return undefined;
  }

  private async discovered(peripheral: NoblePeripheral): Promise<void> {
    if (!this.scanning || this.handled.has(peripheral.id)) return;
    const adv = toAdvertisement(peripheral);
    const matches = this.options.config.matchBluetooth(adv);
    if (matches.length === 0) return;
    this.handled.add(peripheral.id);
    const match = matches.find((m) => this.options.getProtocol(m.protocol)) ?? matches[0]!;
    const who = `"${adv.name}" (${peripheral.address || peripheral.id})`;
    if (!this.options.getProtocol(match.protocol)) {
      // Stays in `handled`: one log line per device, not one per advertisement.
      this.log.warn(`device ${who} uses protocol "${match.protocol}", which bpkit does not implement yet; skipping it`);
      return;
    }
    try {
      await peripheral.connectAsync();
      const characteristics = await this.discoverEndpoints(peripheral, match.protocol);
      const link = new BluetoothLink(peripheral, adv.name, characteristics, adv.manufacturerData);
      const device = await createHardwareDevice(
        link,
        match.protocol,
        { ...this.options, log: this.log },
        BLE_MESSAGE_GAP_MS,
      );
      if (!device) {
        // Refused or failed to initialize (already logged): try again on a later advertisement,
        // but not on every one.
        backgroundTimer(RETRY_AFTER_MS, () => this.handled.delete(peripheral.id));
        return;
      }
      this.devices.add(device);
      device.on("disconnected", () => {
        this.devices.delete(device);
        this.handled.delete(peripheral.id);
      });
      this.emit("device", device);
    } catch (error) {
      this.log.warn(`device ${who}: cannot connect: ${errorText(error)}`);
      backgroundTimer(RETRY_AFTER_MS, () => this.handled.delete(peripheral.id));
      await peripheral.disconnectAsync().catch(() => undefined);
    }
  }

  /** Discover the services/characteristics the protocol's config names; endpoint → characteristic. */
  private async discoverEndpoints(
    peripheral: NoblePeripheral,
    protocol: string,
  ): Promise<Map<Endpoint, NobleCharacteristic>> {
    const services = this.options.config.bluetoothServices(protocol);
    const serviceUuids = Object.keys(services).map(toNobleUuid);
    const characteristicUuids = Object.values(services).flatMap((endpoints) =>
      Object.values(endpoints).map(toNobleUuid),
    );
    const found = await peripheral.discoverSomeServicesAndCharacteristicsAsync(serviceUuids, characteristicUuids);
    const endpoints = new Map<Endpoint, NobleCharacteristic>();
    const byService = found.services.filter((s) => s.characteristics && s.characteristics.length > 0);
    for (const service of byService) {
      const spec =
        Object.entries(services).find(([uuid]) => toNobleUuid(uuid) === toNobleUuid(service.uuid))?.[1] ?? {};
      for (const [endpoint, uuid] of Object.entries(spec)) {
        const characteristic = service.characteristics!.find((c) => toNobleUuid(c.uuid) === toNobleUuid(uuid));
        if (characteristic && !endpoints.has(endpoint)) endpoints.set(endpoint, characteristic);
      }
    }
    if (byService.length === 0) {
      // Bindings that do not attach characteristics to services: match on the flat list.
      for (const spec of Object.values(services)) {
        for (const [endpoint, uuid] of Object.entries(spec)) {
          const characteristic = found.characteristics.find((c) => toNobleUuid(c.uuid) === toNobleUuid(uuid));
          if (characteristic && !endpoints.has(endpoint)) endpoints.set(endpoint, characteristic);
        }
      }
    }
    if (endpoints.size === 0) throw new Error(`none of the ${protocol} services/characteristics were found`);
    return endpoints;
  }
}
