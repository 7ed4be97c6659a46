/**
 * A fake USB layer behind the slice of the `usb` package (3.x, WebUSB-style) bpkit uses, for
 * tests: devices record the control transfers they are sent, and can be unplugged.
 */
import type { UsbBackend, UsbControlSetup, UsbDevice } from "../../../runtime/hardware/comm/usb";

/** A device on the fake bus. */
export class FakeUsbDevice implements UsbDevice {
  readonly transfers: UsbControlSetup[] = [];
  opened = false;
  claimed: number[] = [];
  plugged = true;

  constructor(
    readonly vendorId: number,
    readonly productId: number,
    readonly bus: string,
    readonly address: number,
    readonly productName: string | null = null,
  ) {}

  async open(): Promise<void> {
    if (!this.plugged) throw new Error("LIBUSB_ERROR_NO_DEVICE");
    this.opened = true;
  }

  async close(): Promise<void> {
    this.opened = false;
  }

  async claimInterface(interfaceNumber: number): Promise<void> {
    this.claimed.push(interfaceNumber);
  }

  async controlTransferOut(
    setup: UsbControlSetup,
    data: Uint8Array,
  ): Promise<{ status: string; bytesWritten: number }> {
    if (!this.plugged || !this.opened) throw new Error("LIBUSB_ERROR_NO_DEVICE");
    this.transfers.push(setup);
    return { status: "ok", bytesWritten: data.length };
  }

  /** The value of every vendor control transfer so far (the Rez TranceVibrator's speed). */
  get values(): number[] {
    return this.transfers.map((t) => t.value);
  }
}

/** The fake bus: lists the plugged-in devices. */
export class FakeUsbBackend implements UsbBackend {
  constructor(readonly attached: FakeUsbDevice[]) {}

  async devices(): Promise<UsbDevice[]> {
    return this.attached.filter((d) => d.plugged);
  }
}
