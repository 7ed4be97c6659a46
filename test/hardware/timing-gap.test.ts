import { TimingGap } from "../../runtime/hardware/timing-gap";
import { FakeClock, flush } from "./fake-clock";

function setup(gapMs = 100) {
  const clock = new FakeClock();
  const sent: { key: string; value: number; at: number }[] = [];
  const gap = new TimingGap<number>(gapMs, async (key, value) => void sent.push({ key, value, at: clock.now() }), clock);
  return { clock, sent, gap };
}

describe("TimingGap", () => {
  test("the first command goes out at once", async () => {
    const { gap, sent } = setup();
    await gap.submit("0/Vibrate", 5);
    expect(sent).toEqual([{ key: "0/Vibrate", value: 5, at: 1000 }]);
  });

  test("commands inside the gap are coalesced: the latest value per key wins when the gap elapses", async () => {
    const { gap, sent, clock } = setup(100);
    await gap.submit("0/Vibrate", 1);
    const results: string[] = [];
    const p2 = gap.submit("0/Vibrate", 2).then(() => results.push("2"));
    await clock.advance(10);
    const p3 = gap.submit("0/Vibrate", 3).then(() => results.push("3"));
    const p4 = gap.submit("1/Rotate", 7).then(() => results.push("r7"));
    const p5 = gap.submit("0/Vibrate", 4).then(() => results.push("4"));
    await flush();
    // Dropped values resolve Ok straight away; nothing new is sent before the gap elapses.
    expect(results).toEqual(["2", "3"]);
    expect(sent).toHaveLength(1);
    await clock.advance(89);
    expect(sent).toHaveLength(1);
    await clock.advance(1);
    await Promise.all([p2, p3, p4, p5]);
    expect(sent.slice(1)).toEqual([
      { key: "0/Vibrate", value: 4, at: 1100 },
      { key: "1/Rotate", value: 7, at: 1100 },
    ]);
    expect(results.sort()).toEqual(["2", "3", "4", "r7"]);
  });

  test("after a flush the next command waits a full gap again", async () => {
    const { gap, sent, clock } = setup(100);
    await gap.submit("k", 1);
    const p = gap.submit("k", 2);
    await clock.advance(100);
    await p;
    const q = gap.submit("k", 3);
    await clock.advance(50);
    expect(sent.map((s) => s.value)).toEqual([1, 2]);
    await clock.advance(50);
    await q;
    expect(sent.map((s) => [s.value, s.at])).toEqual([[1, 1000], [2, 1100], [3, 1200]]);
  });

  test("a command after the gap has elapsed is not delayed", async () => {
    const { gap, sent, clock } = setup(100);
    await gap.submit("k", 1);
    await clock.advance(150);
    await gap.submit("k", 2);
    expect(sent.map((s) => s.at)).toEqual([1000, 1150]);
  });

  test("cancel (Stop) drops waiting values, resolves their callers Ok and clears the timer", async () => {
    const { gap, sent, clock } = setup(100);
    await gap.submit("0/Vibrate", 1);
    const waiting = gap.submit("0/Vibrate", 9);
    const other = gap.submit("1/Rotate", 9);
    gap.cancel((key) => key.startsWith("0/"));
    await expect(waiting).resolves.toBeUndefined();
    expect(gap.pendingCount).toBe(1);
    gap.cancel();
    await expect(other).resolves.toBeUndefined();
    expect(clock.pendingTimers).toBe(0);
    await clock.advance(500);
    expect(sent.map((s) => s.value)).toEqual([1]);
  });

  test("cancel with an error rejects waiting callers", async () => {
    const { gap } = setup(100);
    await gap.submit("k", 1);
    const waiting = gap.submit("k", 2);
    gap.cancel(() => true, new Error("gone"));
    await expect(waiting).rejects.toThrow("gone");
  });

  test("a gap of 0 sends everything", async () => {
    const { gap, sent } = setup(0);
    await Promise.all([gap.submit("k", 1), gap.submit("k", 2), gap.submit("k", 3)]);
    expect(sent.map((s) => s.value)).toEqual([1, 2, 3]);
  });

  test("a failing send rejects the caller of the value that was sent", async () => {
    const clock = new FakeClock();
    const gap = new TimingGap<number>(100, async (_k, v) => { if (v === 2) throw new Error("write failed"); }, clock);
    await gap.submit("k", 1);
    const p = gap.submit("k", 2);
    await clock.advance(100);
    await expect(p).rejects.toThrow("write failed");
  });
});
