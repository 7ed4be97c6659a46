/**
 * Lovense USB dongle, serial and HID variants (reference: buttplug_server_hwmgr_lovense_dongle).
 * The dongle is a Bluetooth bridge: bpkit finds it by its USB ids, asks whether a toy is already
 * connected, and while scanning lets the dongle search; a toy it finds becomes an ordinary device
 * speaking the lovense protocol, its commands wrapped in dongle messages and its replies
 * unwrapped onto the `rx` endpoint. As in the reference, a dongle holds one toy at a time: while
 * one is connected a scan finishes at once; when the toy goes away the dongle searches again on
 * the next scan. A dongle unplugged removes its toy and is looked for again on the next scan.
 */
import { deviceError, errorText } from "../../../errors";
import { logSafe, type Logger } from "../../../log";
import type { DeviceSource, DeviceSourceEvents, ServerDevice } from "../../../server/device";
import type { HardwareCommand } from "../../protocol";
import { TypedEventEmitter } from "../../../events";
import { hexId, loadHidBackend, type HidBackend } from "../hid/backend";
import { createHardwareDevice, type CommContext } from "../identify";
import { BaseLink } from "../link";
import { loadSerialBackend, type SerialBackend } from "../serial/port";
import {
  DongleResult,
  encodeDongleMessage,
  HID_DONGLE,
  hidReports,
  LineSplitter,
  parseDongleLine,
  SERIAL_DONGLE,
  type DongleIncoming,
  type DongleOutgoing,
} from "./messages";

export * from "./messages";

/** The reference's DeviceMessageTimingGap for toys behind a dongle. */
export const DONGLE_MESSAGE_GAP_MS = 75;
/** How long the dongle has to report a toy it is already connected to (reference: 250 ms). */
export const ALREADY_CONNECTED_WAIT_MS = 250;

/** An open dongle: lines out, parsed messages in. */
export interface DongleChannel {
  readonly description: string;
  send(message: DongleOutgoing): Promise<void>;
  onMessage(listener: (message: DongleIncoming) => void): void;
  /** Once, when the dongle goes away or is closed. */
  onClose(listener: () => void): void;
  close(): Promise<void>;
}

/** Finds and opens a dongle; undefined when none is plugged in. Throws when the library cannot load. */
export type DongleFinder = (log: Logger) => Promise<DongleChannel | undefined>;

/** The serial dongle: the first listed port with the CH340's USB ids, at 115200 baud. */
export function serialDongleFinder(backend: SerialBackend | (() => SerialBackend) = loadSerialBackend): DongleFinder {
  let loaded: SerialBackend | undefined;
  return async (log) => {
    loaded ??= typeof backend === "function" ? backend() : backend;
    const ports = await loaded.list();
    const port = ports.find(
      (p) => p.vendorId === hexId(SERIAL_DONGLE.vendorId) && p.productId === hexId(SERIAL_DONGLE.productId),
    );
    if (!port) return undefined;
    const connection = await loaded.open(port.path, {
      baudRate: SERIAL_DONGLE.baudRate,
      dataBits: 8,
      parity: "N",
      stopBits: 1,
    });
    const splitter = new LineSplitter();
    const events = new TypedEventEmitter<DongleEvents>();
    connection.onData((data) => {
      for (const line of splitter.push(data)) deliver(line, events, log);
    });
    return {
      description: `serial dongle ${port.path}`,
      send: (message) => connection.write(Buffer.from(encodeDongleMessage(message), "utf8")),
      onMessage: (listener) => void events.on("message", listener),
      onClose: (listener) => connection.onClose(() => listener()),
      close: () => connection.close(),
    };
  };
}

/** The HID dongle: the first HID device with its USB ids; lines as 65-byte reports. */
export function hidDongleFinder(backend: HidBackend | (() => HidBackend) = loadHidBackend): DongleFinder {
  let loaded: HidBackend | undefined;
  return async (log) => {
    loaded ??= typeof backend === "function" ? backend() : backend;
    const info = (await loaded.devices()).find(
      (d) => d.vendorId === HID_DONGLE.vendorId && d.productId === HID_DONGLE.productId && d.path,
    );
    if (!info) return undefined;
    const handle = await loaded.open(info.path!);
    const splitter = new LineSplitter();
    const events = new TypedEventEmitter<DongleEvents>();
    let closed = false;
    const gone = () => {
      if (closed) return;
      closed = true;
      events.emit("close");
    };
    handle.on("data", (data) => {
      for (const line of splitter.push(new Uint8Array(data))) deliver(line, events, log);
    });
    handle.on("error", gone);
    return {
      description: `HID dongle ${info.path}`,
      send: async (message) => {
        for (const report of hidReports(encodeDongleMessage(message))) await handle.write(report);
      },
      onMessage: (listener) => void events.on("message", listener),
      onClose: (listener) => void events.on("close", listener),
      close: async () => {
        await handle.close().catch(() => undefined);
        gone();
      },
    };
  };
}

/** What a dongle connection reports: a message it sent, and that it is gone. */
interface DongleEvents {
  message: (message: DongleIncoming) => void;
  close: () => void;
}

function deliver(line: string, events: TypedEventEmitter<DongleEvents>, log: Logger): void {
  const message = parseDongleLine(line);
  if (!message) {
    if (line.trim() !== "") log.debug(`dongle sent a line that is not a dongle message: ${logSafe(line)}`);
    return;
  }
  events.emit("message", message);
}

/** A toy behind the dongle: `tx` writes become dongle commands, its replies arrive on `rx`. */
export class DongleToyLink extends BaseLink {
  constructor(
    private readonly channel: DongleChannel,
    readonly toyId: string,
  ) {
    // The reference names every dongle toy "Lovense Dongle Device"; the toy's id is its address.
    super("Lovense Dongle Device", toyId, new Set(["tx", "rx"]));
  }

  /** The dongle forwarded a reply from this toy. */
  reply(data: string): void {
    this.notify("rx", new Uint8Array(Buffer.from(data, "utf8")));
  }

  /** The dongle lost the toy (or the dongle itself went away). */
  gone(): void {
    this.lost();
  }

  protected async send(command: HardwareCommand): Promise<Uint8Array> {
    switch (command.kind) {
      case "write":
        if (command.endpoint !== "tx")
          throw deviceError(
            `${this.channel.description}: toy ${this.toyId} has no endpoint "${command.endpoint}" to write`,
          );
        try {
          await this.channel.send({
            type: "toy",
            func: "command",
            id: this.toyId,
            cmd: Buffer.from(command.data).toString("utf8"),
          });
        } catch (error) {
          throw deviceError(`${this.channel.description}: write to toy ${this.toyId} failed: ${errorText(error)}`);
        }
        return new Uint8Array();
      case "read":
        throw deviceError(`${this.channel.description}: toys behind a Lovense dongle cannot be read, only written`);
      case "subscribe":
      case "unsubscribe":
        // The dongle forwards every reply; there is no subscription to switch (reference).
        return new Uint8Array();
    }
  }

  protected async close(): Promise<void> {}
}

/** Options of a dongle manager. */
export interface LovenseDongleManagerOptions extends CommContext {
  /** "lovense-dongle-serial" or "lovense-dongle-hid" (the source's name in logs). */
  name: string;
  find: DongleFinder;
  /** How long to wait for an already-connected toy after the dongle is found (ms). */
  alreadyConnectedWaitMs?: number;
}

/** Toys behind a Lovense dongle as a DeviceSource. */
export class LovenseDongleManager extends TypedEventEmitter<DeviceSourceEvents> implements DeviceSource {
  readonly name: string;
  private channel: DongleChannel | undefined;
  private finding: Promise<DongleChannel | undefined> | undefined;
  private unavailable = false;
  private scanning = false;
  /** A toy the dongle found while searching, connected once the search has stopped. */
  private pendingToy: string | undefined;
  private readonly toys = new Map<string, DongleToyLink>();
  private readonly devices = new Set<ServerDevice>();
  private readonly log: Logger;

  constructor(private readonly options: LovenseDongleManagerOptions) {
    super();
    this.name = options.name;
    this.log = options.log.child(options.name);
  }

  reservedIndices(): Iterable<number> {
    return this.options.config.reservedIndices?.() ?? [];
  }

  get isUnavailable(): boolean {
    return this.unavailable;
  }

  async startScanning(): Promise<void> {
    const channel = await this.dongle();
    if (!channel || this.toys.size > 0 || this.pendingToy) {
      // No dongle, or it already holds its one toy: nothing more will be found.
      process.nextTick(() => this.emit("scanningFinished"));
      return;
    }
    this.scanning = true;
    await channel.send({ type: "toy", func: "search" });
  }

  async stopScanning(): Promise<void> {
    if (!this.scanning) return;
    this.scanning = false;
    await this.channel?.send({ type: "usb", func: "stopSearch" }).catch(() => undefined);
  }

  async shutdown(): Promise<void> {
    await this.stopScanning();
    await Promise.all([...this.devices].map((device) => device.disconnect().catch(() => undefined)));
    await this.channel?.close().catch(() => undefined);
  }

  /** The open dongle, found (and asked for an already-connected toy) on first use. */
  private async dongle(): Promise<DongleChannel | undefined> {
    if (this.channel) return this.channel;
    if (this.unavailable) return undefined;
    this.finding ??= this.findDongle().finally(() => (this.finding = undefined));
    return this.finding;
  }

  private async findDongle(): Promise<DongleChannel | undefined> {
    let channel: DongleChannel | undefined;
    try {
      channel = await this.options.find(this.log);
    } catch (error) {
      this.unavailable = true;
      this.log.warn(`Lovense dongle unavailable: ${errorText(error)}; continuing without it`);
      return undefined;
    }
    if (!channel) {
      this.log.info("no Lovense dongle found");
      return undefined;
    }
    this.log.info(`found the Lovense ${channel.description}`);
    this.channel = channel;
    channel.onMessage((message) => this.received(message));
    channel.onClose(() => this.dongleGone(channel!));
    // A toy the dongle is already connected to reports itself within a short wait (reference).
    await channel.send({ type: "toy", func: "statuss" });
    await new Promise((resolve) =>
      setTimeout(resolve, this.options.alreadyConnectedWaitMs ?? ALREADY_CONNECTED_WAIT_MS),
    );
    return this.channel;
  }

  private dongleGone(channel: DongleChannel): void {
    if (this.channel !== channel) return;
    this.log.info(`Lovense ${channel.description} went away`);
    this.channel = undefined;
    this.pendingToy = undefined;
    this.scanning = false;
    for (const link of this.toys.values()) link.gone();
    this.toys.clear();
  }

  private received(message: DongleIncoming): void {
    const channel = this.channel;
    if (!channel) return;
    const toyId = message.data?.id;
    switch (message.func) {
      case "status":
        if (toyId && message.data?.status === DongleResult.DeviceConnectSuccess && !this.toys.has(toyId))
          void this.adopt(channel, toyId);
        if (toyId && message.data?.status === DongleResult.DeviceDisconnected) this.toys.get(toyId)?.gone();
        return;
      case "toyData":
        if (toyId && this.toys.has(toyId)) {
          if (message.data?.data !== undefined) this.toys.get(toyId)!.reply(message.data.data);
        } else if (toyId && this.scanning && !this.pendingToy) {
          // Found one: stop the search, then connect it once the dongle says the search stopped.
          this.pendingToy = toyId;
          this.scanning = false;
          void channel.send({ type: "usb", func: "stopSearch" }).catch(() => undefined);
        }
        return;
      case "search":
        if (message.result !== DongleResult.SearchStopped) return;
        if (this.pendingToy) {
          const id = this.pendingToy;
          this.pendingToy = undefined;
          this.emit("scanningFinished");
          void this.adopt(channel, id);
        } else if (this.scanning) {
          // The dongle gave up searching before we asked it to stop: search again (reference).
          void channel.send({ type: "toy", func: "search" }).catch(() => undefined);
        }
        return;
      default:
        this.log.debug(`dongle message not handled: ${logSafe(JSON.stringify(message))}`);
    }
  }

  /** A toy behind the dongle becomes an ordinary lovense device. */
  private async adopt(channel: DongleChannel, toyId: string): Promise<void> {
    const link = new DongleToyLink(channel, toyId);
    this.toys.set(toyId, link);
    link.onDisconnect(() => {
      if (this.toys.get(toyId) === link) this.toys.delete(toyId);
    });
    const device = await createHardwareDevice(
      link,
      "lovense",
      { ...this.options, log: this.log },
      DONGLE_MESSAGE_GAP_MS,
    );
    if (!device) return;
    this.devices.add(device);
    device.on("disconnected", () => {
      this.devices.delete(device);
      this.log.info(`toy ${logSafe(toyId)} left the Lovense ${channel.description}`);
    });
    this.emit("device", device);
  }
}
