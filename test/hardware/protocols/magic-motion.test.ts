import { stopCommands } from "./byte-protocol-kit";
import { magicMotion1 } from "../../../runtime/hardware/protocols/magic-motion-1";
import { magicMotion2 } from "../../../runtime/hardware/protocols/magic-motion-2";
import { magicMotion3 } from "../../../runtime/hardware/protocols/magic-motion-3";
import { magicMotion4 } from "../../../runtime/hardware/protocols/magic-motion-4";
import { FakeLink, definitionFor, oscillate, out, show, vibrate, w } from "./support";

const battery = (level: number) => ({ Battery: { Value: level } });

describe("magic-motion-1", () => {
  const h = () => magicMotion1.create(definitionFor("magic-motion-1", "Magic Cell"));
  it("writes the speed at byte 9 (reference test case), 0 to 100", () => {
    expect(out(h(), 0, vibrate(50))).toEqual([w("tx", "0b ff 04 0a 32 32 00 04 08 32 64 00")]);
    expect(out(h(), 0, vibrate(100))).toEqual([w("tx", "0b ff 04 0a 32 32 00 04 08 64 64 00")]);
    expect(out(h(), 0, vibrate(0))).toEqual([w("tx", "0b ff 04 0a 32 32 00 04 08 00 64 00")]);
  });
  it("drives Xone's Oscillate with the same packet", () => {
    expect(out(magicMotion1.create(definitionFor("magic-motion-1", "Xone")), 0, oscillate(20))).toEqual([
      w("tx", "0b ff 04 0a 32 32 00 04 08 14 64 00"),
    ]);
  });
  it("reads the battery from the BLE battery characteristic", async () => {
    const link = new FakeLink("Magic Cell", ["tx", "rxblebattery"], { reads: { rxblebattery: [[87]] } });
    await expect(h().readInput!(link, 1, "Battery" as never)).resolves.toEqual(battery(87));
    expect(link.shown()).toEqual(["read rxblebattery 1"]);
  });
  it("refuses a battery read when the device has no battery characteristic", async () => {
    await expect(h().readInput!(new FakeLink("Magic Cell", ["tx"]), 1, "Battery" as never)).rejects.toThrow(
      /rxblebattery/,
    );
  });
});

describe("magic-motion-2", () => {
  it("Eidolon: both motors in one packet (reference test case)", () => {
    const h = magicMotion2.create(definitionFor("magic-motion-2", "Eidolon"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "10 ff 04 0a 32 0a 00 04 08 32 64 00 04 08 00 64 01")]);
    expect(out(h, 1, vibrate(25))).toEqual([w("tx", "10 ff 04 0a 32 0a 00 04 08 32 64 00 04 08 19 64 01")]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "10 ff 04 0a 32 0a 00 04 08 00 64 00 04 08 19 64 01")]);
    expect(out(h, 1, vibrate(100))).toEqual([w("tx", "10 ff 04 0a 32 0a 00 04 08 00 64 00 04 08 64 64 01")]);
    expect(stopCommands(h, definitionFor("magic-motion-2", "Eidolon")).map(show)).toEqual([
      w("tx", "10 ff 04 0a 32 0a 00 04 08 00 64 00 04 08 00 64 01"),
    ]);
  });
  it("Equinox (one motor) leaves the second slot at 0 (reference test case)", () => {
    const h = magicMotion2.create(definitionFor("magic-motion-2", "Sword"));
    expect(out(h, 0, vibrate(75))).toEqual([w("tx", "10 ff 04 0a 32 0a 00 04 08 4b 64 00 04 08 00 64 01")]);
  });
  it("FunTown Jive's oscillating second motor uses the second slot", () => {
    const h = magicMotion2.create(definitionFor("magic-motion-2", "CBT001"));
    expect(out(h, 1, oscillate(30))).toEqual([w("tx", "10 ff 04 0a 32 0a 00 04 08 00 64 00 04 08 1e 64 01")]);
  });
});

describe("magic-motion-3", () => {
  it("Krush: speed at byte 9 with the 46 46 header (reference test case), max 77", () => {
    const h = magicMotion3.create(definitionFor("magic-motion-3"));
    expect(out(h, 0, vibrate(39))).toEqual([w("tx", "0b ff 04 0a 46 46 00 04 08 27 64 00")]);
    expect(out(h, 0, vibrate(58))).toEqual([w("tx", "0b ff 04 0a 46 46 00 04 08 3a 64 00")]);
    expect(out(h, 0, vibrate(77))).toEqual([w("tx", "0b ff 04 0a 46 46 00 04 08 4d 64 00")]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "0b ff 04 0a 46 46 00 04 08 00 64 00")]);
  });
  it("reads the battery from the BLE battery characteristic", async () => {
    const link = new FakeLink("Krush", ["tx", "rxblebattery"], { reads: { rxblebattery: [[12]] } });
    await expect(
      magicMotion3.create(definitionFor("magic-motion-3")).readInput!(link, 1, "Battery" as never),
    ).resolves.toEqual(battery(12));
  });
});

describe("magic-motion-4", () => {
  it("Bobi: two motors in one packet written with response (reference test case)", () => {
    const h = magicMotion4.create(definitionFor("magic-motion-4", "bobi2"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "10 ff 04 0a 32 32 00 04 08 32 64 00 04 08 00 64 01", true)]);
    expect(out(h, 1, vibrate(25))).toEqual([w("tx", "10 ff 04 0a 32 32 00 04 08 32 64 00 04 08 19 64 01", true)]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "10 ff 04 0a 32 32 00 04 08 00 64 00 04 08 19 64 01", true)]);
    expect(stopCommands(h, definitionFor("magic-motion-4", "bobi2")).map(show)).toEqual([
      w("tx", "10 ff 04 0a 32 32 00 04 08 00 64 00 04 08 00 64 01", true),
    ]);
  });
  it("Nyx (one motor) sends its speed in both slots (reference test case)", () => {
    const h = magicMotion4.create(definitionFor("magic-motion-4", "nyx"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "10 ff 04 0a 32 32 00 04 08 32 64 00 04 08 32 64 01", true)]);
    expect(out(h, 0, vibrate(100))).toEqual([w("tx", "10 ff 04 0a 32 32 00 04 08 64 64 00 04 08 64 64 01", true)]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "10 ff 04 0a 32 32 00 04 08 00 64 00 04 08 00 64 01", true)]);
  });
});
