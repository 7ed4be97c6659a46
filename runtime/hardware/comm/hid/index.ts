/**
 * HID devices (reference: buttplug_server_hwmgr_hid). While scanning, the HID devices node-hid
 * lists are looked at every few seconds; one whose vendor/product id a protocol's `hid` specifier
 * names is opened and becomes a device named by its product string, addressed by its serial
 * number (its path when it has none), with endpoints `tx` (output reports, report id first, as
 * the protocol writes them) and `rx` (input reports). A read error (unplugged) removes it.
 */
import { deviceError } from "../../../errors";
import { logSafe, type Logger } from "../../../log";
import type { DeviceSource, DeviceSourceEvents, ServerDevice } from "../../../server/device";
import type { HardwareCommand } from "../../protocol";
import { TypedEmitter } from "../emitter";
import { createHardwareDevice, type CommContext } from "../identify";
import { BaseLink } from "../link";
import { Rescanner } from "../rescan";
import { hexId, loadHidBackend, type HidBackend, type HidDeviceInfo, type HidHandle } from "./backend";

export { hexId, loadHidBackend, type HidBackend, type HidDeviceInfo, type HidHandle } from "./backend";

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** An open HID device as a link. */
export class HidLink extends BaseLink {
  constructor(
    private readonly handle: HidHandle,
    name: string,
    address: string,
  ) {
    super(name, address, new Set(["tx", "rx"]));
    handle.on("data", (data) => this.notify("rx", new Uint8Array(data)));
    handle.on("error", () => this.lost());
  }

  protected async send(command: HardwareCommand): Promise<Uint8Array> {
    switch (command.kind) {
      case "write":
        if (command.endpoint !== "tx")
          throw deviceError(
            `HID device ${this.name} (${this.address}) has no endpoint "${command.endpoint}" to write (endpoints: tx, rx)`,
          );
        try {
          await this.handle.write([...command.data]);
        } catch (error) {
          throw deviceError(`HID device ${this.name} (${this.address}): write failed: ${errorText(error)}`);
        }
        return new Uint8Array();
      case "read":
        // Input reports arrive on their own: a read is the next one.
        return this.nextNotification("rx", command.timeoutMs);
      case "subscribe":
      case "unsubscribe":
        return new Uint8Array();
    }
  }

  protected close(): Promise<void> {
    return this.handle.close();
  }
}

/** Options of the HID manager. */
export interface HidManagerOptions extends CommContext {
  /** The HID library, or a loader for it; default: node-hid, loaded on the first scan. */
  backend?: HidBackend | (() => HidBackend);
  rescanMs?: number;
}

/** HID devices as a DeviceSource. */
export class HidManager extends TypedEmitter<DeviceSourceEvents> implements DeviceSource {
  readonly name = "hid";
  private backend: HidBackend | undefined;
  private unavailable = false;
  private readonly rescanner: Rescanner;
  /** Addresses being opened or open. */
  private readonly busy = new Set<string>();
  private readonly devices = new Set<ServerDevice>();
  private readonly log: Logger;

  constructor(private readonly options: HidManagerOptions) {
    super();
    this.log = options.log.child("hid");
    this.rescanner = new Rescanner(() => this.look(), options.rescanMs);
  }

  reservedIndices(): Iterable<number> {
    return this.options.config.reservedIndices?.() ?? [];
  }

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

  private load(): HidBackend | undefined {
    if (this.unavailable) return undefined;
    if (!this.backend) {
      try {
        const source = this.options.backend;
        this.backend = typeof source === "function" ? source() : (source ?? loadHidBackend());
      } catch (error) {
        this.unavailable = true;
        this.log.warn(
          `HID devices unavailable: cannot load node-hid (${errorText(error)}); continuing without HID devices`,
        );
        return undefined;
      }
    }
    return this.backend;
  }

  private async look(): Promise<void> {
    const backend = this.backend;
    const known = this.options.config.hidDevices?.() ?? [];
    if (!backend || known.length === 0 || !this.rescanner.running) return;
    let listed: HidDeviceInfo[];
    try {
      listed = await backend.devices();
    } catch (error) {
      this.log.debug(`cannot list HID devices: ${errorText(error)}`);
      return;
    }
    for (const info of listed) {
      const match = known.find((k) => k.vendorId === info.vendorId && k.productId === info.productId);
      const address = info.serialNumber || info.path;
      // A device with several interfaces is listed once per interface: open it once.
      if (!match || !info.path || !address || this.busy.has(address)) continue;
      this.busy.add(address);
      await this.connect(backend, info, info.path, address, match.protocol);
    }
  }

  private async connect(
    backend: HidBackend,
    info: HidDeviceInfo,
    path: string,
    address: string,
    protocol: string,
  ): Promise<void> {
    const name = info.product || `HID ${hexId(info.vendorId)}:${hexId(info.productId)}`;
    let handle: HidHandle;
    try {
      handle = await backend.open(path);
    } catch (error) {
      this.busy.delete(address);
      this.log.info(
        `HID device "${logSafe(name)}" (${hexId(info.vendorId)}:${hexId(info.productId)}, ${protocol}): cannot open: ${errorText(error)}`,
      );
      return;
    }
    const link = new HidLink(handle, name, address);
    link.onDisconnect(() => this.busy.delete(address));
    const device = await createHardwareDevice(link, protocol, { ...this.options, log: this.log });
    if (!device) return;
    this.devices.add(device);
    device.on("disconnected", () => {
      this.devices.delete(device);
      this.log.info(`HID device "${logSafe(name)}" (${logSafe(address)}) removed`);
    });
    this.emit("device", device);
  }
}
