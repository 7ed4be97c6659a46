import { stopCommands } from "./byte-protocol-kit";
import { kiirooPowershot } from "../../../runtime/hardware/protocols/kiiroo-powershot";
import { FakeLink, definitionFor, out, show, vibrate, w } from "./support";

const WR = true;

describe("kiiroo-powershot", () => {
  it("carries both motors in one packet 01 00 00 <m0> <m1> 00, with response (reference test case)", () => {
    const h = kiirooPowershot.create(definitionFor("kiiroo-powershot"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "01 00 00 32 00 00", WR)]);
    expect(out(h, 1, vibrate(100))).toEqual([w("tx", "01 00 00 32 64 00", WR)]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "01 00 00 00 64 00", WR)]);
    expect(out(h, 0, vibrate(1))).toEqual([w("tx", "01 00 00 01 64 00", WR)]);
  });

  it("stops both motors with one zero packet and forgets the old speeds", () => {
    const h = kiirooPowershot.create(definitionFor("kiiroo-powershot"));
    out(h, 0, vibrate(50));
    out(h, 1, vibrate(100));
    expect(stopCommands(h, definitionFor("kiiroo-powershot")).map(show)).toEqual([w("tx", "01 00 00 00 00 00", WR)]);
    expect(out(h, 1, vibrate(7))).toEqual([w("tx", "01 00 00 00 07 00", WR)]);
  });

  it("reads the battery from the BLE battery level (20-byte read, first byte)", async () => {
    const link = new FakeLink("PowerShot", ["tx", "rxblebattery"], { reads: { rxblebattery: [[64]] } });
    await expect(
      kiirooPowershot.create(definitionFor("kiiroo-powershot")).readInput!(link, 2, "Battery"),
    ).resolves.toEqual({
      Battery: { Value: 64 },
    });
    expect(link.shown()).toEqual(["read rxblebattery 20"]);
  });

  it("rejects other inputs and outputs", async () => {
    const h = kiirooPowershot.create(definitionFor("kiiroo-powershot"));
    expect(() => out(h, 0, { Rotate: { Value: 1 } })).toThrow(/Rotate/);
    await expect(h.readInput!(new FakeLink("PowerShot", ["tx"]), 2, "RSSI")).rejects.toThrow(/RSSI/);
  });
});
