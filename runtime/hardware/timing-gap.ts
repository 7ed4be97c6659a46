/**
 * DeviceMessageTimingGap and per-message write batching, as the reference server's device task
 * does them (buttplug_server device/device_task.rs, hardware/mod.rs `overlaps`):
 *
 * - The hardware commands one client message produces are held together and go out as one batch,
 *   so a multi-motor command to a device that packs every motor into one packet sends that packet
 *   once, with every motor updated, not once per motor with a half-updated state.
 * - Commands that arrive within the gap after a batch went out wait for the gap and join the next
 *   batch. A command joining a batch replaces the batch's earlier writes that carry one of its
 *   command ids (the features a write is for): only the newest packet for a feature goes out.
 *   The commands of the first message in a batch are kept as they are.
 * - With no gap (0) commands go out at once, unbatched, as in the reference.
 *
 * A batch goes out at the end of the event-loop turn it was opened in when the gap has already
 * elapsed (all of one message's commands arrive in that turn), otherwise when the gap elapses.
 */
import type { HardwareCommand } from "./protocol";

/** The timers the gap runs on; injected so tests can drive a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The process clock (timers unref'd: a pending batch never keeps Node alive). */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Whether a later command replaces an earlier one in a batch (reference `HardwareCommand::overlaps`):
 * writes that share a command id; subscribe / unsubscribe of the same endpoint.
 */
export function overlaps(later: HardwareCommand, earlier: HardwareCommand): boolean {
  if (later.kind !== earlier.kind) return false;
  if (later.kind === "write" && earlier.kind === "write") {
    const ids = earlier.commandIds ?? [];
    return (later.commandIds ?? []).some((id) => ids.includes(id));
  }
  return later.endpoint === earlier.endpoint;
}

/**
 * One more message's commands into a batch (reference device_task.rs): each replaces the batch's
 * earlier commands it overlaps, then joins at the end. An empty batch takes them as they are.
 */
export function addToBatch(batch: readonly HardwareCommand[], commands: readonly HardwareCommand[]): HardwareCommand[] {
  if (batch.length === 0) return [...commands];
  let result = [...batch];
  for (const command of commands) {
    result = result.filter((earlier) => !overlaps(command, earlier));
    result.push(command);
  }
  return result;
}

interface Batch {
  commands: HardwareCommand[];
  waiters: {
    own: readonly HardwareCommand[];
    resolve: () => void;
    reject: (error: unknown) => void;
    announce?: () => void;
  }[];
  timer?: unknown;
  immediate?: NodeJS.Immediate;
}

/** Per-device write batching. `send` carries one batch's commands out, in order. */
export class TimingGap {
  private lastSent = Number.NEGATIVE_INFINITY;
  private open: Batch | undefined;

  constructor(
    /** DeviceMessageTimingGap in milliseconds; 0 disables batching. */
    readonly gapMs: number,
    private readonly send: (commands: HardwareCommand[]) => Promise<void>,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Commands waiting in the open batch. */
  get pendingCount(): number {
    return this.open?.commands.length ?? 0;
  }

  /**
   * Add one message's commands. Resolves once the batch holding them went out (also when a later
   * command replaced them: the device got the newer packet for the same feature). `announce` runs
   * just before they go out, unless later commands replaced them all.
   */
  submit(commands: HardwareCommand[], announce?: () => void): Promise<void> {
    if (this.gapMs <= 0) {
      announce?.();
      return this.send(commands);
    }
    return new Promise<void>((resolve, reject) => {
      let batch = this.open;
      if (!batch) {
        batch = this.open = { commands: [...commands], waiters: [] };
        this.schedule(batch);
      } else {
        batch.commands = addToBatch(batch.commands, commands);
      }
      batch.waiters.push({ own: commands, resolve, reject, ...(announce ? { announce } : {}) });
    });
  }

  /** The device is gone: drop the open batch; its callers reject with `error`. */
  cancel(error: unknown): void {
    const batch = this.open;
    if (!batch) return;
    this.open = undefined;
    if (batch.timer !== undefined) this.clock.clearTimeout(batch.timer);
    if (batch.immediate !== undefined) clearImmediate(batch.immediate);
    for (const waiter of batch.waiters) waiter.reject(error);
  }

  private schedule(batch: Batch): void {
    const wait = this.lastSent + this.gapMs - this.clock.now();
    // Gap elapsed: go out once this turn's commands (one message's) are all in.
    if (wait <= 0) batch.immediate = setImmediate(() => this.flush(batch));
    else batch.timer = this.clock.setTimeout(() => this.flush(batch), wait);
  }

  private flush(batch: Batch): void {
    if (this.open !== batch) return;
    this.open = undefined;
    this.lastSent = this.clock.now();
    for (const waiter of batch.waiters) {
      if (waiter.own.length === 0 || waiter.own.some((c) => batch.commands.includes(c))) waiter.announce?.();
    }
    this.send(batch.commands).then(
      () => {
        for (const w of batch.waiters) w.resolve();
      },
      (error: unknown) => {
        for (const w of batch.waiters) w.reject(error);
      },
    );
  }
}
