/**
 * Raw USB devices (the reference's `usb` specifiers; the only protocol using one is
 * rez-trancevibrator). Facts from buttplug PR #505 ("Restore USB and Rez trance vibrator support",
 * never merged into the reference): a device whose vendor/product id a `usb` specifier names is
 * opened and gets one endpoint, `txvendorcontrol`; a write there is a vendor control transfer to
 * the interface, request 1, value = the first byte, index 0, no data, 100 ms timeout. The address
 * is where it is plugged in. While scanning, the devices are listed every few seconds; a device no
 * longer listed, or one gone when a transfer fails, is removed.
 */
import { deviceError } from "../../../errors";
import { logSafe } from "../../../log";
import type { HardwareCommand } from "../../protocol";
import { hexId } from "../hid/backend";
import type { HidSpecifier } from "../identify";
import { BaseLink } from "../link";
import { PolledPortManager, type PolledPortOptions } from "../polled-ports";
import { loadUsbBackend, type UsbBackend, type UsbDevice } from "./backend";

export { loadUsbBackend, type UsbBackend, type UsbControlSetup, type UsbDevice } from "./backend";

/** The endpoint a `usb` device has (reference: Endpoint::TxVendorControl). */
export const USB_VENDOR_CONTROL_ENDPOINT = "txvendorcontrol";

/** Reference: rusb write_control(..., Duration::from_millis(100)). */
const CONTROL_TIMEOUT_MS = 100;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Where a device is plugged in: its identity while it stays plugged in. */
export function usbAddress(device: UsbDevice): string {
  return device.bus !== undefined && device.address !== undefined
    ? `bus ${device.bus}, address ${device.address}`
    : `usb ${hexId(device.vendorId)}:${hexId(device.productId)}${device.serialNumber ? ` ${device.serialNumber}` : ""}`;
}

/** An open raw USB device as a link. */
export class UsbLink extends BaseLink {
  constructor(
    private readonly device: UsbDevice,
    name: string,
    address: string,
    /** Whether the device is still plugged in (asked after a failed transfer). */
    private readonly stillThere: () => Promise<boolean>,
  ) {
    super(name, address, new Set([USB_VENDOR_CONTROL_ENDPOINT]));
  }

  /** The device is no longer listed. */
  gone(): void {
    this.lost();
  }

  protected async send(command: HardwareCommand): Promise<Uint8Array> {
    if (command.kind !== "write" || command.endpoint !== USB_VENDOR_CONTROL_ENDPOINT || command.data.length === 0)
      throw deviceError(
        `USB device ${this.name} (${this.address}) takes only writes of a value to "${USB_VENDOR_CONTROL_ENDPOINT}"`,
      );
    const setup = {
      requestType: "vendor",
      recipient: "interface",
      request: 1,
      value: command.data[0]!,
      index: 0,
    } as const;
    try {
      await this.device.controlTransferOut(setup, new Uint8Array(0), CONTROL_TIMEOUT_MS);
    } catch (error) {
      if (!(await this.stillThere().catch(() => false))) this.lost();
      throw deviceError(`USB device ${this.name} (${this.address}): control transfer failed: ${errorText(error)}`);
    }
    return new Uint8Array();
  }

  protected async close(): Promise<void> {
    await this.device.close().catch(() => undefined);
  }
}

/** Options of the USB manager (backend default: the `usb` package, loaded on the first scan). */
export type UsbManagerOptions = PolledPortOptions<UsbBackend>;

/** Raw USB devices as a DeviceSource. */
export class UsbManager extends PolledPortManager<UsbBackend, HidSpecifier> {
  private readonly links = new Map<string, UsbLink>();

  constructor(options: UsbManagerOptions) {
    super(options, { name: "usb", ports: "raw USB", library: "usb", devices: "raw USB devices", load: loadUsbBackend });
  }

  protected configured(): HidSpecifier[] | undefined {
    return this.options.config.usbDevices?.();
  }

  protected async look(backend: UsbBackend, known: readonly HidSpecifier[]): Promise<void> {
    const listed = await this.listOrLog("USB devices", () => backend.devices());
    if (!listed) return;
    const present = new Set(listed.map(usbAddress));
    for (const [address, link] of this.links) if (!present.has(address)) link.gone();
    for (const { device, address, protocol } of this.claimKnown(listed, known, usbAddress)) {
      await this.connect(backend, device, address, protocol);
    }
  }

  private async connect(backend: UsbBackend, device: UsbDevice, address: string, protocol: string): Promise<void> {
    const name = device.productName || `USB ${hexId(device.vendorId)}:${hexId(device.productId)}`;
    const label = `USB device "${logSafe(name)}" (${hexId(device.vendorId)}:${hexId(device.productId)}, ${protocol})`;
    if (!(await this.openOrRelease(address, label, () => device.open().then(() => true)))) return;
    // Control transfers to the interface need it claimed on some systems; a device that refuses may still take them.
    await device
      .claimInterface(0)
      .catch((error) => this.log.debug(`${address}: cannot claim interface 0: ${errorText(error)}`));
    const stillThere = async () => (await backend.devices()).some((d) => usbAddress(d) === address);
    const link = new UsbLink(device, name, address, stillThere);
    this.links.set(address, link);
    link.onDisconnect(() => this.links.delete(address));
    await this.adopt(link, address, protocol, `USB device "${logSafe(name)}" (${address}) removed`);
  }
}
