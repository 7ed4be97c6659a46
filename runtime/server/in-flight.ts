/**
 * A session's requests that wait for their reply. A slow device's commands pile up here, so there
 * is a bound: past it a request gets an Error instead of a place in the queue. Disconnect drains
 * them before its Ok.
 */
import { messageId, type WireMessage } from "../../generated";
import { ErrorCode } from "../errors";
import { type Logger, logSafe } from "../log";
import { TIMED_OUT, within } from "../timers";
import type { Refusal } from "./frames";

/**
 * Default most requests of one client waiting for their reply. Above the default messages per
 * frame, so one full frame of commands is always taken.
 */
export const DEFAULT_MAX_COMMANDS_IN_FLIGHT = 4096;

/** See the file comment. */
export class InFlightRequests {
  /** Each reply until it has been handed on. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly log: Logger,
    /** Sends a reply once it is ready; false when it was not sent (the session is ending). */
    private readonly send: (messages: WireMessage[]) => boolean,
    private readonly max = DEFAULT_MAX_COMMANDS_IN_FLIGHT,
  ) {}

  /** How many replies are still awaited. */
  get size(): number {
    return this.pending.size;
  }

  /** The Error for request `name` (Id `id`) when the bound is reached; undefined while it has room. */
  refusal(id: number, name: string): Refusal | undefined {
    if (this.pending.size < this.max) return undefined;
    const text = `${name} refused: ${this.pending.size} earlier requests still wait for the device (at most ${this.max} in flight); wait for their replies`;
    return { id, code: ErrorCode.Device, text };
  }

  /** Send the reply to request `name` (Id `id`) once it is ready, logging an Error; until then it is in flight. */
  add(reply: Promise<WireMessage | WireMessage[]>, name: string, id: number): void {
    const sent = reply.then((ready) => {
      const messages = Array.isArray(ready) ? ready : [ready];
      if (!this.send(messages)) return;
      for (const m of messages) {
        const error = m.Error as { ErrorCode: ErrorCode; ErrorMessage: string } | undefined;
        if (error && messageId(m) === id)
          this.log.info(
            `${logSafe(name)} Id ${id}: Error ${ErrorCode[error.ErrorCode]}: ${logSafe(error.ErrorMessage)}`,
          );
      }
    });
    this.pending.add(sent);
    const done = () => this.pending.delete(sent);
    sent.then(done, done);
  }

  /** Wait at most `ms` for every reply in flight to be sent (Disconnect); logs when some were not. */
  async drain(ms: number): Promise<void> {
    if ((await within(Promise.allSettled([...this.pending]), ms)) === TIMED_OUT)
      this.log.warn(
        `Disconnect: ${this.pending.size} request(s) still unanswered after ${ms} ms; stopping devices anyway`,
      );
  }
}
