import { galaku, galakuFrame } from "../../../runtime/hardware/protocols/galaku";
import { FakeLink, definitionFor, hex, out, show, vibrate, w } from "./support";

describe("galaku frame obfuscation", () => {
  it("reproduces the reference's two-motor test vectors (an older firmware command byte 60)", () => {
    expect(hex(galakuFrame([0x5a, 0, 0, 1, 0x60, 3, 0, 50, 0, 0]))).toBe("23 81 bb ab d2 9b 44 33 ed 43 3b 44");
    expect(hex(galakuFrame([0x5a, 0, 0, 1, 0x60, 3, 75, 50, 0, 0]))).toBe("23 81 bb ab d2 9b 44 6a 25 43 3b 81");
    expect(hex(galakuFrame([0x5a, 0, 0, 1, 0x60, 3, 0, 0, 0, 0]))).toBe("23 81 bb ab d2 9b 44 33 bb a3 3b d2");
  });
});

describe("galaku", () => {
  it("one motor (Vitality Cat): obfuscated 5a 00 00 01 31 <speed>, without response (reference test case)", () => {
    const h = galaku.create(definitionFor("galaku", "GX21"));
    expect(h.initialize).toBeUndefined();
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "23 81 bb ab d2 ec 3b 23 bb a3 3b 90")]);
    expect(out(h, 0, vibrate(100))).toEqual([w("tx", "23 81 bb ab d2 ec 57 23 bb a3 3b 44")]);
  });

  it("two motors (Zaku Aircraft Cup, oscillate + vibrate): 5a 00 00 01 40 03 <first> <second>, both kept", () => {
    const h = galaku.create(definitionFor("galaku", "G317"));
    expect(out(h, 1, vibrate(50))).toEqual([w("tx", "23 81 bb ab d2 7b 44 33 ed 43 3b e4")]);
    expect(out(h, 0, { Oscillate: { Value: 75 } })).toEqual([w("tx", "23 81 bb ab d2 7b 44 6a 25 43 3b 21")]);
    expect(out(h, 1, vibrate(0))).toEqual([w("tx", "23 81 bb ab d2 7b 44 6a 33 a3 3b 2f")]);
    expect(out(h, 0, { Oscillate: { Value: 0 } })).toEqual([w("tx", "23 81 bb ab d2 7b 44 33 bb a3 3b f2")]);
  });

  it("constrict (Aurora Aircraft Cup's suction pump) shares the two-motor frame", () => {
    const h = galaku.create(definitionFor("galaku", "TFG1"));
    expect(out(h, 0, vibrate(50))).toEqual(
      out(galaku.create(definitionFor("galaku", "G317")), 0, { Oscillate: { Value: 50 } }),
    );
    expect(out(h, 1, { Constrict: { Value: 50 } })).toEqual([
      w("tx", hex(galakuFrame([0x5a, 0, 0, 1, 0x40, 3, 50, 50, 0, 0]))),
    ]);
  });

  it("the Caiping pump (AC695X_1(BLE)) sends aa 01 0a 03 <speed> <on> and ten 00, unobfuscated", () => {
    const h = galaku.create(definitionFor("galaku", "AC695X_1(BLE)"));
    expect(out(h, 0, vibrate(100))).toEqual([w("tx", "aa 01 0a 03 64 01 00 00 00 00 00 00 00 00 00 00")]);
    expect(out(h, 0, vibrate(33))).toEqual([w("tx", "aa 01 0a 03 21 01 00 00 00 00 00 00 00 00 00 00")]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "aa 01 0a 03 00 00 00 00 00 00 00 00 00 00 00 00")]);
  });

  it("reads the battery: subscribe, obfuscated 5a 00 00 01 13 with response, first byte of the reply", async () => {
    const link = new FakeLink("GX21", ["tx", "rxblebattery"], {
      notifications: { rxblebattery: [{ data: [73, 1], afterCommands: 2 }] },
    });
    await expect(galaku.create(definitionFor("galaku", "GX21")).readInput!(link, 1, "Battery")).resolves.toEqual({
      Battery: { Value: 73 },
    });
    expect(link.shown()).toEqual(["subscribe rxblebattery", w("tx", "23 81 bb ab d2 ce d3 23 bb a3 3b c2", true)]);
  });

  it("subscribes and unsubscribes the battery endpoint", () => {
    const h = galaku.create(definitionFor("galaku"));
    expect(h.subscribeInput!(1, "Battery").map(show)).toEqual(["subscribe rxblebattery"]);
    expect(h.unsubscribeInput!(1, "Battery").map(show)).toEqual(["unsubscribe rxblebattery"]);
  });

  it("has no rotation, as in the reference (Rhino Prostate Massager)", () => {
    expect(() => out(galaku.create(definitionFor("galaku", "G339")), 1, { Rotate: { Value: 1 } })).toThrow(/Rotate/);
  });
});
