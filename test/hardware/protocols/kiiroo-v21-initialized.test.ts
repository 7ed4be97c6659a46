import { kiirooV21Initialized } from "../../../runtime/hardware/protocols/kiiroo-v21-initialized";
import { FakeLink, definitionFor, hwPosition, out, vibrate, w } from "./support";

describe("kiiroo-v21-initialized", () => {
  it("initializes with 03 00 64 19 then 03 00 64 00, both with response", async () => {
    const link = new FakeLink("Onyx+", ["tx", "rx", "whitelist"]);
    await kiirooV21Initialized.create(definitionFor("kiiroo-v21-initialized", "Onyx+")).initialize!(link);
    expect(link.shown()).toEqual([w("tx", "03 00 64 19", true), w("tx", "03 00 64 00", true)]);
  });

  it("strokes with 03 00 <Launch-curve speed> <position>, measured from the previous goal", () => {
    const h = kiirooV21Initialized.create(definitionFor("kiiroo-v21-initialized", "KEON"));
    expect(out(h, 0, hwPosition(99, 1000))).toEqual(["write tx 03 00 13 63"]);
    expect(out(h, 0, hwPosition(0, 200))).toEqual(["write tx 03 00 6a 00"]);
    expect(out(h, 0, hwPosition(0, 200))).toEqual(["write tx 03 00 00 00"]);
    expect(out(h, 0, hwPosition(50, 300))).toEqual(["write tx 03 00 21 32"]);
  });

  it("vibrates with 01 <speed> (the reference handles it though no configuration has a vibrator)", () => {
    const h = kiirooV21Initialized.create(definitionFor("kiiroo-v21-initialized", "Onyx2.1"));
    expect(out(h, 0, vibrate(0))).toEqual(["write tx 01 00"]);
    expect(out(h, 0, vibrate(50))).toEqual(["write tx 01 32"]);
    expect(out(h, 0, vibrate(100))).toEqual(["write tx 01 64"]);
  });

  it("rejects rotation", () => {
    expect(() =>
      out(kiirooV21Initialized.create(definitionFor("kiiroo-v21-initialized", "Onyx+")), 0, { Rotate: { Value: 1 } }),
    ).toThrow(/Rotate/);
  });
});
