/**
 * Protocols with a connect handshake, a repeated frame, several outputs in one frame or a
 * computed value: bananasome, cowgirl, cowgirl-cone, loob, foreo, jejoue, mizzzee-v3. Expected
 * bytes match the reference server's device test cases for the same values.
 */
import { bananasome } from "../../../runtime/hardware/protocols/bananasome";
import { cowgirl } from "../../../runtime/hardware/protocols/cowgirl";
import { COWGIRL_CONE_STARTUP_MS, cowgirlCone } from "../../../runtime/hardware/protocols/cowgirl-cone";
import { foreo, foreoMode } from "../../../runtime/hardware/protocols/foreo";
import { jejoue } from "../../../runtime/hardware/protocols/jejoue";
import { loob } from "../../../runtime/hardware/protocols/loob";
import { MIZZZEE_V3_COMMAND_DELAY_MS, mizzzeeV3, mizzzeeV3Frame } from "../../../runtime/hardware/protocols/mizzzee-v3";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

describe("bananasome", () => {
  test("oscillator and two vibrators share a0 03 m0 m1 m2, each level kept", async () => {
    const definition = definitionFor("bananasome");
    expect(definition.features.map((f) => Object.keys(f.Output ?? {}))).toEqual([
      ["Oscillate"],
      ["Vibrate"],
      ["Vibrate"],
    ]);
    const { handler } = await connect(bananasome, definition);
    expectSteps(handler, [
      ["vibrator 1 mid", 1, cmd.vibrate(128), [w("tx", [0xa0, 0x03, 0x00, 0x80, 0x00])]],
      ["vibrator 2 mid", 2, cmd.vibrate(128), [w("tx", [0xa0, 0x03, 0x00, 0x80, 0x80])]],
      ["oscillator 192", 0, cmd.oscillate(192), [w("tx", [0xa0, 0x03, 0xc0, 0x80, 0x80])]],
      ["vibrator 2 max", 2, cmd.vibrate(255), [w("tx", [0xa0, 0x03, 0xc0, 0x80, 0xff])]],
    ]);
    expect(plain(stopCommands(handler, definition).slice(-1))).toEqual(
      plain([w("tx", [0xa0, 0x03, 0x00, 0x00, 0x00])]),
    );
    expect(() => handler.output(3, cmd.vibrate(1))).toThrow(/FeatureIndex 0-2/);
  });
});

describe("cowgirl", () => {
  test("vibration and rotation share 00 01 vibrate rotate, with response", async () => {
    const definition = definitionFor("cowgirl", "THE COWGIRL");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 255] } },
      { Rotate: { Value: [0, 255] } },
    ]);
    const { handler } = await connect(cowgirl, definition);
    expectSteps(handler, [
      ["vibrate mid", 0, cmd.vibrate(128), [w("tx", [0x00, 0x01, 0x80, 0x00], true)]],
      ["vibrate 192", 0, cmd.vibrate(192), [w("tx", [0x00, 0x01, 0xc0, 0x00], true)]],
      ["rotate mid keeps vibration", 1, cmd.rotate(128), [w("tx", [0x00, 0x01, 0xc0, 0x80], true)]],
      ["rotate max", 1, cmd.rotate(255), [w("tx", [0x00, 0x01, 0xc0, 0xff], true)]],
    ]);
    // One frame holds both outputs: the stop's two frames batch into the last one (reference).
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0x00, 0x01, 0x00, 0x00], true)]));
  });
});

describe("cowgirl-cone", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("initialize writes aa 56 00 00 and only finishes after the 3 s start-up", async () => {
    const link = new FakeLink(["tx"]);
    const handler = cowgirlCone.create(definitionFor("cowgirl-cone", "CG-CONE"));
    let done = false;
    const init = handler.initialize!(link).then(() => (done = true));
    await jest.advanceTimersByTimeAsync(COWGIRL_CONE_STARTUP_MS - 1);
    expect(plain(link.executed)).toEqual(plain([w("tx", [0xaa, 0x56, 0x00, 0x00])]));
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await init;
    expect(done).toBe(true);
  });

  test("vibrate f1 01 level 00 over [0,128]", () => {
    const definition = definitionFor("cowgirl-cone", "CG-CONE");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 128] } });
    const handler = cowgirlCone.create(definition);
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(64), [w("tx", [0xf1, 0x01, 0x40, 0x00])]],
      ["max", 0, cmd.vibrate(128), [w("tx", [0xf1, 0x01, 0x80, 0x00])]],
      ["off", 0, cmd.vibrate(0), [w("tx", [0xf1, 0x01, 0x00, 0x00])]],
    ]);
  });
});

describe("loob", () => {
  test("initialize writes 00 01 01 f4 with response", async () => {
    const link = new FakeLink(["tx"]);
    await connect(loob, definitionFor("loob"), link);
    expect(plain(link.executed)).toEqual(plain([w("tx", [0x00, 0x01, 0x01, 0xf4], true)]));
  });

  test("moves are position and duration as big-endian 16-bit, position clamped to 1…1000, duration at least 1", async () => {
    const definition = definitionFor("loob");
    expect(definition.features[0].Output).toEqual({
      HwPositionWithDuration: { Value: [0, 1000], Duration: [0, 100000] },
    });
    const { handler } = await connect(loob, definition);
    expectSteps(handler, [
      ["510 over 200 ms", 0, cmd.hwPosition(510, 200), [w("tx", [0x01, 0xfe, 0x00, 0xc8])]],
      ["max over 50 ms", 0, cmd.hwPosition(1000, 50), [w("tx", [0x03, 0xe8, 0x00, 0x32])]],
      ["0 is raised to 1", 0, cmd.hwPosition(0, 500), [w("tx", [0x00, 0x01, 0x01, 0xf4])]],
      ["0 ms is raised to 1", 0, cmd.hwPosition(500, 0), [w("tx", [0x01, 0xf4, 0x00, 0x01])]],
    ]);
    expect(stopCommands(handler, definition)).toEqual([]);
  });
});

describe("foreo", () => {
  test.each([
    ["FOFO", 1],
    ["UFO 2", 1],
    ["LUNA play smart 2", 3],
    ["LUNA PLAYSMART2", 3],
    ["LUNA 3", 0],
    ["BEAR", 0],
  ])("mode byte for %s is %i", (name, mode) => {
    expect(foreoMode(name)).toBe(mode);
  });

  test("01 mode level with response, the mode taken from the connected device's name", async () => {
    const definition = definitionFor("foreo", "FOFO");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 10] } });
    const { handler } = await connect(foreo, definition, new FakeLink(["tx"], "FOFO"));
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(5), [w("tx", [0x01, 0x01, 0x05], true)]],
      ["8", 0, cmd.vibrate(8), [w("tx", [0x01, 0x01, 0x08], true)]],
      ["max", 0, cmd.vibrate(10), [w("tx", [0x01, 0x01, 0x0a], true)]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0x01, 0x01, 0x00], true)]));
  });

  test("a LUNA 3 uses mode 0", async () => {
    const { handler } = await connect(foreo, definitionFor("foreo", "LUNA 3"), new FakeLink(["tx"], "LUNA 3"));
    expectSteps(handler, [["max", 0, cmd.vibrate(10), [w("tx", [0x01, 0x00, 0x0a], true)]]]);
  });
});

describe("jejoue", () => {
  test("one level on tx: pattern 2 for motor 1, 3 for motor 2 alone, 01 00 when both are off", async () => {
    const definition = definitionFor("jejoue");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 5] } },
      { Vibrate: { Value: [0, 5] } },
    ]);
    const { handler } = await connect(jejoue, definition);
    expectSteps(handler, [
      ["motor 1 mid", 0, cmd.vibrate(3), [w("tx", [2, 3])]],
      ["motor 1 max", 0, cmd.vibrate(5), [w("tx", [2, 5])]],
      ["motor 2 too: motor 1 still wins", 1, cmd.vibrate(2), [w("tx", [2, 5])]],
      ["motor 1 off: motor 2 alone", 0, cmd.vibrate(0), [w("tx", [3, 2])]],
      ["both off", 1, cmd.vibrate(0), [w("tx", [1, 0])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [1, 0]), w("tx", [1, 0])]));
  });
});

describe("mizzzee-v3", () => {
  const frame = (lo: number, hi: number) => [
    3,
    18,
    243,
    0,
    252,
    0,
    254,
    64,
    1,
    lo,
    hi,
    0,
    252,
    0,
    254,
    64,
    1,
    lo,
    hi,
    0,
  ];
  const off = [3, 18, ...Array<number>(18).fill(0)];

  test("levels 0, 500 and 1000 give the reference test case's frames, with response", async () => {
    const definition = definitionFor("mizzzee-v3");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 1000] } });
    const { handler } = await connect(mizzzeeV3, definition);
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(500), [w("tx", frame(60, 166), true)]],
      ["max", 0, cmd.vibrate(1000), [w("tx", frame(252, 255), true)]],
      ["off", 0, cmd.vibrate(0), [w("tx", off, true)]],
    ]);
  });

  test("the power is the level scaled to 0.3…1.0 of 1023 (32-bit float), shifted left 6, low bits 3c", () => {
    // 1/1000 → 0.3007 × 1023 = 307.6 → 307 → 307 << 6 | 60 = 0x4cfc
    expect(mizzzeeV3Frame(1).slice(9, 11)).toEqual([0xfc, 0x4c]);
    // 250 → 0.475 × 1023 = 485.9 → 485 → 0x797c
    expect(mizzzeeV3Frame(250).slice(9, 11)).toEqual([0x7c, 0x79]);
  });

  test("keepalive repeats the last frame every 200 ms, the off frame before any command", async () => {
    const { handler } = await connect(mizzzeeV3, definitionFor("mizzzee-v3"));
    expect(handler.keepalive!()!.intervalMs).toBe(MIZZZEE_V3_COMMAND_DELAY_MS);
    expect(plain(handler.keepalive!()!.commands)).toEqual(plain([w("tx", off, true)]));
    handler.output(0, cmd.vibrate(500));
    expect(plain(handler.keepalive!()!.commands)).toEqual(plain([w("tx", frame(60, 166), true)]));
  });
});
