import { stopCommands } from "./byte-protocol-kit";
import { wevibeChorus } from "../../../runtime/hardware/protocols/wevibe-chorus";
import { definitionFor, out, show, vibrate, w } from "./support";

const WR = true;

describe("wevibe-chorus", () => {
  it("Chorus: internal, external, mode bits per running motor (reference test case)", () => {
    const h = wevibeChorus.create(definitionFor("wevibe-chorus"));
    expect(out(h, 0, vibrate(15))).toEqual([w("tx", "0f 03 00 0f 00 01 00 00", WR)]);
    expect(out(h, 1, vibrate(8))).toEqual([w("tx", "0f 03 00 0f 08 03 00 00", WR)]);
    expect(out(h, 0, vibrate(23))).toEqual([w("tx", "0f 03 00 17 08 03 00 00", WR)]);
    expect(out(h, 1, vibrate(15))).toEqual([w("tx", "0f 03 00 17 0f 03 00 00", WR)]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "0f 03 00 00 0f 02 00 00", WR)]);
    expect(out(h, 1, vibrate(30))).toEqual([w("tx", "0f 03 00 00 1e 02 00 00", WR)]);
    expect(stopCommands(h, definitionFor("wevibe-chorus")).map(show)).toEqual([w("tx", "0f 00 00 00 00 00 00 00", WR)]);
  });

  it("Sync Lite (one motor) drives both bytes", () => {
    const h = wevibeChorus.create(definitionFor("wevibe-chorus", "Sync Lite"));
    expect(out(h, 0, vibrate(30))).toEqual([w("tx", "0f 03 00 1e 1e 03 00 00", WR)]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "0f 00 00 00 00 00 00 00", WR)]);
  });
});
