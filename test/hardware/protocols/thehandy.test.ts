import { stopCommands } from "./byte-protocol-kit";
import { HANDY_PING, thehandy } from "../../../runtime/hardware/protocols/thehandy";
import { definitionFor, hex, hwPosition, out, vibrate, w } from "./support";

const WR = true;

// Expected bytes spelled out by hand from handyplug.proto (proto3 wire format, defaults omitted).
describe("thehandy", () => {
  it("has no handshake", () => {
    expect(thehandy.create(definitionFor("thehandy")).initialize).toBeUndefined();
  });

  it("encodes a move as Payload{Message{LinearCmd{Id 2, Vectors[{Duration, Position/100}]}}} with response", () => {
    const h = thehandy.create(definitionFor("thehandy"));
    // Duration 500 = f4 03, Position 0.5 = double 3fe0000000000000.
    expect(out(h, 0, hwPosition(50, 500))).toEqual([
      w("tx", "0a 13 9a 19 10 08 02 1a 0c 10 f4 03 19 00 00 00 00 00 00 e0 3f", WR),
    ]);
    // Position 0 and Duration 0 are proto3 defaults: the vector is empty but still present.
    expect(out(h, 0, hwPosition(0, 0))).toEqual([w("tx", "0a 07 9a 19 04 08 02 1a 00", WR)]);
    // Maximum: Duration 100000 = a0 8d 06, Position 1.0.
    expect(out(h, 0, hwPosition(100, 100000))).toEqual([
      w("tx", "0a 14 9a 19 11 08 02 1a 0d 10 a0 8d 06 19 00 00 00 00 00 00 f0 3f", WR),
    ]);
    // Position 0.33 as a double, duration 0 left out.
    expect(out(h, 0, hwPosition(33, 0))).toEqual([
      w("tx", "0a 10 9a 19 0d 08 02 1a 09 19 1f 85 eb 51 b8 1e d5 3f", WR),
    ]);
  });

  it("has nothing to stop (positions have no stop)", () => {
    expect(stopCommands(thehandy.create(definitionFor("thehandy")), definitionFor("thehandy"))).toEqual([]);
  });

  it("spells the keepalive ping as Payload{Message{Ping{Id 999}}}", () => {
    expect(hex(HANDY_PING)).toBe("0a 06 b2 06 03 08 e7 07");
  });

  it("rejects outputs other than HwPositionWithDuration", () => {
    expect(() => out(thehandy.create(definitionFor("thehandy")), 0, vibrate(1))).toThrow(/Vibrate/);
  });
});
