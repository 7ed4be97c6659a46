/**
 * A session's hold on the device manager, from its handshake to its end: the V4Handler and the raw
 * messages its requests are forwarded to (translated, bounded in flight, dispatched in order); the
 * device events its client hears — DeviceList when devices come and go (one per event-loop turn of
 * changes), ScanningFinished (after that DeviceList), InputReading for the inputs it subscribed to,
 * RawReading for its raw-subscribed endpoints; and what it leaves behind at its end: every device
 * stopped, no subscription, no scan.
 */
import type { inside, WireMessage } from "../../generated";
import { errorText } from "../errors";
import type { Logger } from "../log";
import type { DeviceManager, DeviceManagerEvents } from "./device-manager";
import type { ClientRequest, Refusal } from "./frames";
import type { InFlightRequests } from "./in-flight";
import { isRawRequest, RawMessages } from "./raw";
import type { TranslationGlue } from "./translation-glue";
import { V4Handler } from "./v4-handler";

/** Where the events go: inside-version events are downgraded by the session, raw ones sent as they are. */
export interface DeviceEventSink {
  event(message: inside.ServerMessage): void;
  raw(message: WireMessage): void;
}

/** The device-manager events a session forwards to its client. */
const FORWARDED_EVENTS = ["deviceListChanged", "scanningFinished", "reading", "rawReading"] as const;

/** See the file comment. */
export class SessionDevices {
  readonly handler: V4Handler;
  readonly raw: RawMessages;
  /** A DeviceList event is due at the end of this event-loop turn. */
  private deviceListPending = false;
  private readonly listeners: Pick<DeviceManagerEvents, (typeof FORWARDED_EVENTS)[number]> = {
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
    private readonly log: Logger,
    private readonly sink: DeviceEventSink,
  ) {
    this.handler = new V4Handler(devices);
    this.raw = new RawMessages(devices, log);
  }

  /** Start forwarding device events to the client (handshake). */
  attach(): void {
    for (const event of FORWARDED_EVENTS) this.devices.on(event, this.listeners[event]);
  }

  /** Stop forwarding them (the session is ending). */
  detach(): void {
    for (const event of FORWARDED_EVENTS) this.devices.off(event, this.listeners[event]);
  }

  /**
   * Forward a client message the session does not answer itself to the devices: a raw message
   * (with --allow-raw-messages) to RawMessages at the client's version, any other up the chain
   * (`glue`) to the V4Handler, its one reply sent once ready (`inFlight`). Returns the Error's
   * parts when it is refused: it failed to translate, or too many requests are in flight.
   */
  forward(request: ClientRequest, glue: TranslationGlue, inFlight: InFlightRequests): Refusal | undefined {
    const { name, id, message } = request;
    // Without --allow-raw-messages, raw messages go up: their v3 → v4 steps refuse them clearly.
    if (glue.context.allowRawMessages && isRawRequest(message, name)) {
      const busy = inFlight.refusal(id, name);
      if (!busy) inFlight.add(this.raw.handle(message, name), name, id);
      return busy;
    }
    let upgraded: inside.ClientMessage[];
    try {
      upgraded = glue.upgrade(message, id);
    } catch (err) {
      glue.context.forget(id);
      const [code, text] = glue.failure(err, name);
      return { id, code, text };
    }
    // A stop is never refused: it is what a client sends when its commands pile up.
    const busy = upgraded.every((m) => "StopCmd" in m) ? undefined : inFlight.refusal(id, name);
    if (busy) {
      glue.context.forget(id);
      return busy;
    }
    // All dispatched before any is awaited, so the device sees them in order.
    const replies = Promise.all(upgraded.map((m) => this.handler.handle(m)));
    const reply = replies.then((all) => glue.reply(all, id, message));
    inFlight.add(reply, name, id);
    return undefined;
  }

  /**
   * The session's end: every device stopped first (a slow adapter must not delay a stop), then its
   * subscriptions dropped (raw unsubscribes wait at most `stopTimeoutMs`) and a running scan stopped.
   */
  async release(reason: string, stopTimeoutMs: number): Promise<void> {
    await this.devices.stopAll(`session ended (${reason})`);
    this.handler.subscriptions.clear();
    await this.raw.end(stopTimeoutMs);
    try {
      if (this.devices.isScanning) await this.devices.stopScanning();
    } catch (err) {
      this.log.warn(`stop scanning failed: ${errorText(err)}`);
    }
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
