/**
 * Lovense Connect (reference: buttplug_server_hwmgr_lovense_connect): the Lovense Connect phone or
 * desktop app serves its toys over a local HTTP API. bpkit polls `<host>/GetToys` (every second,
 * as the reference) and each connected toy becomes a `lovense-connect-service` device whose
 * commands are GETs on `<host>/<command>`; a toy the app reports disconnected, or an app that
 * stops answering, removes the device. Off by default (`--use-lovense-connect`), as in Intiface.
 *
 * Where the app listens: the addresses the user gives (`--lovense-connect-address`, as the app
 * shows them). Intiface asks Lovense's online lookup service instead; bpkit sends nothing to the
 * network at run time but to what the user names, so without an address there is no Lovense Connect.
 */
import { deviceError, errorText } from "../../../errors";
import { logSafe, type Logger } from "../../../log";
import type { DeviceSource, DeviceSourceEvents, ServerDevice } from "../../../server/device";
import type { HardwareCommand } from "../../protocol";
import { TypedEventEmitter } from "../../../events";
import { createHardwareDevice, type CommContext } from "../identify";
import { BaseLink } from "../link";
import { Rescanner } from "../rescan";

export { LOVENSE_CONNECT_NEEDS_ADDRESS, lovenseConnectHost } from "./address";

/** How often the app is asked for its toys (reference: 1 s, to spare the app's HTTP server). */
export const LOVENSE_CONNECT_POLL_MS = 1000;

/** A toy as the app's GetToys lists it. */
export interface LovenseConnectToy {
  id: string;
  name: string;
  /** Connected: the app writes 1, "1", true or "true". */
  status?: unknown;
  battery?: number | null;
}

const isConnected = (toy: LovenseConnectToy) =>
  toy.status === true || toy.status === 1 || toy.status === "1" || toy.status === "true";

/** One toy of the app as a link: `tx` commands become GETs, `rx` reads the battery the app reported. */
export class LovenseConnectLink extends BaseLink {
  battery = 100;

  constructor(
    private readonly host: string,
    toy: LovenseConnectToy,
    private readonly fetchImpl: typeof fetch,
  ) {
    super(toy.name, toy.id, new Set(["tx", "rx"]));
    if (typeof toy.battery === "number") this.battery = Math.max(0, Math.min(100, toy.battery));
  }

  /** The app no longer lists the toy as connected (or stopped answering). */
  gone(): void {
    this.lost();
  }

  protected async send(command: HardwareCommand): Promise<Uint8Array> {
    switch (command.kind) {
      case "write": {
        const url = `${this.host}/${Buffer.from(command.data).toString("utf8")}`;
        try {
          const response = await this.fetchImpl(url);
          await response.text();
        } catch (error) {
          throw deviceError(`Lovense Connect at ${this.host}: command for ${this.name} failed: ${errorText(error)}`);
        }
        return new Uint8Array();
      }
      case "read":
        return Uint8Array.of(this.battery);
      case "subscribe":
      case "unsubscribe":
        throw deviceError(`Lovense Connect toys cannot be subscribed to`);
    }
  }

  protected async close(): Promise<void> {}
}

/** Options of the Lovense Connect manager. */
export interface LovenseConnectManagerOptions extends CommContext {
  /** The app's base URLs (http://host:port, see lovenseConnectHost). */
  hosts: string[];
  fetch?: typeof fetch;
  pollMs?: number;
}

/** Toys of the Lovense Connect app as a DeviceSource. */
export class LovenseConnectManager extends TypedEventEmitter<DeviceSourceEvents> implements DeviceSource {
  readonly name = "lovense-connect";
  private readonly hosts = new Set<string>();
  private readonly links = new Map<string, LovenseConnectLink>();
  /** Toy id → the app host it came from. */
  private readonly hostOf = new Map<string, string>();
  private readonly devices = new Set<ServerDevice>();
  private readonly poller: Rescanner;
  private scanning = false;
  private readonly log: Logger;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: LovenseConnectManagerOptions) {
    super();
    this.log = options.log.child("lovense-connect");
    this.fetchImpl = options.fetch ?? fetch;
    for (const host of options.hosts) this.hosts.add(host.replace(/\/+$/, ""));
    this.poller = new Rescanner(() => this.poll(), options.pollMs ?? LOVENSE_CONNECT_POLL_MS);
  }

  reservedIndices(): Iterable<number> {
    return this.options.config.reservedIndices?.() ?? [];
  }

  async startScanning(): Promise<void> {
    this.scanning = true;
    await this.poller.start();
  }

  async stopScanning(): Promise<void> {
    this.scanning = false;
    // Connected toys are still watched, so a toy the app loses is removed.
    if (this.links.size === 0) await this.poller.stop();
  }

  async shutdown(): Promise<void> {
    this.scanning = false;
    await this.poller.stop();
    await Promise.all([...this.devices].map((device) => device.disconnect().catch(() => undefined)));
  }

  private async getJson(url: string): Promise<unknown> {
    const response = await this.fetchImpl(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }

  private async poll(): Promise<void> {
    for (const host of [...this.hosts]) await this.pollHost(host);
    // Nothing to watch and no scan: stop polling (not awaited: this look is the one it would wait for).
    if (!this.scanning && this.links.size === 0) void this.poller.stop();
  }

  private async pollHost(host: string): Promise<void> {
    let toys: LovenseConnectToy[];
    try {
      const answer = (await this.getJson(`${host}/GetToys`)) as { data?: Record<string, LovenseConnectToy> };
      toys = Object.values(answer.data ?? {}).filter(
        (t) => t && typeof t.id === "string" && typeof t.name === "string",
      );
    } catch (error) {
      // The app went away: its toys go with it (reference).
      for (const [id, link] of this.links) if (this.hostOf.get(id) === host) link.gone();
      this.log.debug(`Lovense Connect at ${host} does not answer: ${errorText(error)}`);
      return;
    }
    const listed = new Map(toys.map((t) => [t.id, t]));
    for (const [id, link] of this.links) {
      if (this.hostOf.get(id) !== host) continue;
      const toy = listed.get(id);
      if (!toy || !isConnected(toy)) link.gone();
      else if (typeof toy.battery === "number") link.battery = Math.max(0, Math.min(100, toy.battery));
    }
    if (!this.scanning) return;
    for (const toy of toys) {
      if (isConnected(toy) && !this.links.has(toy.id)) await this.adopt(host, toy);
    }
  }

  private async adopt(host: string, toy: LovenseConnectToy): Promise<void> {
    const link = new LovenseConnectLink(host, toy, this.fetchImpl);
    this.links.set(toy.id, link);
    this.hostOf.set(toy.id, host);
    link.onDisconnect(() => {
      this.links.delete(toy.id);
      this.hostOf.delete(toy.id);
    });
    const device = await createHardwareDevice(link, "lovense-connect-service", { ...this.options, log: this.log });
    if (!device) return;
    this.devices.add(device);
    device.on("disconnected", () => {
      this.devices.delete(device);
      this.log.info(`Lovense Connect toy ${logSafe(toy.name)} (${logSafe(toy.id)}) removed`);
    });
    this.emit("device", device);
  }
}
