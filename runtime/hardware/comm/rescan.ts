/**
 * The reference's timed-retry scanning for buses that cannot announce new devices (serial ports,
 * HID): while scanning, look every few seconds; never two looks at once.
 */

/** How often a bus is looked at again while scanning (the reference's rescan wait). */
export const RESCAN_MS = 5000;

/** Runs `look` now and then every `intervalMs` until stopped; one look at a time. */
export class Rescanner {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly look: () => Promise<void>,
    private readonly intervalMs = RESCAN_MS,
  ) {}

  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Start (if stopped) and look once now. */
  async start(): Promise<void> {
    if (!this.timer) {
      this.timer = setInterval(() => void this.once(), this.intervalMs);
      this.timer.unref();
    }
    await this.once();
  }

  /** Stop and wait for a look in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  /** One look (joins one already in progress). */
  once(): Promise<void> {
    this.inFlight ??= this.look().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }
}
