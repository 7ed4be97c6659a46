/**
 * Serial port devices (reference: buttplug_server_hwmgr_serial). While scanning, the ports the
 * system lists plus the ports the user config names are looked at every few seconds; a port a
 * protocol's `serial` specifier names is opened with that specifier's line settings and becomes a
 * device with endpoints `tx` (bytes to the device) and `rx` (bytes from it). A port that goes
 * away (USB unplugged, pty closed) removes its device; it is found again on a later scan.
 *
 * The official config's `port: "default"` is a placeholder, so a serial device is found only once
 * the user config names its port (`"port": "/dev/ttyUSB0"` or `"COM4"` for tcode-v03). Ports the
 * OS does not enumerate (ptys) are opened when the user config names them.
 */
import { deviceError } from "../../../errors";
import { logSafe, type Logger } from "../../../log";
import type { DeviceSource, DeviceSourceEvents, ServerDevice } from "../../../server/device";
import type { HardwareCommand } from "../../protocol";
import { TypedEmitter } from "../emitter";
import { createHardwareDevice, type CommContext, type SerialPortSpecifier } from "../identify";
import { BaseLink } from "../link";
import { RESCAN_MS, Rescanner } from "../rescan";
import { loadSerialBackend, type SerialBackend, type SerialConnection } from "./port";

export {
  loadSerialBackend,
  parityName,
  SERIAL_8N1,
  type SerialBackend,
  type SerialConnection,
  type SerialPortInfo,
  type SerialSettings,
} from "./port";

/** How often ports are looked at again while scanning (the reference's serial rescan wait). */
export const SERIAL_RESCAN_MS = RESCAN_MS;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** An open serial port as a link: `tx` writes, `rx` carries what the device sends. */
export class SerialLink extends BaseLink {
  constructor(private readonly connection: SerialConnection) {
    // The reference names a serial device by its port: name, address and identifier are the path.
    super(connection.path, connection.path, new Set(["tx", "rx"]));
    connection.onData((data) => this.notify("rx", data));
    connection.onClose(() => this.lost());
  }

  protected async send(command: HardwareCommand): Promise<Uint8Array> {
    switch (command.kind) {
      case "write":
        if (command.endpoint !== "tx")
          throw deviceError(
            `serial port ${this.address} has no endpoint "${command.endpoint}" to write (endpoints: tx, rx)`,
          );
        try {
          await this.connection.write(command.data);
        } catch (error) {
          throw deviceError(`serial port ${this.address}: write failed: ${errorText(error)}`);
        }
        return new Uint8Array();
      case "read":
        // A port has no addressable value: a read is the next bytes the device sends.
        return this.nextNotification("rx", command.timeoutMs);
      case "subscribe":
      case "unsubscribe":
        // Bytes from the device always arrive on rx; there is nothing to switch on or off.
        return new Uint8Array();
    }
  }

  protected close(): Promise<void> {
    return this.connection.close();
  }
}

/** Options of the serial manager. */
export interface SerialPortManagerOptions extends CommContext {
  /** The serial library, or a loader for it; default: the `serialport` package, loaded on the first scan. */
  backend?: SerialBackend | (() => SerialBackend);
  /** Rescan interval while scanning (ms). */
  rescanMs?: number;
}

/** Serial port devices as a DeviceSource. */
export class SerialPortManager extends TypedEmitter<DeviceSourceEvents> implements DeviceSource {
  readonly name = "serial";
  private backend: SerialBackend | undefined;
  private unavailable = false;
  private readonly rescanner: Rescanner;
  /** Ports being opened or open: not looked at again until they close. */
  private readonly busy = new Set<string>();
  /** The last failure logged per port, so a missing port is reported once, not every rescan. */
  private readonly reported = new Map<string, string>();
  private readonly devices = new Set<ServerDevice>();
  private readonly log: Logger;

  constructor(private readonly options: SerialPortManagerOptions) {
    super();
    this.log = options.log.child("serial");
    this.rescanner = new Rescanner(() => this.scanOnce(), options.rescanMs ?? SERIAL_RESCAN_MS);
  }

  /** DeviceIndex values the user device config reserves. */
  reservedIndices(): Iterable<number> {
    return this.options.config.reservedIndices?.() ?? [];
  }

  /** Whether serial turned out to be unusable here (after the first scan attempt). */
  get isUnavailable(): boolean {
    return this.unavailable;
  }

  async startScanning(): Promise<void> {
    const backend = this.load();
    if (!backend) {
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

  /** One look at the ports (never two at once). */
  scan(): Promise<void> {
    return this.rescanner.once();
  }

  private load(): SerialBackend | undefined {
    if (this.unavailable) return undefined;
    if (!this.backend) {
      try {
        const source = this.options.backend;
        // Lazy: the native binding is only touched when serial is actually used.
        this.backend = typeof source === "function" ? source() : (source ?? loadSerialBackend());
      } catch (error) {
        this.unavailable = true;
        this.log.warn(
          `serial ports unavailable: cannot load serialport (${errorText(error)}); continuing without serial devices`,
        );
        return undefined;
      }
    }
    return this.backend;
  }

  private async scanOnce(): Promise<void> {
    const backend = this.backend;
    if (!backend || !this.rescanner.running) return;
    const specifiers = this.options.config.serialPorts?.() ?? [];
    if (specifiers.length === 0) return;
    let listed: string[] = [];
    try {
      listed = (await backend.list()).map((p) => p.path);
    } catch (error) {
      this.log.debug(`cannot list serial ports: ${errorText(error)}`);
    }
    // Enumerated ports first; a configured port the OS does not list (a pty) is tried as named.
    const candidates = [...new Set([...listed, ...specifiers.map((s) => s.port)])];
    await Promise.all(
      candidates.map((port) => {
        const spec = specifiers.find((s) => s.port === port);
        return spec && !this.busy.has(port) ? this.connect(backend, spec) : undefined;
      }),
    );
  }

  private async connect(backend: SerialBackend, spec: SerialPortSpecifier): Promise<void> {
    const { port } = spec;
    this.busy.add(port);
    let connection: SerialConnection;
    try {
      connection = await backend.open(port, spec);
    } catch (error) {
      this.busy.delete(port);
      const why = errorText(error);
      if (this.reported.get(port) !== why) {
        this.reported.set(port, why);
        this.log.info(`serial port ${logSafe(port)} (${spec.protocol}, from the device config): cannot open: ${why}`);
      }
      return;
    }
    this.reported.delete(port);
    this.log.debug(`serial port ${logSafe(port)} open at ${spec.baudRate} baud for ${spec.protocol}`);
    const link = new SerialLink(connection);
    link.onDisconnect(() => this.busy.delete(port));
    const device = await createHardwareDevice(link, spec.protocol, { ...this.options, log: this.log });
    if (!device) return; // logged; the link is closed, so the port is looked at again on a later scan
    this.devices.add(device);
    device.on("disconnected", () => {
      this.devices.delete(device);
      this.log.info(`serial port ${logSafe(port)}: device removed`);
    });
    this.emit("device", device);
  }
}
