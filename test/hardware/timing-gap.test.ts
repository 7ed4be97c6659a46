import { write, type HardwareCommand } from "../../runtime/hardware/protocol";
import { addToBatch, TimingGap } from "../../runtime/hardware/timing-gap";
import { FakeClock, flush } from "./fake-clock";

/** A write whose first byte names it, for the feature ids given. */
const w = (name: number, ids: readonly (number | string)[] = [0]): HardwareCommand => write("tx", [name], false, ids);

function setup(gapMs = 100) {
  const clock = new FakeClock();
  const sent: { names: number[]; at: number }[] = [];
  const gap = new TimingGap(
    gapMs,
    async (commands) =>
      void sent.push({ names: commands.map((c) => (c.kind === "write" ? c.data[0]! : -1)), at: clock.now() }),
    clock,
  );
  return { clock, sent, gap };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("TimingGap: per-message write batching (reference device_task.rs)", () => {
  test("when the gap has elapsed, the commands of one turn go out together at its end, without waiting", async () => {
    const { gap, sent } = setup();
    const a = gap.submit([w(1, [0])]);
    const b = gap.submit([w(2, [1])]);
    expect(sent).toEqual([]);
    await Promise.all([a, b]);
    expect(sent).toEqual([{ names: [1, 2], at: 1000 }]);
  });

  test("a write replaces an earlier one in the batch that shares a command id; the rest keep their order", async () => {
    const { gap, sent } = setup();
    const pending = [gap.submit([w(1, [0]), w(2, [1])]), gap.submit([w(3, [0])]), gap.submit([w(4, [2])])];
    await Promise.all(pending);
    expect(sent).toEqual([{ names: [2, 3, 4], at: 1000 }]);
  });

  test('a multi-motor packet (command id "all") goes out once per batch; a packet with its own ids stays', async () => {
    const { gap, sent } = setup();
    await Promise.all([
      gap.submit([w(1, ["all"])]),
      gap.submit([w(2, ["all"])]),
      gap.submit([w(3, [4])]),
      gap.submit([w(5, ["all"])]),
    ]);
    expect(sent).toEqual([{ names: [3, 5], at: 1000 }]);
  });

  test("the first message's own commands are kept as they are, even when they share an id", () => {
    expect(addToBatch([], [w(1, [0]), w(2, [0])]).length).toBe(2);
    expect(addToBatch([w(1, [0])], [w(2, [0]), w(3, [0])]).length).toBe(1);
  });

  test("commands within the gap after a batch wait for it and form the next batch", async () => {
    const { gap, sent, clock } = setup(100);
    await gap.submit([w(1)]);
    const later = [gap.submit([w(2)])];
    await clock.advance(10);
    later.push(gap.submit([w(3)]), gap.submit([w(4, [1])]));
    await flush();
    expect(sent).toHaveLength(1);
    await clock.advance(89);
    expect(sent).toHaveLength(1);
    await clock.advance(1);
    await Promise.all(later);
    expect(sent).toEqual([
      { names: [1], at: 1000 },
      { names: [3, 4], at: 1100 },
    ]);
  });

  test("announce runs just before the commands go out, and not for commands that were replaced", async () => {
    const { gap } = setup();
    const announced: string[] = [];
    await Promise.all([
      gap.submit([w(1)], () => announced.push("first")),
      gap.submit([w(2)], () => announced.push("second")),
    ]);
    expect(announced).toEqual(["second"]);
  });

  test("gap 0: every submit goes out at once, unbatched", async () => {
    const { gap, sent } = setup(0);
    await gap.submit([w(1, ["all"])]);
    await gap.submit([w(2, ["all"])]);
    expect(sent).toEqual([
      { names: [1], at: 1000 },
      { names: [2], at: 1000 },
    ]);
  });

  test("cancel rejects the callers of the waiting batch and sends nothing", async () => {
    const { gap, sent, clock } = setup(100);
    await gap.submit([w(1)]);
    const waiting = gap.submit([w(2)]);
    expect(gap.pendingCount).toBe(1);
    gap.cancel(new Error("gone"));
    await expect(waiting).rejects.toThrow("gone");
    await clock.advance(1000);
    await turn();
    expect(sent).toHaveLength(1);
    expect(gap.pendingCount).toBe(0);
  });
});
