import { kiirooProwand } from "../../../runtime/hardware/protocols/kiiroo-prowand";
import { FakeLink, definitionFor, out, vibrate } from "./support";

describe("kiiroo-prowand", () => {
  it("vibrates with 00 00 64 ff <speed> <speed>, and 00 in place of ff when stopped (reference test case)", () => {
    const h = kiirooProwand.create(definitionFor("kiiroo-prowand"));
    expect(out(h, 0, vibrate(128))).toEqual(["write tx 00 00 64 ff 80 80"]);
    expect(out(h, 0, vibrate(255))).toEqual(["write tx 00 00 64 ff ff ff"]);
    expect(out(h, 0, vibrate(1))).toEqual(["write tx 00 00 64 ff 01 01"]);
    expect(out(h, 0, vibrate(0))).toEqual(["write tx 00 00 64 00 00 00"]);
  });

  it("Luxus uses the same packets", () => {
    expect(out(kiirooProwand.create(definitionFor("kiiroo-prowand", "Luxus")), 0, vibrate(10))).toEqual([
      "write tx 00 00 64 ff 0a 0a",
    ]);
  });

  it("reads the battery from the BLE battery level", async () => {
    const link = new FakeLink("ProWand", ["tx", "rxblebattery"], { reads: { rxblebattery: [[90, 1, 2]] } });
    await expect(kiirooProwand.create(definitionFor("kiiroo-prowand")).readInput!(link, 1, "Battery")).resolves.toEqual(
      {
        Battery: { Value: 90 },
      },
    );
    expect(link.shown()).toEqual(["read rxblebattery 20"]);
  });
});
