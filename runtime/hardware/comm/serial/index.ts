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
import { errorText } from "../../../errors";
import { logSafe } from "../../../log";
import type { SerialPortSpecifier } from "../identify";
import { PolledPortManager, type PolledPortOptions, PortLink } from "../polled-ports";
import { RESCAN_MS } from "../rescan";
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

/** An open serial port as a link: `tx` writes, `rx` carries what the device sends. */
export class SerialLink extends PortLink {
  constructor(private readonly connection: SerialConnection) {
    // The reference names a serial device by its port: name, address and identifier are the path.
    super(connection.path, connection.path, `serial port ${connection.path}`);
    connection.onData((data) => this.notify("rx", data));
    connection.onClose(() => this.lost());
  }

  protected write(data: Uint8Array): Promise<void> {
    return this.connection.write(data);
  }

  protected close(): Promise<void> {
    return this.connection.close();
  }
}

/** Options of the serial manager (backend default: the `serialport` package, loaded on the first scan). */
export type SerialPortManagerOptions = PolledPortOptions<SerialBackend>;

/** Serial port devices as a DeviceSource. */
export class SerialPortManager extends PolledPortManager<SerialBackend, SerialPortSpecifier> {
  /** The last failure logged per port, so a missing port is reported once, not every rescan. */
  private readonly reported = new Map<string, string>();

  constructor(options: SerialPortManagerOptions) {
    super(options, {
      name: "serial",
      ports: "serial ports",
      library: "serialport",
      devices: "serial devices",
      load: loadSerialBackend,
    });
  }

  protected configured(): SerialPortSpecifier[] | undefined {
    return this.options.config.serialPorts?.();
  }

  protected async look(backend: SerialBackend, specifiers: readonly SerialPortSpecifier[]): Promise<void> {
    const listed = ((await this.listOrLog("serial ports", () => backend.list())) ?? []).map((p) => p.path);
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
    await this.adopt(new SerialLink(connection), port, spec.protocol, `serial port ${logSafe(port)}: device removed`);
  }
}
