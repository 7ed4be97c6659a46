/**
 * The slice of the `node-hid` package bpkit uses (its async API), behind an interface a test can
 * implement with a fake HID layer. node-hid is an optional dependency with a native binding
 * (hidapi, which needs libusb on Linux): it is loaded lazily, and a manager that cannot load it
 * warns once and runs on without HID devices.
 */

/** A HID device as node-hid lists it. */
export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  path?: string;
  product?: string;
  serialNumber?: string;
  interface?: number;
}

/** An open HID device (node-hid's HIDAsync). */
export interface HidHandle {
  /** One output report; the first byte is the report id (0 when the device numbers none). */
  write(values: number[] | Buffer): Promise<number>;
  close(): Promise<void>;
  /** Input reports as they arrive (node-hid starts reading once a data listener is attached). */
  on(event: "data", listener: (data: Buffer) => void): unknown;
  /** A read failed: the device is gone. */
  on(event: "error", listener: (error: Error) => void): unknown;
}

/** What comm managers need from a HID library. */
export interface HidBackend {
  devices(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidHandle>;
}

interface NodeHidModule {
  devicesAsync(): Promise<HidDeviceInfo[]>;
  HIDAsync: { open(path: string): Promise<HidHandle> };
}

/** Load node-hid (lazily: the native binding is touched only when HID is used); throws its reason. */
export function loadHidBackend(): HidBackend {
  const hid = require("node-hid") as NodeHidModule;
  // Touch the binding now, so a missing libusb/hidapi is reported here, once, not on every scan.
  if (typeof hid.devicesAsync !== "function")
    throw new Error("node-hid has no devicesAsync (node-hid 3 or newer is needed)");
  return {
    devices: () => hid.devicesAsync(),
    open: (path) => hid.HIDAsync.open(path),
  };
}

/** 4 lowercase hex digits, as logs and user configs write USB ids. */
export const hexId = (id: number): string => id.toString(16).padStart(4, "0");
