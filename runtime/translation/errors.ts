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
