/**
 * A small typed event emitter with Node's `on` / `off` / `once` / `emit` behaviour, for the parts of
 * the runtime that also run in a browser (the client, frame connections): browsers have no
 * `node:events`. Listeners run synchronously in the order added; an `error` event nobody listens to
 * throws, as in Node.
 */

/** An interface of listener signatures, e.g. `{ close: (reason: string) => void }`. */
// biome-ignore lint/suspicious/noExplicitAny: every listener signature must fit the constraint and stay callable with its own Parameters; only any[] does both (never[] cannot be called, unknown[] rejects typed parameters).
export type EventListeners<T> = { [K in keyof T]: (...args: any[]) => void };

interface Entry {
  listener: (...args: unknown[]) => void;
  once: boolean;
}

/** Emits the events described by `Events`. */
export class TypedEventEmitter<Events extends EventListeners<Events>> {
  private readonly listenerEntries = new Map<keyof Events, Entry[]>();

  /** Add a listener. */
  on<E extends keyof Events>(event: E, listener: Events[E]): this {
    return this.addEntry(event, listener, false);
  }

  /** Add a listener that is removed before its first call. */
  once<E extends keyof Events>(event: E, listener: Events[E]): this {
    return this.addEntry(event, listener, true);
  }

  /** Remove the most recently added registration of `listener` (as Node does). */
  off<E extends keyof Events>(event: E, listener: Events[E]): this {
    const list = this.listenerEntries.get(event);
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].listener === listener) {
        list.splice(i, 1);
        break;
      }
    }
    if (list.length === 0) this.listenerEntries.delete(event);
    return this;
  }

  /** Alias of `on`, so helpers written for Node emitters (e.g. `events.once`) work. */
  addListener<E extends keyof Events>(event: E, listener: Events[E]): this {
    return this.on(event, listener);
  }

  /** Alias of `off`. */
  removeListener<E extends keyof Events>(event: E, listener: Events[E]): this {
    return this.off(event, listener);
  }

  /** Remove every listener of `event`, or of every event. */
  removeAllListeners(event?: keyof Events): this {
    if (event === undefined) this.listenerEntries.clear();
    else this.listenerEntries.delete(event);
    return this;
  }

  /** How many listeners `event` has. */
  listenerCount(event: keyof Events): number {
    return this.listenerEntries.get(event)?.length ?? 0;
  }

  /**
   * Call every listener of `event` with `args`; false when there was none. Listeners added or
   * removed while emitting take effect from the next emit.
   */
  emit<E extends keyof Events>(event: E, ...args: Parameters<Events[E]>): boolean {
    const list = this.listenerEntries.get(event);
    if (!list || list.length === 0) {
      if (event === "error")
        throw args[0] instanceof Error ? args[0] : new Error(`unhandled error event: ${String(args[0])}`);
      return false;
    }
    for (const entry of [...list]) {
      if (entry.once) {
        const live = this.listenerEntries.get(event);
        const at = live ? live.indexOf(entry) : -1;
        if (at < 0) continue; // removed by an earlier listener of this emit
        live!.splice(at, 1);
        if (live!.length === 0) this.listenerEntries.delete(event);
      }
      entry.listener(...args);
    }
    return true;
  }

  private addEntry<E extends keyof Events>(event: E, listener: Events[E], once: boolean): this {
    if (typeof listener !== "function") throw new TypeError(`listener of "${String(event)}" must be a function`);
    const list = this.listenerEntries.get(event);
    const entry: Entry = { listener: listener as (...args: unknown[]) => void, once };
    if (list) list.push(entry);
    else this.listenerEntries.set(event, [entry]);
    return this;
  }
}

/**
 * Run `task` on a later turn of the event loop: `setImmediate` where it exists (Node, keeping the
 * order transports relied on), `setTimeout(…, 0)` in a browser.
 */
export const later: (task: () => void) => void =
  typeof setImmediate === "function" ? (task) => void setImmediate(task) : (task) => void setTimeout(task, 0);

const encoder = typeof TextEncoder === "function" ? new TextEncoder() : undefined;

/** Size of `text` in UTF-8 bytes (Buffer in Node, TextEncoder elsewhere). */
export function utf8Length(text: string): number {
  if (typeof Buffer === "function") return Buffer.byteLength(text);
  return encoder ? encoder.encode(text).byteLength : text.length;
}
