import { stopCommands } from "./byte-protocol-kit";
import { vorzeSa, pistonSpeed, vorzeVariant } from "../../../runtime/hardware/protocols/vorze-sa";
import { definitionFor, hwPosition, out, rotate, show, vibrate, w } from "./support";

const WR = true;
const handler = (identifier: string) => vorzeSa.create(definitionFor("vorze-sa", identifier));

describe("vorze-sa", () => {
  it("Cyclone SA: 01 01 <clockwise bit | speed> (reference test case)", () => {
    const h = handler("CycSA");
    expect(out(h, 0, rotate(50))).toEqual([w("tx", "01 01 b2", WR)]);
    expect(out(h, 0, rotate(-99))).toEqual([w("tx", "01 01 63", WR)]);
    expect(out(h, 0, rotate(99))).toEqual([w("tx", "01 01 e3", WR)]);
    expect(out(h, 0, rotate(0))).toEqual([w("tx", "01 01 80", WR)]);
  });

  it("UFO SA uses model byte 02 (reference test case)", () => {
    const h = handler("UFOSA");
    expect(out(h, 0, rotate(50))).toEqual([w("tx", "02 01 b2", WR)]);
    expect(out(h, 0, rotate(-99))).toEqual([w("tx", "02 01 63", WR)]);
    expect(out(h, 0, rotate(0))).toEqual([w("tx", "02 01 80", WR)]);
  });

  it("UFO TW: both rotors in one packet (reference test case)", () => {
    const h = handler("UFO-TW");
    expect(out(h, 0, rotate(50))).toEqual([w("tx", "05 b2 80", WR)]);
    expect(out(h, 0, rotate(-99))).toEqual([w("tx", "05 63 80", WR)]);
    expect(out(h, 1, rotate(25))).toEqual([w("tx", "05 63 99", WR)]);
    expect(out(h, 0, rotate(25))).toEqual([w("tx", "05 99 99", WR)]);
    expect(stopCommands(h, definitionFor("vorze-sa", "UFO-TW")).map(show)).toEqual([w("tx", "05 80 80", WR)]);
  });

  it("Bach and Rocket: <model> 03 <speed>", () => {
    expect(out(handler("Bach smart"), 0, vibrate(100))).toEqual([w("tx", "06 03 64", WR)]);
    expect(out(handler("Bach smart"), 0, vibrate(0))).toEqual([w("tx", "06 03 00", WR)]);
    expect(out(handler("ROCKET"), 0, vibrate(42))).toEqual([w("tx", "07 03 2a", WR)]);
  });

  it("Omorfi: both motors in one packet after model byte 09", () => {
    const h = handler("OMORFI");
    expect(out(h, 0, vibrate(99))).toEqual([w("tx", "09 63 00", WR)]);
    expect(out(h, 1, vibrate(10))).toEqual([w("tx", "09 63 0a", WR)]);
    expect(stopCommands(h, definitionFor("vorze-sa", "OMORFI")).map(show)).toEqual([w("tx", "09 00 00", WR)]);
  });

  it("Piston: 03 <position> <speed from distance and duration>", () => {
    const h = handler("VorzePiston");
    expect(out(h, 0, hwPosition(99, 1000))).toEqual([w("tx", "03 63 04", WR)]);
    expect(out(h, 0, hwPosition(50, 500))).toEqual([w("tx", "03 32 04", WR)]);
    expect(out(h, 0, hwPosition(50, 300))).toEqual([w("tx", "03 32 64", WR)]);
  });

  // Expected speeds computed independently (Python, C pow) from the reference formula.
  it.each([
    [99, 1000, 4],
    [99, 200, 29],
    [10, 0, 100],
    [0, 300, 100],
    [99, 5000, 0],
  ])("piston speed over distance %i in %i ms is %i", (distance, duration, speed) => {
    expect(pistonSpeed(distance, duration)).toBe(speed);
  });

  it("takes the layout from the configuration's protocol variant, else from the name", () => {
    expect(vorzeVariant(definitionFor("vorze-sa", "UFO-TW"))).toBe("vorze-sa-dual-rotator");
    const { protocolVariant: _ignored, ...withoutVariant } = definitionFor("vorze-sa", "UFO-TW");
    expect(vorzeVariant(withoutVariant)).toBe("vorze-sa-dual-rotator");
    expect(vorzeVariant({ ...withoutVariant, identifier: "CycSA" })).toBe("vorze-sa-single-rotator");
  });

  it("refuses a Vorze device it cannot tell apart", () => {
    expect(() => vorzeSa.create(definitionFor("vorze-sa"))).toThrow(/no implementation for Vorze device/);
  });
});
