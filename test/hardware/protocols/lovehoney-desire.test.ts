import { stopCommands } from "./byte-protocol-kit";
import { lovehoneyDesire } from "../../../runtime/hardware/protocols/lovehoney-desire";
import { definitionFor, out, show, vibrate, w } from "./support";

const WR = true;

describe("lovehoney-desire", () => {
  it("single motor (Love Egg): F3 00 <speed> with response (reference test case)", () => {
    const h = lovehoneyDesire.create(definitionFor("lovehoney-desire", "LOVE EGG"));
    expect(out(h, 0, vibrate(64))).toEqual([w("tx", "f3 00 40", WR)]);
    expect(out(h, 0, vibrate(13))).toEqual([w("tx", "f3 00 0d", WR)]);
    expect(out(h, 0, vibrate(127))).toEqual([w("tx", "f3 00 7f", WR)]);
    expect(stopCommands(h, definitionFor("lovehoney-desire", "LOVE EGG")).map(show)).toEqual([w("tx", "f3 00 00", WR)]);
  });

  it("two motors (Prostate Vibe): per-motor packets while the speeds differ, F3 00 when they match (reference test case)", () => {
    const h = lovehoneyDesire.create(definitionFor("lovehoney-desire", "PROSTATE VIBE"));
    expect(out(h, 0, vibrate(64))).toEqual([w("tx", "f3 01 40", WR), w("tx", "f3 02 00", WR)]);
    expect(out(h, 0, vibrate(13))).toEqual([w("tx", "f3 01 0d", WR), w("tx", "f3 02 00", WR)]);
    expect(out(h, 1, vibrate(64))).toEqual([w("tx", "f3 01 0d", WR), w("tx", "f3 02 40", WR)]);
    expect(out(h, 0, vibrate(64))).toEqual([w("tx", "f3 00 40", WR)]);
    expect(out(h, 1, vibrate(127))).toEqual([w("tx", "f3 01 40", WR), w("tx", "f3 02 7f", WR)]);
    expect(stopCommands(h, definitionFor("lovehoney-desire", "PROSTATE VIBE")).map(show)).toEqual([
      w("tx", "f3 00 00", WR),
    ]);
    expect(out(h, 1, vibrate(1))).toEqual([w("tx", "f3 01 00", WR), w("tx", "f3 02 01", WR)]);
  });

  it("Knicker Vibe is a single-motor toy", () => {
    expect(out(lovehoneyDesire.create(definitionFor("lovehoney-desire", "KNICKER VIBE")), 0, vibrate(0))).toEqual([
      w("tx", "f3 00 00", WR),
    ]);
  });
});
