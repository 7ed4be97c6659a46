/**
 * What a connected session's client hears from the devices: DeviceList when devices come and go
 * (one per event-loop turn of changes), ScanningFinished (after that DeviceList), InputReading for
 * the inputs it subscribed to, RawReading for its raw-subscribed endpoints.
 */
import type { inside, WireMessage } from "../../generated";
import type { DeviceManager, DeviceManagerEvents } from "./device-manager";
import type { RawMessages } from "./raw";
import type { V4Handler } from "./v4-handler";

/** Where the events go: inside-version events are downgraded by the session, raw ones sent as they are. */
export interface DeviceEventSink {
  event(message: inside.ServerMessage): void;
  raw(message: WireMessage): void;
}

/** Forwards one session's device events between `attach` (handshake) and `detach` (session end). */
export class DeviceEvents {
  /** A DeviceList event is due at the end of this event-loop turn. */
  private deviceListPending = false;
  private readonly listeners: Pick<
    DeviceManagerEvents,
    "deviceListChanged" | "scanningFinished" | "reading" | "rawReading"
  > = {
    deviceListChanged: () => this.onDeviceListChanged(),
    // After a DeviceList still pending from this turn: devices first, as found.
    scanningFinished: () => this.afterDeviceList(() => this.sink.event({ ScanningFinished: { Id: 0 } })),
    reading: (DeviceIndex, FeatureIndex, Reading) => {
      if (this.handler.wants(DeviceIndex, FeatureIndex, Reading))
        this.sink.event({ InputReading: { Id: 0, DeviceIndex, FeatureIndex, Reading } });
    },
    rawReading: (deviceIndex, endpoint, data) => {
      const reading = this.raw.reading(deviceIndex, endpoint, data);
      if (reading) this.sink.raw(reading);
    },
  };

  constructor(
    private readonly devices: DeviceManager,
    private readonly handler: V4Handler,
    private readonly raw: RawMessages,
    private readonly sink: DeviceEventSink,
  ) {}

  attach(): void {
    const { devices, listeners } = this;
    devices.on("deviceListChanged", listeners.deviceListChanged);
    devices.on("scanningFinished", listeners.scanningFinished);
    devices.on("reading", listeners.reading);
    devices.on("rawReading", listeners.rawReading);
  }

  detach(): void {
    const { devices, listeners } = this;
    devices.off("deviceListChanged", listeners.deviceListChanged);
    devices.off("scanningFinished", listeners.scanningFinished);
    devices.off("reading", listeners.reading);
    devices.off("rawReading", listeners.rawReading);
  }

  private onDeviceListChanged(): void {
    // Subscriptions of devices that went away end with them.
    for (const key of [...this.handler.subscriptions]) {
      const index = Number(key.split(":")[0]);
      if (!this.devices.device(index)) this.handler.forgetDevice(index);
    }
    this.raw.forgetGoneDevices();
    // Changes within one event-loop turn (500 devices attaching at once) become one DeviceList:
    // a client needs the latest list, not every intermediate one. (v0–v3 clients get the
    // DeviceAdded / DeviceRemoved the translation derives from it.)
    if (this.deviceListPending) return;
    this.deviceListPending = true;
    setImmediate(() => {
      this.deviceListPending = false;
      this.sink.event(this.handler.deviceList(0));
    });
  }

  private afterDeviceList(send: () => void): void {
    if (this.deviceListPending) setImmediate(send);
    else send();
  }
}
