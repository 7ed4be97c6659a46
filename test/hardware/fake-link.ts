/** A link that records what a device is sent, for HardwareDevice tests. */
import { BaseLink } from "../../runtime/hardware/comm/link";
import type { HardwareCommand } from "../../runtime/hardware/protocol";

export class FakeLink extends BaseLink {
  readonly commands: HardwareCommand[] = [];
  /** When set, writes hang until released (to disconnect mid-command). */
  hold = false;
  private held: (() => void)[] = [];
  /** Answer a write with a notification (e.g. battery queries). */
  respond?: (command: HardwareCommand) => { endpoint: string; data: number[] } | undefined;

  constructor(name = "fake", address = "AA:BB") {
    super(name, address, new Set(["tx", "rx"]));
  }

  /** Bytes written to tx, as plain arrays. */
  get writes(): number[][] {
    return this.commands.flatMap((c) => (c.kind === "write" ? [[...c.data]] : []));
  }

  protected async send(command: HardwareCommand): Promise<Uint8Array> {
    this.commands.push(command);
    if (this.hold) await new Promise<void>((resolve) => this.held.push(resolve));
    const answer = this.respond?.(command);
    if (answer) setImmediate(() => this.notify(answer.endpoint, Uint8Array.from(answer.data)));
    return new Uint8Array();
  }

  protected async close(): Promise<void> {}

  release(): void {
    this.held.splice(0).forEach((r) => r());
  }
  deviceSends(endpoint: string, data: number[]): void {
    this.notify(endpoint, Uint8Array.from(data));
  }
  drop(): void {
    this.lost();
  }
}
