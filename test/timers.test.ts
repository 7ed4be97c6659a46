/** runtime/timers.ts: the one timer helper (watchdogs, bounded waits), on jest's fake clock. */
import { jest } from "@jest/globals";
import { backgroundInterval, TIMED_OUT, Watchdog, within } from "../runtime/timers";

describe("timers", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("a Watchdog fires once its time has passed since the latest restart, and never after stop", () => {
    const fired = jest.fn();
    const watchdog = new Watchdog(100, fired);
    watchdog.restart();
    jest.advanceTimersByTime(60);
    watchdog.restart();
    jest.advanceTimersByTime(60);
    expect(fired).not.toHaveBeenCalled();
    jest.advanceTimersByTime(40);
    expect(fired).toHaveBeenCalledTimes(1);
    watchdog.restart();
    watchdog.stop();
    jest.advanceTimersByTime(1000);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it("a Watchdog of 0 ms is disabled", () => {
    const fired = jest.fn();
    new Watchdog(0, fired).restart();
    jest.advanceTimersByTime(1000);
    expect(fired).not.toHaveBeenCalled();
  });

  it("backgroundInterval runs its task every period until cleared", () => {
    const ticks = jest.fn();
    const interval = backgroundInterval(100, ticks);
    jest.advanceTimersByTime(350);
    expect(ticks).toHaveBeenCalledTimes(3);
    clearInterval(interval);
    jest.advanceTimersByTime(1000);
    expect(ticks).toHaveBeenCalledTimes(3);
  });

  it("within gives the work's result in time, else TIMED_OUT", async () => {
    await expect(within(Promise.resolve(7), 100)).resolves.toBe(7);
    const late = within(new Promise(() => undefined), 100);
    jest.advanceTimersByTime(100);
    await expect(late).resolves.toBe(TIMED_OUT);
  });
});
