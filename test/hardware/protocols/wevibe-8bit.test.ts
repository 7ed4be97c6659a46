import { stopCommands } from "./byte-protocol-kit";
import { wevibe8Bit } from "../../../runtime/hardware/protocols/wevibe-8bit";
import { definitionFor, out, show, vibrate, w } from "./support";

const WR = true;

describe("wevibe-8bit", () => {
  it("has no init handshake", () => {
    expect(wevibe8Bit.create(definitionFor("wevibe-8bit", "Moxie")).initialize).toBeUndefined();
  });

  it("Moxie (one motor): speed + 3 in both motor bytes, mode 03 (reference test case)", () => {
    const h = wevibe8Bit.create(definitionFor("wevibe-8bit", "Moxie"));
    expect(out(h, 0, vibrate(6))).toEqual([w("tx", "0f 03 00 09 09 03 00 00", WR)]);
    expect(out(h, 0, vibrate(9))).toEqual([w("tx", "0f 03 00 0c 0c 03 00 00", WR)]);
    expect(out(h, 0, vibrate(12))).toEqual([w("tx", "0f 03 00 0f 0f 03 00 00", WR)]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "0f 00 00 00 00 00 00 00", WR)]);
  });

  it("Vector (two motors): external + 3, internal + 3, mode bits per running motor (reference test case)", () => {
    const h = wevibe8Bit.create(definitionFor("wevibe-8bit", "Vector"));
    expect(out(h, 0, vibrate(6))).toEqual([w("tx", "0f 03 00 03 09 01 00 00", WR)]);
    expect(out(h, 1, vibrate(3))).toEqual([w("tx", "0f 03 00 06 09 03 00 00", WR)]);
    expect(out(h, 0, vibrate(9))).toEqual([w("tx", "0f 03 00 06 0c 03 00 00", WR)]);
    expect(out(h, 1, vibrate(6))).toEqual([w("tx", "0f 03 00 09 0c 03 00 00", WR)]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "0f 03 00 09 03 02 00 00", WR)]);
    expect(stopCommands(h, definitionFor("wevibe-8bit", "Vector")).map(show)).toEqual([
      w("tx", "0f 00 00 00 00 00 00 00", WR),
    ]);
  });

  it("Bond reaches its max of 27 as 1e", () => {
    expect(out(wevibe8Bit.create(definitionFor("wevibe-8bit", "Bond")), 0, vibrate(27))).toEqual([
      w("tx", "0f 03 00 1e 1e 03 00 00", WR),
    ]);
  });
});
