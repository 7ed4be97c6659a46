import { vibratissimo } from "../../../runtime/hardware/protocols/vibratissimo";
import { FakeLink, bytes, definitionFor, out, vibrate, w } from "./support";

const MODE = w("txmode", "03 ff");

describe("vibratissimo", () => {
  it("identifies the configuration from the model string, or the name when it is not UTF-8", async () => {
    const link = new FakeLink("Vibratissimo", ["rxblemodel"], {
      reads: { rxblemodel: [bytes("Rabbit"), [0xff, 0xfe]] },
    });
    expect(await vibratissimo.identify!(link)).toBe("Rabbit");
    expect(await vibratissimo.identify!(link)).toBe("Vibratissimo");
    expect(link.shown()).toEqual(["read rxblemodel 128", "read rxblemodel 128"]);
  });

  it("single vibrator: write mode 03 ff, then <speed> 00", () => {
    const h = vibratissimo.create(definitionFor("vibratissimo"));
    expect(h.initialize).toBeUndefined();
    expect(out(h, 0, vibrate(128))).toEqual([MODE, w("txvibrate", "80 00")]);
    expect(out(h, 0, vibrate(255))).toEqual([MODE, w("txvibrate", "ff 00")]);
    expect(out(h, 0, vibrate(0))).toEqual([MODE, w("txvibrate", "00 00")]);
  });

  it("Licker: both vibrators in one packet", () => {
    const h = vibratissimo.create(definitionFor("vibratissimo", "Licker"));
    expect(out(h, 0, vibrate(100))).toEqual([MODE, w("txvibrate", "64 00")]);
    expect(out(h, 1, vibrate(255))).toEqual([MODE, w("txvibrate", "64 ff")]);
    expect(out(h, 0, vibrate(0))).toEqual([MODE, w("txvibrate", "00 ff")]);
  });

  it("Rabbit: three bytes, the third output ranging 0-2", () => {
    const h = vibratissimo.create(definitionFor("vibratissimo", "Rabbit"));
    expect(out(h, 2, vibrate(2))).toEqual([MODE, w("txvibrate", "00 00 02")]);
    expect(out(h, 1, vibrate(1))).toEqual([MODE, w("txvibrate", "00 01 02")]);
    expect(out(h, 2, vibrate(1))).toEqual([MODE, w("txvibrate", "00 01 01")]);
  });

  it("reads the battery from the BLE battery level", async () => {
    const link = new FakeLink("Vibratissimo", ["rxblebattery"], { reads: { rxblebattery: [[42]] } });
    await expect(vibratissimo.create(definitionFor("vibratissimo")).readInput!(link, 1, "Battery")).resolves.toEqual({
      Battery: { Value: 42 },
    });
  });

  it("rejects rotation", () => {
    expect(() => out(vibratissimo.create(definitionFor("vibratissimo")), 0, { Rotate: { Value: 1 } })).toThrow(
      /Rotate/,
    );
  });
});
