import { messageError } from "../errors";

/** Thrown by a generated translation stub whose hand-written body has not been written yet. */
export class NotTranslatedError extends Error {
  constructor(
    readonly from: string,
    readonly to: string,
    readonly messageName: string,
  ) {
    super(`${messageName}: translation ${from} → ${to} is not written yet`);
    this.name = "NotTranslatedError";
  }
}

/**
 * A server message the client's spec version has no counterpart for, and no request of it asks for:
 * as an event (Id 0) it is dropped; as a reply it cannot be sent, which is a message error.
 */
export function dropEventWithoutCounterpart(name: string, id: number, specVersion: number): [] {
  if (id === 0) return [];
  throw messageError(`${name} (Id ${id}): cannot be expressed in spec v${specVersion}`);
}
