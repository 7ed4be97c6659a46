/**
 * A link that records what a device is sent (every command with its endpoint and write-with-response
 * flag), answers reads from a queue and delivers notifications the test makes the device send: the
 * one fake device of the hardware tests, the device-case runner's included.
 */
import { BaseLink } from "../../runtime/hardware/comm/link";
import type { HardwareCommand } from "../../runtime/hardware/protocol";

const hex = (data: ArrayLike<number>) => Array.from(data, (b) => b.toString(16).padStart(2, "0")).join(" ");

/** A command as one readable line: "write tx [0f 03 00] with response", "subscribe rx", "read rxblemodel". */
export function describeCommand(command: HardwareCommand): string {
  if (command.kind === "write")
    return `write ${command.endpoint} [${hex(command.data)}]${command.withResponse ? " with response" : ""}`;
  return `${command.kind} ${command.endpoint}`;
}

/** The line describeCommand gives a write of these bytes (a string: its ASCII bytes). */
export function describeWrite(endpoint: string, data: number[] | string, withResponse = false): string {
  const bytes = typeof data === "string" ? [...Buffer.from(data, "ascii")] : data;
  return describeCommand({ kind: "write", endpoint, data: Uint8Array.from(bytes), withResponse });
}

export class FakeLink extends BaseLink {
  readonly commands: HardwareCommand[] = [];
  /** When set, writes hang until released (to disconnect mid-command). */
  hold = false;
  /**
   * When set, a read with nothing queued waits for queueRead() (the reference test device's
   * behaviour); otherwise it answers an empty array at once.
   */
  waitForReads = false;
  /** The advertisement's manufacturer data, as a BLE link offers it. */
  manufacturerData?: { company: number; data: number[] }[];
  /** Endpoints subscribed to and not unsubscribed since. */
  readonly subscribed = new Set<string>();
  private held: (() => void)[] = [];
  private readonly reads: { endpoint: string; data: number[] }[] = [];
  private readWaiters: (() => void)[] = [];
  /** Answer a write with a notification (e.g. battery queries). */
  respond?: (command: HardwareCommand) => { endpoint: string; data: number[] } | undefined;

  constructor(name = "fake", address = "AA:BB", endpoints: Iterable<string> = ["tx", "rx"]) {
    super(name, address, new Set(endpoints));
  }

  /** Bytes written to tx, as plain arrays. */
  get writes(): number[][] {
    return this.commands.flatMap((c) => (c.kind === "write" ? [[...c.data]] : []));
  }

  protected async send(command: HardwareCommand): Promise<Uint8Array> {
    this.commands.push(command);
    if (command.kind === "subscribe") this.subscribed.add(command.endpoint);
    if (command.kind === "unsubscribe") this.subscribed.delete(command.endpoint);
    if (this.hold) await new Promise<void>((resolve) => this.held.push(resolve));
    const answer = this.respond?.(command);
    if (answer) setImmediate(() => this.notify(answer.endpoint, Uint8Array.from(answer.data)));
    if (command.kind === "read") return this.read(command.endpoint);
    return new Uint8Array();
  }

  protected async close(): Promise<void> {}

  release(): void {
    for (const resume of this.held.splice(0)) resume();
  }
  deviceSends(endpoint: string, data: number[]): void {
    this.notify(endpoint, Uint8Array.from(data));
  }
  /** Data the next read answers (reads are answered in the order queued). */
  queueRead(endpoint: string, data: number[]): void {
    this.reads.push({ endpoint, data });
    for (const wake of this.readWaiters.splice(0)) wake();
  }
  drop(): void {
    this.lost();
  }

  private async read(endpoint: string): Promise<Uint8Array> {
    while (this.reads.length === 0) {
      if (!this.waitForReads) return new Uint8Array();
      await new Promise<void>((wake) => this.readWaiters.push(wake));
    }
    const next = this.reads.shift()!;
    // As the reference test device: a read answered from another endpoint is an error.
    if (next.endpoint !== endpoint) throw new Error(`read ${endpoint} while the queued read is for ${next.endpoint}`);
    return Uint8Array.from(next.data);
  }
}
