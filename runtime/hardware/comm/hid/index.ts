/**
 * HID devices (reference: buttplug_server_hwmgr_hid). While scanning, the HID devices node-hid
 * lists are looked at every few seconds; one whose vendor/product id a protocol's `hid` specifier
 * names is opened and becomes a device named by its product string, addressed by its serial
 * number (its path when it has none), with endpoints `tx` (output reports, report id first, as
 * the protocol writes them) and `rx` (input reports). A read error (unplugged) removes it.
 */
import { logSafe } from "../../../log";
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

/** HID devices as a DeviceSource. */
export class HidManager extends PolledPortManager<HidBackend> {
  constructor(options: HidManagerOptions) {
    super(options, {
      name: "hid",
      ports: "HID devices",
      library: "node-hid",
      devices: "HID devices",
      load: loadHidBackend,
    });
  }

  protected async look(backend: HidBackend): Promise<void> {
    const known = this.options.config.hidDevices?.() ?? [];
    if (known.length === 0) return;
    const listed = await this.listOrLog("HID devices", () => backend.devices());
    if (!listed) return;
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
    const label = `HID device "${logSafe(name)}" (${hexId(info.vendorId)}:${hexId(info.productId)}, ${protocol})`;
    const handle = await this.openOrRelease(address, label, () => backend.open(path));
    if (!handle) return;
    const link = new HidLink(handle, name, address);
    await this.adopt(link, address, protocol, `HID device "${logSafe(name)}" (${logSafe(address)}) removed`);
  }
}
