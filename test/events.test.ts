/**
 * runtime/events.ts: the portable typed emitter behaves like Node's EventEmitter for on / once /
 * off / emit / removeAllListeners / listenerCount (checked against it on random operation
 * sequences), and `error` with no listener throws.
 */
import { EventEmitter } from "node:events";
import fc from "fast-check";
import { later, TypedEventEmitter, utf8Length } from "../runtime/events";

interface Events {
  a: (n: number) => void;
  b: (n: number) => void;
  error: (e: Error) => void;
}

type Op =
  | { op: "on" | "once" | "off"; event: "a" | "b"; listener: number }
  | { op: "emit"; event: "a" | "b"; arg: number }
  | { op: "removeAll"; event?: "a" | "b" };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constantFrom("on" as const, "once" as const, "off" as const),
    event: fc.constantFrom("a" as const, "b" as const),
    listener: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({
    op: fc.constant("emit" as const),
    event: fc.constantFrom("a" as const, "b" as const),
    arg: fc.integer({ min: 0, max: 99 }),
  }),
  fc.record({
    op: fc.constant("removeAll" as const),
    event: fc.option(fc.constantFrom("a" as const, "b" as const), { nil: undefined }),
  }),
);

/** Run `ops` on an emitter with three listeners; returns every call and every emit/count result. */
function run(
  emitter: {
    on(e: string, l: (n: number) => void): unknown;
    once(e: string, l: (n: number) => void): unknown;
    off(e: string, l: (n: number) => void): unknown;
    emit(e: string, n: number): boolean;
    removeAllListeners(e?: string): unknown;
    listenerCount(e: string): number;
  },
  ops: Op[],
): unknown[] {
  const log: unknown[] = [];
  const listeners = [0, 1, 2].map((i) => (n: number) => log.push(`L${i}(${n})`));
  for (const o of ops) {
    if (o.op === "emit") log.push(emitter.emit(o.event, o.arg));
    // Node counts arguments: removeAllListeners(undefined) would only clear an event named "undefined".
    else if (o.op === "removeAll" && o.event === undefined) emitter.removeAllListeners();
    else if (o.op === "removeAll") emitter.removeAllListeners(o.event);
    else emitter[o.op](o.event, listeners[o.listener]);
    log.push(emitter.listenerCount("a"), emitter.listenerCount("b"));
  }
  return log;
}

describe("TypedEventEmitter", () => {
  test("matches Node's EventEmitter on random sequences of on/once/off/emit/removeAllListeners", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const ours = run(new TypedEventEmitter<Events>() as unknown as Parameters<typeof run>[0], ops);
        const node = run(new EventEmitter() as unknown as Parameters<typeof run>[0], ops);
        expect(ours).toEqual(node);
      }),
    );
  });

  test("off removes a once listener by the listener given; listeners run in order with all arguments", () => {
    const e = new TypedEventEmitter<{ x: (a: number, b: string) => void }>();
    const calls: string[] = [];
    const once = () => calls.push("once");
    e.once("x", once);
    e.off("x", once);
    e.on("x", (a, b) => calls.push(`first ${a} ${b}`));
    e.on("x", (a, b) => calls.push(`second ${a} ${b}`));
    expect(e.emit("x", 1, "y")).toBe(true);
    expect(calls).toEqual(["first 1 y", "second 1 y"]);
  });

  test("an error event with no listener throws it; with one, the listener gets it", () => {
    const e = new TypedEventEmitter<Events>();
    const boom = new Error("boom");
    expect(() => e.emit("error", boom)).toThrow(boom);
    const seen: Error[] = [];
    e.on("error", (err) => seen.push(err));
    expect(e.emit("error", boom)).toBe(true);
    expect(seen).toEqual([boom]);
  });

  test("later runs tasks after the current turn, in order", async () => {
    const order: number[] = [];
    later(() => order.push(1));
    later(() => order.push(2));
    order.push(0);
    await new Promise((r) => later(() => r(undefined)));
    expect(order).toEqual([0, 1, 2]);
  });

  test("utf8Length counts UTF-8 bytes", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("→")).toBe(3);
    expect(utf8Length("😀")).toBe(4);
  });
});
