/**
 * The slice of the `usb` package (3.x, its WebUSB-style API) bpkit uses, behind an interface a test
 * can implement with a fake USB layer. `usb` is an optional dependency whose native binding comes
 * prebuilt in a per-platform package (no install script): it is loaded lazily, and a manager that
 * cannot load it warns once and runs on without raw USB devices.
 */

/** A vendor control transfer's setup (WebUSB USBControlTransferParameters). */
export interface UsbControlSetup {
  requestType: "standard" | "class" | "vendor";
  recipient: "device" | "interface" | "endpoint" | "other";
  request: number;
  value: number;
  index: number;
}

/** A USB device as the library lists it (a WebUSB USBDevice). */
export interface UsbDevice {
  vendorId: number;
  productId: number;
  manufacturerName?: string | null;
  productName?: string | null;
  serialNumber?: string | null;
  /** Where it is plugged in ("1-1", "2-3.4"), with `address`. */
  bus?: string;
  address?: number;
  open(): Promise<void>;
  close(): Promise<void>;
  claimInterface(interfaceNumber: number): Promise<void>;
  controlTransferOut(
    setup: UsbControlSetup,
    data: Uint8Array,
    timeoutMs?: number,
  ): Promise<{ status: string; bytesWritten: number }>;
}

/** What the USB comm manager needs from a USB library. */
export interface UsbBackend {
  devices(): Promise<UsbDevice[]>;
}

interface UsbModule {
  usb: { getDevices(): Promise<UsbDevice[]> };
}

/** Load `usb` (lazily: the native binding is touched only when raw USB is used); throws its reason. */
export function loadUsbBackend(): UsbBackend {
  const { usb } = require("usb") as UsbModule;
  if (typeof usb?.getDevices !== "function") throw new Error("usb has no getDevices (usb 3 or newer is needed)");
  return { devices: () => usb.getDevices() };
}
