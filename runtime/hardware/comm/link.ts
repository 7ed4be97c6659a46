/**
 * The connection side every comm manager provides: a HardwareLink (what protocols see) plus the
 * notification and link-loss hooks HardwareDevice needs.
 */
import { deviceError } from "../../errors";
import { TypedEventEmitter } from "../../events";
import { TIMED_OUT, within } from "../../timers";
import type { Endpoint, HardwareCommand, HardwareLink, Notification } from "../protocol";

/** A HardwareLink a HardwareDevice can own. */
export interface DeviceLink extends HardwareLink {
  readonly connected: boolean;
  /** Data the device sent on its own. */
  onNotification(listener: (notification: Notification) => void): void;
  /** Called once when the link is lost (or closed by disconnect()). */
  onDisconnect(listener: () => void): void;
  /** Close the connection; disconnect listeners fire. */
  disconnect(): Promise<void>;
}

interface Waiter {
  endpoint: Endpoint;
  resolve: (data: Uint8Array) => void;
  reject: (error: unknown) => void;
}

/**
 * Shared bookkeeping for links: notification fan-out, nextNotification waiters, and a
 * once-only link-loss signal. Subclasses implement the transport (`send`, `close`).
 */
export abstract class BaseLink implements DeviceLink {
  private readonly events = new TypedEventEmitter<{
    notification: (notification: Notification) => void;
    disconnect: () => void;
  }>();
  private readonly waiters = new Set<Waiter>();
  /**
   * Notifications that arrived since the latest command started while nobody waited: a reply can
   * beat the protocol's nextNotification() call (write resolves, reply lands, then it waits).
   */
  private unclaimed: { endpoint: Endpoint; data: Uint8Array }[] = [];
  private isConnected = true;

  constructor(
    readonly name: string,
    readonly address: string,
    readonly endpoints: ReadonlySet<Endpoint>,
  ) {}

  get connected(): boolean {
    return this.isConnected;
  }

  execute(command: HardwareCommand): Promise<Uint8Array> {
    if (!this.isConnected) return Promise.reject(deviceError(`device ${this.name} (${this.address}) disconnected`));
    // Anything older than this command is not its reply.
    this.unclaimed = [];
    return this.send(command);
  }

  async nextNotification(endpoint: Endpoint, timeoutMs: number): Promise<Uint8Array> {
    if (!this.isConnected) throw deviceError(`device ${this.name} (${this.address}) disconnected`);
    const early = this.unclaimed.findIndex((n) => n.endpoint === endpoint);
    if (early >= 0) return this.unclaimed.splice(early, 1)[0]!.data;
    let waiter: Waiter | undefined;
    const notified = new Promise<Uint8Array>((resolve, reject) => {
      waiter = { endpoint, resolve, reject };
      this.waiters.add(waiter);
    });
    const data = await within(notified, timeoutMs);
    if (data !== TIMED_OUT) return data;
    if (waiter) this.waiters.delete(waiter);
    throw deviceError(`device ${this.name}: no notification on endpoint "${endpoint}" within ${timeoutMs} ms`);
  }

  onNotification(listener: (notification: Notification) => void): void {
    this.events.on("notification", listener);
  }

  onDisconnect(listener: () => void): void {
    this.events.on("disconnect", listener);
  }

  async disconnect(): Promise<void> {
    if (!this.isConnected) return;
    try {
      await this.close();
    } finally {
      this.lost();
    }
  }

  /** Transport: carry out one command. */
  protected abstract send(command: HardwareCommand): Promise<Uint8Array>;
  /** Transport: close the connection. */
  protected abstract close(): Promise<void>;

  /** Transport: the device sent data. */
  protected notify(endpoint: Endpoint, data: Uint8Array): void {
    if (!this.isConnected) return;
    let claimed = false;
    for (const waiter of [...this.waiters]) {
      if (waiter.endpoint !== endpoint) continue;
      this.waiters.delete(waiter);
      waiter.resolve(data);
      claimed = true;
    }
    if (!claimed && this.unclaimed.length < 16) this.unclaimed.push({ endpoint, data });
    this.events.emit("notification", { endpoint, data });
  }

  /** Transport: the connection is gone. Idempotent. */
  protected lost(): void {
    if (!this.isConnected) return;
    this.isConnected = false;
    const error = deviceError(`device ${this.name} (${this.address}) disconnected`);
    for (const waiter of this.waiters) waiter.reject(error);
    this.waiters.clear();
    this.events.emit("disconnect");
  }
}
