/**
 * A fake HID layer behind node-hid's (async) interface, for tests: each fake device reassembles
 * the output reports it is written (report id byte dropped, zero padding dropped) into lines for a
 * simulated device, and sends that device's answers back as zero-padded 64-byte input reports.
 */
import { EventEmitter } from "node:events";
import type { HidBackend, HidDeviceInfo, HidHandle } from "../../../runtime/hardware/comm/hid/backend";

/** A device on the fake bus: what it lists as, and what answers its reports. */
export interface FakeHidDevice {
  info: HidDeviceInfo;
  /** Raw output reports (report id first) → input reports to send back. */
  handle(report: number[]): number[][];
  /** Input reports the device sends on its own. */
  onPush?(listener: (report: number[]) => void): void;
}

/** An open fake device. */
class FakeHandle extends EventEmitter implements HidHandle {
  readonly written: number[][] = [];
  closed = false;

  constructor(private readonly device: FakeHidDevice) {
    super();
    device.onPush?.((report) => setImmediate(() => !this.closed && this.emit("data", Buffer.from(report))));
  }

  async write(values: number[] | Buffer): Promise<number> {
    if (this.closed) throw new Error("could not write to HID device: device closed");
    const report = [...values];
    this.written.push(report);
    const replies = this.device.handle(report);
    setImmediate(() => {
      for (const reply of replies) if (!this.closed) this.emit("data", Buffer.from(reply));
    });
    return report.length;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** The device was unplugged: node-hid reports a read error. */
  unplug(): void {
    this.emit("error", new Error("could not read from HID device"));
    this.closed = true;
  }
}

/** A fake node-hid with the given devices on the bus. */
export class FakeHidBackend implements HidBackend {
  readonly handles: FakeHandle[] = [];

  constructor(readonly bus: FakeHidDevice[]) {}

  async devices(): Promise<HidDeviceInfo[]> {
    return this.bus.map((d) => d.info);
  }

  async open(path: string): Promise<FakeHandle> {
    const device = this.bus.find((d) => d.info.path === path);
    if (!device) throw new Error(`cannot open device with path ${path}`);
    const handle = new FakeHandle(device);
    this.handles.push(handle);
    return handle;
  }
}

/** Text lines in 64-byte input reports, zero padded (a HID device's way of sending text). */
export function textReports(data: Uint8Array): number[][] {
  const reports: number[][] = [];
  for (let start = 0; start < data.length; start += 63) {
    const report = new Array<number>(64).fill(0);
    for (const [i, b] of data.subarray(start, start + 63).entries()) report[i] = b;
    reports.push(report);
  }
  return reports;
}

/** A line device (simulated dongle) as a fake HID device: output reports are reassembled into lines. */
export function lineDeviceOnHid(
  info: HidDeviceInfo,
  device: { receive(data: Uint8Array): Uint8Array[]; onPush?(l: (data: Uint8Array) => void): void },
): FakeHidDevice {
  let pending = Buffer.alloc(0);
  return {
    info,
    handle: (report) => {
      pending = Buffer.concat([pending, Buffer.from(report.slice(1).filter((b) => b !== 0))]);
      const out: number[][] = [];
      for (let end = pending.indexOf(0x0a); end >= 0; end = pending.indexOf(0x0a)) {
        const line = pending.subarray(0, end + 1);
        pending = pending.subarray(end + 1);
        for (const reply of device.receive(new Uint8Array(line))) out.push(...textReports(reply));
      }
      return out;
    },
    onPush: (listener) => device.onPush?.((data) => textReports(data).forEach(listener)),
  };
}
