import { FREDORCH_ROTARY_STEP_MS, fredorchRotary } from "../../../runtime/hardware/protocols/fredorch-rotary";
import { FakeLink, definitionFor, out, vibrate, w } from "./support";

const FASTER = w("tx", "55 03 01 04 aa");
const SLOWER = w("tx", "55 03 02 05 aa");
const STOP = w("tx", "55 03 24 27 aa");

async function initialized() {
  const link = new FakeLink("M1_1234", ["tx", "rx"]);
  const h = fredorchRotary.create(definitionFor("fredorch-rotary"));
  await h.initialize!(link);
  link.commands.length = 0;
  return { link, h };
}

describe("fredorch-rotary", () => {
  afterEach(() => jest.useRealTimers());

  it("initializes: subscribe rx, handshake, password, power up, stop, each given 100 ms to answer", async () => {
    const link = new FakeLink("M1_1234", ["tx", "rx"], { notifications: { rx: [{ data: [0x55], afterCommands: 2 }] } });
    await fredorchRotary.create(definitionFor("fredorch-rotary")).initialize!(link);
    expect(link.shown()).toEqual([
      "subscribe rx",
      w("tx", "55 03 99 9c aa"),
      w("tx", "55 09 21 00 00 00 00 00 00 2a aa"),
      w("tx", "55 03 1f 22 aa"),
      STOP,
    ]);
    expect(link.waits.map((x) => x.timeoutMs)).toEqual([100, 100, 100, 100]);
  });

  it("steps up to the target speed 100 ms after the command, one write per step", async () => {
    const { link, h } = await initialized();
    jest.useFakeTimers();
    expect(out(h, 0, { Oscillate: { Value: 3 } })).toEqual([]);
    await jest.advanceTimersByTimeAsync(FREDORCH_ROTARY_STEP_MS - 1);
    expect(link.shown()).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(link.shown()).toEqual([FASTER, FASTER, FASTER]);
  });

  it("steps down to a lower target, up to the maximum 20, and stops at once with speed 0", async () => {
    const { link, h } = await initialized();
    jest.useFakeTimers();
    out(h, 0, { Oscillate: { Value: 20 } });
    await jest.advanceTimersByTimeAsync(FREDORCH_ROTARY_STEP_MS);
    expect(link.shown()).toEqual(Array(20).fill(FASTER));
    link.commands.length = 0;
    out(h, 0, { Oscillate: { Value: 18 } });
    await jest.advanceTimersByTimeAsync(FREDORCH_ROTARY_STEP_MS);
    expect(link.shown()).toEqual([SLOWER, SLOWER]);
    expect(out(h, 0, { Oscillate: { Value: 0 } })).toEqual([STOP]);
    link.commands.length = 0;
    out(h, 0, { Oscillate: { Value: 1 } });
    await jest.advanceTimersByTimeAsync(FREDORCH_ROTARY_STEP_MS);
    expect(link.shown()).toEqual([FASTER]);
  });

  it("a stop before the next step cancels the stepping", async () => {
    const { link, h } = await initialized();
    jest.useFakeTimers();
    out(h, 0, { Oscillate: { Value: 5 } });
    expect(out(h, 0, { Oscillate: { Value: 0 } })).toEqual([STOP]);
    await jest.advanceTimersByTimeAsync(FREDORCH_ROTARY_STEP_MS * 2);
    expect(link.shown()).toEqual([]);
  });

  it("rejects other outputs, and speeds before initialize", () => {
    const h = fredorchRotary.create(definitionFor("fredorch-rotary"));
    expect(() => out(h, 0, vibrate(1))).toThrow(/Vibrate/);
    expect(() => out(h, 0, { Oscillate: { Value: 1 } })).toThrow(/before initialize/);
  });
});
