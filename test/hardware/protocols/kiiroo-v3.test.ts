import { kiirooV3 } from "../../../runtime/hardware/protocols/kiiroo-v3";
import { FakeLink, definitionFor, hwPosition, out } from "./support";

describe("kiiroo-v3", () => {
  it("has no handshake", () => {
    expect(kiirooV3.create(definitionFor("kiiroo-v3", "Keon Wifi")).initialize).toBeUndefined();
  });

  it("Keon Wifi strokes with the Kiiroo v2.1 format 03 00 <speed> <position>, speed from the previous goal", () => {
    const h = kiirooV3.create(definitionFor("kiiroo-v3", "KEON WIFI"));
    expect(out(h, 0, hwPosition(99, 1000))).toEqual(["write tx 03 00 13 63"]);
    expect(out(h, 0, hwPosition(0, 200))).toEqual(["write tx 03 00 6a 00"]);
    expect(out(h, 0, hwPosition(0, 200))).toEqual(["write tx 03 00 00 00"]);
    expect(out(h, 0, hwPosition(50, 300))).toEqual(["write tx 03 00 21 32"]);
  });

  it("reads the battery like Kiiroo v2.1: byte 5 of the 20-byte whitelist read", async () => {
    const link = new FakeLink("KEON WIFI", ["tx", "rx", "whitelist"], {
      reads: { whitelist: [[0, 0, 0, 0, 0, 77, ...Array(14).fill(0)]] },
    });
    await expect(
      kiirooV3.create(definitionFor("kiiroo-v3", "KEON WIFI")).readInput!(link, 1, "Battery"),
    ).resolves.toEqual({
      Battery: { Value: 77 },
    });
  });
});
