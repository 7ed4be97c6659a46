/**
 * A typed wrapper around Node's EventEmitter, matching the `on`/`off` shape of ServerDevice and
 * DeviceSource.
 */
import { EventEmitter } from "node:events";
import type { EventListeners } from "../../events";

type Listeners<T> = EventListeners<T>;

/** Emits the events described by an interface of listener signatures. */
export class TypedEmitter<Events extends Listeners<Events>> {
  private readonly emitter = new EventEmitter();

  on<E extends keyof Events>(event: E, listener: Events[E]): void {
    this.emitter.on(event as string, listener);
  }

  off<E extends keyof Events>(event: E, listener: Events[E]): void {
    this.emitter.off(event as string, listener);
  }

  protected emit<E extends keyof Events>(event: E, ...args: Parameters<Events[E]>): void {
    this.emitter.emit(event as string, ...args);
  }

  protected listenerCount(event: keyof Events): number {
    return this.emitter.listenerCount(event as string);
  }
}
