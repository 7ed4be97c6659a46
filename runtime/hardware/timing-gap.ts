/**
 * DeviceMessageTimingGap: a device must not receive commands faster than its gap. Commands that
 * arrive sooner are coalesced: when the gap has elapsed, the latest value per key (feature +
 * output type) is sent and the earlier ones are dropped — their callers still get Ok, because the
 * device ends up in the state the newest command asked for. Stop bypasses all of this (see cancel()).
 */

/** The timers the gap runs on; injected so tests can drive a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The process clock (timers unref'd: a pending coalesced command never keeps Node alive). */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

interface Pending<V> {
  value: V;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Per-device coalescing queue. `send` does the real work for one key's latest value. */
export class TimingGap<V> {
  private lastSent = Number.NEGATIVE_INFINITY;
  private timer: unknown = undefined;
  /** Latest value per key, in first-arrival order (Map keeps insertion order). */
  private readonly pending = new Map<string, Pending<V>>();

  constructor(
    /** DeviceMessageTimingGap in milliseconds; 0 disables coalescing. */
    readonly gapMs: number,
    private readonly send: (key: string, value: V) => Promise<void>,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Values waiting for the gap to elapse. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /**
   * Send now if the gap has elapsed (and nothing is waiting), otherwise hold the value until it
   * has; a newer value for the same key replaces it and the older caller resolves Ok at once.
   */
  submit(key: string, value: V): Promise<void> {
    const now = this.clock.now();
    if (this.gapMs <= 0 || (this.timer === undefined && now - this.lastSent >= this.gapMs)) {
      this.lastSent = now;
      return this.send(key, value);
    }
    return new Promise<void>((resolve, reject) => {
      const older = this.pending.get(key);
      if (older) {
        // Superseded: the device will get the newer value instead, which is what the caller wanted.
        older.resolve();
        older.value = value;
        older.resolve = resolve;
        older.reject = reject;
      } else {
        this.pending.set(key, { value, resolve, reject });
      }
      this.schedule();
    });
  }

  /**
   * Drop waiting values (all, or those whose key `matches`): Stop makes them moot. Their callers
   * resolve Ok, or reject with `error` when the device is gone.
   */
  cancel(matches: (key: string) => boolean = () => true, error?: unknown): void {
    for (const [key, entry] of [...this.pending]) {
      if (!matches(key)) continue;
      this.pending.delete(key);
      if (error === undefined) entry.resolve();
      else entry.reject(error);
    }
    if (this.pending.size === 0 && this.timer !== undefined) {
      this.clock.clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  /** Something went out outside the queue (Stop): later values keep the gap from it. */
  markSent(): void {
    this.lastSent = this.clock.now();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastSent + this.gapMs - this.clock.now());
    this.timer = this.clock.setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    if (this.pending.size === 0) return;
    this.lastSent = this.clock.now();
    const batch = [...this.pending];
    this.pending.clear();
    for (const [key, entry] of batch) this.send(key, entry.value).then(entry.resolve, entry.reject);
  }
}
