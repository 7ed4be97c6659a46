import { joyhub, JOYHUB_SPRAY_MS } from "../../../runtime/hardware/protocols/joyhub";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

const motors = (m0: number, m1: number, m2: number, m3: number) => w("tx", [0xa0, 0x03, m0, m1, m2, m3, 0xaa]);

describe("joyhub", () => {
  test("motors share one frame a0 03 m0 m1 m2 m3 aa; each motor keeps its last level (Petalwish 2)", async () => {
    const definition = definitionFor("joyhub", "J-Petalwish2");
    expect(definition.features.map((f) => [f.FeatureIndex, f.Output])).toEqual([
      [0, { Oscillate: { Value: [0, 255] } }],
      [2, { Vibrate: { Value: [0, 255] } }],
    ]);
    const { handler } = await connect(joyhub, definition);
    expectSteps(handler, [
      ["vibrator (feature 2) mid", 2, cmd.vibrate(128), [motors(0, 0, 0x80, 0)]],
      ["oscillator (feature 0) mid, vibrator kept", 0, cmd.oscillate(128), [motors(0x80, 0, 0x80, 0)]],
      ["vibrator 26", 2, cmd.vibrate(26), [motors(0x80, 0, 0x1a, 0)]],
      ["oscillator max", 0, cmd.oscillate(255), [motors(0xff, 0, 0x1a, 0)]],
      ["oscillator off", 0, cmd.oscillate(0), [motors(0, 0, 0x1a, 0)]],
    ]);
    // One frame holds every motor: the stop's frames batch into the last one (reference).
    expect(plain(stopCommands(handler, definition))).toEqual(plain([motors(0, 0, 0, 0)]));
  });

  test("RoseLin: rotator at feature 3 fills the last motor byte; the pump at feature 4 is a07 with an on flag", async () => {
    const definition = definitionFor("joyhub", "J-RoseLin");
    const { handler } = await connect(joyhub, definition);
    expectSteps(handler, [
      ["vibrate mid", 0, cmd.vibrate(128), [motors(0x80, 0, 0, 0)]],
      ["rotate 26", 3, cmd.rotate(26), [motors(0x80, 0, 0, 0x1a)]],
      [
        "counterclockwise rotation sends the speed only",
        3,
        cmd.rotateWithDirection(40, false),
        [motors(0x80, 0, 0, 0x28)],
      ],
      ["pump max (4)", 4, cmd.constrict(4), [w("tx", [0xa0, 0x07, 0x01, 0x00, 0x04, 0xff])]],
      ["pump mid", 4, cmd.constrict(2), [w("tx", [0xa0, 0x07, 0x01, 0x00, 0x02, 0xff])]],
      ["pump off", 4, cmd.constrict(0), [w("tx", [0xa0, 0x07, 0x00, 0x00, 0x00, 0xff])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      // The motor frames batch into the last one (reference); the pump's frame is its own.
      plain([motors(0, 0, 0, 0), w("tx", [0xa0, 0x07, 0x00, 0x00, 0x00, 0xff])]),
    );
  });

  test("Moon Horn: the pump at feature 5 is a0 0d; the heater switches with a0 04", async () => {
    const definition = definitionFor("joyhub", "J-MoonHorn");
    const { handler } = await connect(joyhub, definition);
    expectSteps(handler, [
      ["vibrate max", 0, cmd.vibrate(255), [motors(0xff, 0, 0, 0)]],
      ["suction 1", 5, cmd.constrict(1), [w("tx", [0xa0, 0x0d, 0x00, 0x00, 0x01, 0xff])]],
      ["suction mid", 5, cmd.constrict(5), [w("tx", [0xa0, 0x0d, 0x00, 0x00, 0x05, 0xff])]],
      ["suction max", 5, cmd.constrict(9), [w("tx", [0xa0, 0x0d, 0x00, 0x00, 0x09, 0xff])]],
      ["heater on", 6, cmd.temperature(1), [w("tx", [0xa0, 0x04, 0x01, 0x00, 0x01, 0xff])]],
      ["heater off", 6, cmd.temperature(0), [w("tx", [0xa0, 0x04, 0x00, 0x00, 0x00, 0x00])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([
        motors(0, 0, 0, 0),
        w("tx", [0xa0, 0x0d, 0x00, 0x00, 0x00, 0xff]),
        w("tx", [0xa0, 0x04, 0x00, 0x00, 0x00, 0x00]),
      ]),
    );
  });

  test("Rainbow: the light switches with a0 14", async () => {
    const { handler } = await connect(joyhub, definitionFor("joyhub", "J-Rainbow"));
    expectSteps(handler, [
      ["light on", 6, cmd.led(1), [w("tx", [0xa0, 0x14, 0x01, 0x00, 0x01, 0xff])]],
      ["light off", 6, cmd.led(0), [w("tx", [0xa0, 0x14, 0x00, 0x00, 0x00, 0x00])]],
    ]);
  });

  test("a motor output outside FeatureIndex 0-3 is a device error", async () => {
    const { handler } = await connect(joyhub, definitionFor("joyhub"));
    expect(() => handler.output(5, cmd.vibrate(1))).toThrow(/FeatureIndex 0-3/);
  });

  describe("Dodge lube pump", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    test("a spray turns the pump on and the handler turns it off 1 s later through the link", async () => {
      const link = new FakeLink(["tx"]);
      const { handler } = await connect(joyhub, definitionFor("joyhub", "J-Dodge"), link);
      expectSteps(handler, [["spray", 7, cmd.spray(1), [w("tx", [0xa0, 0x24, 0x01, 0x00, 0x01, 0xff])]]]);
      jest.advanceTimersByTime(JOYHUB_SPRAY_MS - 1);
      expect(link.executed).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(plain(link.executed)).toEqual(plain([w("tx", [0xa0, 0x24, 0x00, 0x00, 0x00, 0x00])]));
    });

    test("spray 0 sends the off frame", async () => {
      const { handler } = await connect(joyhub, definitionFor("joyhub", "J-Dodge"), new FakeLink(["tx"]));
      expectSteps(handler, [["spray off", 7, cmd.spray(0), [w("tx", [0xa0, 0x24, 0x00, 0x00, 0x00, 0x00])]]]);
    });
  });
});
