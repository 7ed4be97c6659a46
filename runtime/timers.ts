/**
 * Timers of the runtime's watchdogs and bounded waits. None of them keeps a process alive on its
 * own: a connection, socket or caller does, and a process that is otherwise done may exit.
 */

/** The handle `setTimeout` returns here (a Timeout in Node, a number in a browser). */
export type Timer = ReturnType<typeof setTimeout>;

/** Run `task` after `ms` milliseconds, without holding the process open (Node's `unref`). */
export function backgroundTimer(ms: number, task: () => void): Timer {
  return unref(setTimeout(task, ms));
}

/** Run `task` every `ms` milliseconds until `clearInterval`, without holding the process open. */
export function backgroundInterval(ms: number, task: () => void): Timer {
  return unref(setInterval(task, ms));
}

/** A browser's timers are numbers and hold nothing open. */
function unref(timer: Timer): Timer {
  if (typeof timer === "object" && typeof timer.unref === "function") timer.unref();
  return timer;
}

/**
 * A deadline that runs `onTimeout` unless it is restarted or stopped first (the session's handshake
 * and ping watchdogs). `ms` of 0 or less never fires.
 */
export class Watchdog {
  private timer?: Timer;

  constructor(
    private readonly ms: number,
    private readonly onTimeout: () => void,
  ) {}

  /** Count `ms` from now (again). */
  restart(): void {
    this.stop();
    if (this.ms > 0) this.timer = backgroundTimer(this.ms, this.onTimeout);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** What `within` resolves with when the time ran out first. */
export const TIMED_OUT: unique symbol = Symbol("timed out");

/**
 * `work`'s result, or TIMED_OUT when it has not settled within `ms` milliseconds (the work goes on;
 * nobody waits for it any more). Rejects when `work` rejects in time.
 */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: Timer | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = backgroundTimer(ms, () => resolve(TIMED_OUT));
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
