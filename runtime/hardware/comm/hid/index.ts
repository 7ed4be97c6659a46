/**
 * HID devices (reference: buttplug_server_hwmgr_hid). While scanning, the HID devices node-hid
 * lists are looked at every few seconds; one whose vendor/product id a protocol's `hid` specifier
 * names is opened and becomes a device named by its product string, addressed by its serial
 * number (its path when it has none), with endpoints `tx` (output reports, report id first, as
 * the protocol writes them) and `rx` (input reports). A read error (unplugged) removes it.
 */
import { logSafe } from "../../../log";
import type { HidSpecifier } from "../identify";
import { PolledPortManager, type PolledPortOptions, PortLink } from "../polled-ports";
import { hexId, loadHidBackend, type HidBackend, type HidDeviceInfo, type HidHandle } from "./backend";

export { hexId, loadHidBackend, type HidBackend, type HidDeviceInfo, type HidHandle } from "./backend";

/** An open HID device as a link. */
export class HidLink extends PortLink {
  constructor(
    private readonly handle: HidHandle,
    name: string,
    address: string,
  ) {
    // Input reports arrive on their own: a read is the next one.
    super(name, address, `HID device ${name} (${address})`);
    handle.on("data", (data) => this.notify("rx", new Uint8Array(data)));
    handle.on("error", () => this.lost());
  }

  protected async write(data: Uint8Array): Promise<void> {
    await this.handle.write([...data]);
  }

  protected close(): Promise<void> {
    return this.handle.close();
  }
}

/** Options of the HID manager (backend default: node-hid, loaded on the first scan). */
export type HidManagerOptions = PolledPortOptions<HidBackend>;

type OpenableHidDevice = HidDeviceInfo & { path: string };

/** HID devices as a DeviceSource. */
export class HidManager extends PolledPortManager<HidBackend, HidSpecifier> {
  constructor(options: HidManagerOptions) {
    super(options, {
      name: "hid",
      ports: "HID devices",
      library: "node-hid",
      devices: "HID devices",
      load: loadHidBackend,
    });
  }

  protected configured(): HidSpecifier[] | undefined {
    return this.options.config.hidDevices?.();
  }

  protected async look(backend: HidBackend, known: readonly HidSpecifier[]): Promise<void> {
    const listed = await this.listOrLog("HID devices", () => backend.devices());
    // Only a device with a path can be opened; it is addressed by its serial number when it has one.
    const openable = (listed ?? []).filter((info): info is OpenableHidDevice => !!info.path);
    const claimed = this.claimKnown(openable, known, (info) => info.serialNumber || info.path);
    for (const { device, address, protocol } of claimed) await this.connect(backend, device, address, protocol);
  }

  private async connect(
    backend: HidBackend,
    info: OpenableHidDevice,
    address: string,
    protocol: string,
  ): Promise<void> {
    const name = info.product || `HID ${hexId(info.vendorId)}:${hexId(info.productId)}`;
    const label = `HID device "${logSafe(name)}" (${hexId(info.vendorId)}:${hexId(info.productId)}, ${protocol})`;
    const handle = await this.openOrRelease(address, label, () => backend.open(info.path));
    if (!handle) return;
    const link = new HidLink(handle, name, address);
    await this.adopt(link, address, protocol, `HID device "${logSafe(name)}" (${logSafe(address)}) removed`);
  }
}
