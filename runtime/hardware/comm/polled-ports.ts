/**
 * What the managers of local ports that cannot announce new devices (serial ports, HID) share: a
 * native library loaded on the first scan (one warning when it is missing), the timed Rescanner,
 * the addresses being opened or open, and the devices they became.
 */
import { deviceError, errorText } from "../../errors";
import type { Logger } from "../../log";
import type { DeviceSource, DeviceSourceEvents, ServerDevice } from "../../server/device";
import { TypedEventEmitter } from "../../events";
import { type CommContext, createHardwareDevice, type HidSpecifier } from "./identify";
import type { HardwareCommand } from "../protocol";
import { BaseLink } from "./link";
import { Rescanner } from "./rescan";

/**
 * An open port as a link: `tx` takes the bytes for the device, `rx` carries what it sends. A port
 * has no addressable value, so a read is the next bytes that arrive; subscribing changes nothing.
 */
export abstract class PortLink extends BaseLink {
  constructor(
    name: string,
    address: string,
    /** The port in error messages, e.g. "serial port /dev/ttyUSB0". */
    private readonly label: string,
  ) {
    super(name, address, new Set(["tx", "rx"]));
  }

  /** Write bytes to the device (rejects when the port fails). */
  protected abstract write(data: Uint8Array): Promise<void>;

  protected async send(command: HardwareCommand): Promise<Uint8Array> {
    switch (command.kind) {
      case "write":
        if (command.endpoint !== "tx")
          throw deviceError(`${this.label} has no endpoint "${command.endpoint}" to write (endpoints: tx, rx)`);
        try {
          await this.write(command.data);
        } catch (error) {
          throw deviceError(`${this.label}: write failed: ${errorText(error)}`);
        }
        return new Uint8Array();
      case "read":
        return this.nextNotification("rx", command.timeoutMs);
      case "subscribe":
      case "unsubscribe":
        return new Uint8Array();
    }
  }
}

/** Options every polled port manager takes. */
export interface PolledPortOptions<Backend> extends CommContext {
  /** The native library, or a loader for it; default: the manager's own loader, run on the first scan. */
  backend?: Backend | (() => Backend);
  /** Rescan interval while scanning (ms). */
  rescanMs?: number;
}

/** How a manager names itself and its library in logs. */
export interface PolledPortKind<Backend> {
  /** DeviceSource name and log child, e.g. "serial". */
  name: string;
  /** What becomes unavailable without the library, e.g. "serial ports". */
  ports: string;
  /** The npm package, e.g. "serialport". */
  library: string;
  /** What the server continues without, e.g. "serial devices". */
  devices: string;
  /** Loads the library (throws when it is not installed). */
  load: () => Backend;
}

/**
 * A DeviceSource that looks at its ports every few seconds while scanning. `Known` is what the
 * device config names for these ports (serial port specifiers, USB vendor/product ids).
 */
export abstract class PolledPortManager<Backend, Known>
  extends TypedEventEmitter<DeviceSourceEvents>
  implements DeviceSource
{
  readonly name: string;
  protected readonly log: Logger;
  protected readonly rescanner: Rescanner;
  /** Addresses being opened or open: not looked at again until they close. */
  protected readonly busy = new Set<string>();
  private backend: Backend | undefined;
  private unavailable = false;
  private readonly devices = new Set<ServerDevice>();

  constructor(
    protected readonly options: PolledPortOptions<Backend>,
    private readonly kind: PolledPortKind<Backend>,
  ) {
    super();
    this.name = kind.name;
    this.log = options.log.child(kind.name);
    this.rescanner = new Rescanner(async () => {
      // With nothing configured for these ports the library is never asked to list them.
      const known = this.configured() ?? [];
      if (this.backend && this.rescanner.running && known.length > 0) await this.look(this.backend, known);
    }, options.rescanMs);
  }

  /** What the device config names for these ports. */
  protected abstract configured(): readonly Known[] | undefined;

  /** One look at the ports while scanning (never two at once); `known` is never empty. */
  protected abstract look(backend: Backend, known: readonly Known[]): Promise<void>;

  /**
   * The listed devices whose vendor/product id the config names, with the protocol that drives
   * them, that are not open or being opened at their address (undefined: not openable); each
   * comes back claimed (busy). A device with several interfaces is listed once per interface, at
   * one address: it comes back once.
   */
  protected claimKnown<T extends { vendorId: number; productId: number }>(
    listed: readonly T[],
    known: readonly HidSpecifier[],
    address: (device: T) => string | undefined,
  ): { device: T; address: string; protocol: string }[] {
    const claimed: { device: T; address: string; protocol: string }[] = [];
    for (const device of listed) {
      const match = known.find((k) => k.vendorId === device.vendorId && k.productId === device.productId);
      const at = address(device);
      if (!match || !at || this.busy.has(at)) continue;
      this.busy.add(at);
      claimed.push({ device, address: at, protocol: match.protocol });
    }
    return claimed;
  }

  /** What the backend lists, or undefined when listing fails (logged at debug: the next rescan tries again). */
  protected async listOrLog<T>(what: string, list: () => Promise<T[]>): Promise<T[] | undefined> {
    try {
      return await list();
    } catch (error) {
      this.log.debug(`cannot list ${what}: ${errorText(error)}`);
      return undefined;
    }
  }

  /** Opens a device look() found; when that fails, frees its address for the next rescan and logs why (`label` names it). */
  protected async openOrRelease<T>(address: string, label: string, open: () => Promise<T>): Promise<T | undefined> {
    try {
      return await open();
    } catch (error) {
      this.busy.delete(address);
      this.log.info(`${label}: cannot open: ${errorText(error)}`);
      return undefined;
    }
  }

  /** DeviceIndex values the user device config reserves. */
  reservedIndices(): Iterable<number> {
    return this.options.config.reservedIndices?.() ?? [];
  }

  /** Whether the library turned out to be unusable here (after the first scan attempt). */
  get isUnavailable(): boolean {
    return this.unavailable;
  }

  async startScanning(): Promise<void> {
    if (!this.load()) {
      process.nextTick(() => this.emit("scanningFinished"));
      return;
    }
    await this.rescanner.start();
  }

  async stopScanning(): Promise<void> {
    await this.rescanner.stop();
  }

  async shutdown(): Promise<void> {
    await this.stopScanning();
    await Promise.all([...this.devices].map((device) => device.disconnect().catch(() => undefined)));
  }

  /** One look at the ports (joins one in progress). */
  scan(): Promise<void> {
    return this.rescanner.once();
  }

  /**
   * Make a device of an opened port for `protocol` and announce it; `address` is free again once
   * the link closes (the port is then looked at on a later scan).
   */
  protected async adopt(link: BaseLink, address: string, protocol: string, removed: string): Promise<void> {
    link.onDisconnect(() => this.busy.delete(address));
    const device = await createHardwareDevice(link, protocol, { ...this.options, log: this.log });
    if (!device) return; // logged; the link is closed
    this.devices.add(device);
    device.on("disconnected", () => {
      this.devices.delete(device);
      this.log.info(removed);
    });
    this.emit("device", device);
  }

  private load(): Backend | undefined {
    if (this.unavailable) return undefined;
    if (!this.backend) {
      try {
        const source = this.options.backend;
        // Lazy: the native binding is only touched when the ports are actually used. (A backend is
        // an object, so a function is its loader; TypeScript cannot narrow a type parameter so.)
        this.backend = typeof source === "function" ? (source as () => Backend)() : (source ?? this.kind.load());
      } catch (error) {
        this.unavailable = true;
        const why = errorText(error);
        this.log.warn(
          `${this.kind.ports} unavailable: cannot load ${this.kind.library} (${why}); continuing without ${this.kind.devices}`,
        );
        return undefined;
      }
    }
    return this.backend;
  }
}
