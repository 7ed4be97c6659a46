import { stopCommands } from "./byte-protocol-kit";
import { kiirooV2, launchSpeedByte } from "../../../runtime/hardware/protocols/kiiroo-v2";
import { kiirooV21 } from "../../../runtime/hardware/protocols/kiiroo-v21";
import { kiirooV2Vibrator } from "../../../runtime/hardware/protocols/kiiroo-v2-vibrator";
import { kiirooSpot } from "../../../runtime/hardware/protocols/kiiroo-spot";
import { FakeLink, definitionFor, hwPosition, out, show, vibrate, w } from "./support";

// Speed bytes computed independently (Python, C pow) from the reference's Launch curve.
describe("Fleshlight Launch speed curve", () => {
  it.each([
    [0, 99, 1000, 19],
    [0, 99, 500, 40],
    [99, 0, 200, 106],
    [0, 50, 300, 33],
    [50, 50, 100, 0], // no distance: speed 0
    [0, 10, 0, 255], // no time: saturates like Rust's `as u8`
    [0, 99, 100, 219],
    [0, 99, 2000, 9],
  ])("from %i to %i in %i ms is speed byte %i", (from, to, duration, speed) => {
    expect(launchSpeedByte(from, to, duration)).toBe(speed);
  });
});

describe("kiiroo-v2", () => {
  it("initializes by writing 00 to the firmware endpoint with response", async () => {
    const link = new FakeLink("Launch", ["tx", "rx", "firmware"]);
    await kiirooV2.create(definitionFor("kiiroo-v2", "Launch")).initialize!(link);
    expect(link.shown()).toEqual([w("firmware", "00", true)]);
  });

  it("sends <position> <speed>, measuring each move from the previous goal", () => {
    const h = kiirooV2.create(definitionFor("kiiroo-v2", "Launch"));
    expect(out(h, 0, hwPosition(99, 1000))).toEqual([w("tx", "63 13")]);
    expect(out(h, 0, hwPosition(0, 200))).toEqual([w("tx", "00 6a")]);
    expect(out(h, 0, hwPosition(0, 200))).toEqual([w("tx", "00 00")]);
    expect(out(h, 0, hwPosition(50, 300))).toEqual([w("tx", "32 21")]);
  });

  it("has no vibration", () => {
    expect(() => out(kiirooV2.create(definitionFor("kiiroo-v2")), 0, vibrate(1))).toThrow(/Vibrate/);
  });
});

describe("kiiroo-v21", () => {
  it("vibrates with 01 <speed>, 0 to 100", () => {
    const h = kiirooV21.create(definitionFor("kiiroo-v21", "Pearl2.1"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "01 32")]);
    expect(out(h, 0, vibrate(100))).toEqual([w("tx", "01 64")]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "01 00")]);
  });

  it("Titan 1.1 strokes with 03 00 <speed> <position>", () => {
    const h = kiirooV21.create(definitionFor("kiiroo-v21", "Titan1.1"));
    expect(out(h, 1, hwPosition(99, 500))).toEqual([w("tx", "03 00 28 63")]);
    expect(out(h, 1, hwPosition(0, 200))).toEqual([w("tx", "03 00 6a 00")]);
  });

  it("reads the battery from byte 5 of the 20-byte whitelist characteristic", async () => {
    const data = Array.from({ length: 20 }, (_, i) => (i === 5 ? 72 : 0xee));
    const link = new FakeLink("Pearl2.1", ["tx", "rx", "whitelist"], { reads: { whitelist: [data] } });
    const h = kiirooV21.create(definitionFor("kiiroo-v21", "Pearl2.1"));
    await expect(h.readInput!(link, 1, "Battery" as never)).resolves.toEqual({ Battery: { Value: 72 } });
    expect(link.shown()).toEqual(["read whitelist 20"]);
  });

  it("rejects battery data of the wrong length", async () => {
    const link = new FakeLink("Pearl2.1", ["whitelist"], { reads: { whitelist: [[1, 2, 3]] } });
    await expect(
      kiirooV21.create(definitionFor("kiiroo-v21", "Pearl2.1")).readInput!(link, 1, "Battery" as never),
    ).rejects.toThrow(/20 bytes/);
  });
});

describe("kiiroo-v2-vibrator", () => {
  it("sends all three motor bytes in one packet", () => {
    const h = kiirooV2Vibrator.create(definitionFor("kiiroo-v2-vibrator", "Titan"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "32 00 00")]);
    expect(out(h, 2, vibrate(100))).toEqual([w("tx", "32 00 64")]);
    expect(out(h, 1, vibrate(25))).toEqual([w("tx", "32 19 64")]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "00 19 64")]);
    expect(stopCommands(h, definitionFor("kiiroo-v2-vibrator", "Titan")).map(show)).toEqual([w("tx", "00 00 00")]);
  });

  it("one-motor Pearl 2 still sends three bytes", () => {
    expect(out(kiirooV2Vibrator.create(definitionFor("kiiroo-v2-vibrator", "Pearl2")), 0, vibrate(100))).toEqual([
      w("tx", "64 00 00"),
    ]);
  });
});

describe("kiiroo-spot", () => {
  it("vibrates with 00 ff 00 00 00 <speed> (reference test case)", () => {
    const h = kiirooSpot.create(definitionFor("kiiroo-spot"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "00 ff 00 00 00 32")]);
    expect(out(h, 0, vibrate(100))).toEqual([w("tx", "00 ff 00 00 00 64")]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "00 ff 00 00 00 00")]);
  });

  it("reads the battery as the first byte of the BLE battery characteristic", async () => {
    const link = new FakeLink("SPOT W1", ["tx", "rxblebattery"], { reads: { rxblebattery: [[64, 1, 2]] } });
    await expect(
      kiirooSpot.create(definitionFor("kiiroo-spot")).readInput!(link, 1, "Battery" as never),
    ).resolves.toEqual({ Battery: { Value: 64 } });
    expect(link.shown()).toEqual(["read rxblebattery 20"]);
  });
});
