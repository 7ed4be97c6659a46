import { stopCommands } from "./byte-protocol-kit";
import { wevibe } from "../../../runtime/hardware/protocols/wevibe";
import { FakeLink, definitionFor, out, show, vibrate, w } from "./support";

const WR = true;

describe("wevibe", () => {
  it("initializes with the wake packet then the off packet, both written with response", async () => {
    const link = new FakeLink("4plus", ["tx", "rx"]);
    await wevibe.create(definitionFor("wevibe", "4plus")).initialize!(link);
    expect(link.shown()).toEqual([w("tx", "0f 03 00 99 00 03 00 00", WR), w("tx", "0f 00 00 00 00 00 00 00", WR)]);
  });

  it("4 Plus: internal motor in the high nibble, external in the low nibble (reference test case)", () => {
    const h = wevibe.create(definitionFor("wevibe", "4plus"));
    expect(out(h, 0, vibrate(8))).toEqual([w("tx", "0f 03 00 80 00 03 00 00", WR)]);
    expect(out(h, 1, vibrate(4))).toEqual([w("tx", "0f 03 00 84 00 03 00 00", WR)]);
    expect(out(h, 0, vibrate(12))).toEqual([w("tx", "0f 03 00 c4 00 03 00 00", WR)]);
    expect(out(h, 1, vibrate(8))).toEqual([w("tx", "0f 03 00 c8 00 03 00 00", WR)]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "0f 03 00 08 00 03 00 00", WR)]);
    expect(out(h, 1, vibrate(15))).toEqual([w("tx", "0f 03 00 0f 00 03 00 00", WR)]);
    expect(out(h, 1, vibrate(0))).toEqual([w("tx", "0f 00 00 00 00 00 00 00", WR)]);
  });

  it("single-motor models (Pivot) put the speed in both nibbles, max 15 = ff", () => {
    const h = wevibe.create(definitionFor("wevibe", "Pivot"));
    expect(out(h, 0, vibrate(8))).toEqual([w("tx", "0f 03 00 88 00 03 00 00", WR)]);
    expect(out(h, 0, vibrate(12))).toEqual([w("tx", "0f 03 00 cc 00 03 00 00", WR)]);
    expect(out(h, 0, vibrate(15))).toEqual([w("tx", "0f 03 00 ff 00 03 00 00", WR)]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "0f 00 00 00 00 00 00 00", WR)]);
  });

  it("stops both motors with one off packet and forgets the old speeds", () => {
    const h = wevibe.create(definitionFor("wevibe", "4plus"));
    out(h, 0, vibrate(3));
    out(h, 1, vibrate(5));
    expect(stopCommands(h, definitionFor("wevibe", "4plus")).map(show)).toEqual([
      w("tx", "0f 00 00 00 00 00 00 00", WR),
    ]);
    expect(out(h, 1, vibrate(1))).toEqual([w("tx", "0f 03 00 01 00 03 00 00", WR)]);
  });

  it("rejects non-vibrate outputs", () => {
    expect(() => out(wevibe.create(definitionFor("wevibe", "Pivot")), 0, { Rotate: { Value: 1 } })).toThrow(/Rotate/);
  });
});
