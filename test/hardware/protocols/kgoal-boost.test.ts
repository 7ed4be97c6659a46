import { kgoalBoost } from "../../../runtime/hardware/protocols/kgoal-boost";
import { FakeLink, definitionFor, out, show, vibrate } from "./support";

const pressure = (...data: number[]) => ({ endpoint: "rxpressure", data: Uint8Array.from(data) });

describe("kgoal-boost", () => {
  it("subscribes the pressure characteristic with the first pressure subscription and unsubscribes after the last", () => {
    const h = kgoalBoost.create(definitionFor("kgoal-boost"));
    expect(h.subscribeInput!(0, "Pressure").map(show)).toEqual(["subscribe rxpressure"]);
    expect(h.subscribeInput!(1, "Pressure").map(show)).toEqual([]);
    expect(h.subscribeInput!(1, "Pressure").map(show)).toEqual([]);
    expect(h.unsubscribeInput!(0, "Pressure").map(show)).toEqual([]);
    expect(h.unsubscribeInput!(1, "Pressure").map(show)).toEqual(["unsubscribe rxpressure"]);
    expect(h.unsubscribeInput!(1, "Pressure").map(show)).toEqual([]);
  });

  it("reads normalized (bytes 3-4) and raw (bytes 5-6) big-endian pressure from 00 01 04 …", () => {
    const h = kgoalBoost.create(definitionFor("kgoal-boost"));
    h.subscribeInput!(0, "Pressure");
    h.subscribeInput!(1, "Pressure");
    expect(h.parseNotification!(pressure(0x00, 0x01, 0x04, 0x00, 0x00, 0x05, 0xd3))).toEqual([
      { featureIndex: 1, reading: { Pressure: { Value: 0x05d3 } } },
    ]);
    expect(h.parseNotification!(pressure(0x00, 0x01, 0x04, 0x07, 0xd0, 0x05, 0xd3))).toEqual([
      { featureIndex: 0, reading: { Pressure: { Value: 2000 } } },
    ]);
    expect(h.parseNotification!(pressure(0x00, 0x01, 0x04, 0x00, 0x01, 0xff, 0xff))).toEqual([
      { featureIndex: 0, reading: { Pressure: { Value: 1 } } },
      { featureIndex: 1, reading: { Pressure: { Value: 0xffff } } },
    ]);
  });

  it("reports unchanged values once, only for subscribed features, and ignores short or foreign notifications", () => {
    const h = kgoalBoost.create(definitionFor("kgoal-boost"));
    h.subscribeInput!(0, "Pressure");
    expect(h.parseNotification!(pressure(0, 1, 4, 0x01, 0x00, 0x02, 0x00))).toEqual([
      { featureIndex: 0, reading: { Pressure: { Value: 256 } } },
    ]);
    expect(h.parseNotification!(pressure(0, 1, 4, 0x01, 0x00, 0x03, 0x00))).toEqual([]);
    expect(h.parseNotification!(pressure(0, 1, 4, 0x01, 0x00))).toEqual([]);
    expect(h.parseNotification!({ endpoint: "rx", data: Uint8Array.from([0, 1, 4, 9, 9, 9, 9]) })).toEqual([]);
  });

  it("reads the battery from the BLE battery level (one byte)", async () => {
    const link = new FakeLink("Boost", ["rxblebattery", "rxpressure"], { reads: { rxblebattery: [[81]] } });
    await expect(kgoalBoost.create(definitionFor("kgoal-boost")).readInput!(link, 2, "Battery")).resolves.toEqual({
      Battery: { Value: 81 },
    });
    expect(link.shown()).toEqual(["read rxblebattery 1"]);
  });

  it("has no outputs, and rejects subscriptions to anything but the two pressure features", () => {
    const h = kgoalBoost.create(definitionFor("kgoal-boost"));
    expect(() => out(h, 0, vibrate(1))).toThrow(/Vibrate/);
    expect(() => h.subscribeInput!(2, "Pressure")).toThrow(/FeatureIndex 2/);
    expect(() => h.subscribeInput!(0, "Battery")).toThrow(/Battery/);
  });
});
