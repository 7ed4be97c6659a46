/**
 * Protocols that keep state between commands (several outputs in one frame, a last position, a
 * repeated frame) or map values through a formula. Expected bytes follow the reference server's
 * device test cases where it has them (itoys, nexus-revo, serveu, sexverse-lg389).
 */
import { htkBm } from "../../../runtime/hardware/protocols/htk_bm";
import { itoys } from "../../../runtime/hardware/protocols/itoys";
import { nexusRevo } from "../../../runtime/hardware/protocols/nexus-revo";
import { serveu, serveuSpeed } from "../../../runtime/hardware/protocols/serveu";
import { sexverseLg389 } from "../../../runtime/hardware/protocols/sexverse-lg389";
import { SEXVERSE_V3_COMMAND_DELAY_MS, sexverseV3 } from "../../../runtime/hardware/protocols/sexverse-v3";
import { cmd, connect, definitionFor, expectSteps, plain, stopCommands, w } from "./byte-protocol-kit";

describe("htk_bm", () => {
  test("two on/off motors become one mode byte: 0b both, 0c left, 0d right, 0f none", async () => {
    const definition = definitionFor("htk_bm");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 1] } },
      { Vibrate: { Value: [0, 1] } },
    ]);
    const { handler } = await connect(htkBm, definition);
    expectSteps(handler, [
      ["left on", 0, cmd.vibrate(1), [w("tx", [0x0c])]],
      ["both on", 1, cmd.vibrate(1), [w("tx", [0x0b])]],
      ["left off", 0, cmd.vibrate(0), [w("tx", [0x0d])]],
      ["right off", 1, cmd.vibrate(0), [w("tx", [0x0f])]],
    ]);
    expect(() => handler.output(2, cmd.vibrate(1))).toThrow(/FeatureIndex 0 and 1/);
  });
});

describe("itoys", () => {
  test("Twinkling Stars: vibrate a0 01 … level ff; oscillate a0 06 on 00 on level", async () => {
    const definition = definitionFor("itoys", "SML-2310-SZ-B");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 3] } },
      { Oscillate: { Value: [0, 255] } },
    ]);
    const { handler } = await connect(itoys, definition);
    expectSteps(handler, [
      ["vibrate mid", 0, cmd.vibrate(2), [w("tx", [0xa0, 0x01, 0x00, 0x00, 0x02, 0xff])]],
      ["vibrate max", 0, cmd.vibrate(3), [w("tx", [0xa0, 0x01, 0x00, 0x00, 0x03, 0xff])]],
      ["oscillate 230", 1, cmd.oscillate(230), [w("tx", [0xa0, 0x06, 0x01, 0x00, 0x01, 0xe6])]],
      ["oscillate max", 1, cmd.oscillate(255), [w("tx", [0xa0, 0x06, 0x01, 0x00, 0x01, 0xff])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0xa0, 0x01, 0x00, 0x00, 0x00, 0xff]), w("tx", [0xa0, 0x06, 0x00, 0x00, 0x00, 0x00])]),
    );
  });
});

describe("nexus-revo", () => {
  test("vibrate aa 01 01 00 01 level; rotate aa 01 02 00 speed(+2 clockwise) 00; all with response", async () => {
    const definition = definitionFor("nexus-revo");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 10] } },
      { Rotate: { Value: [-2, 2] } },
    ]);
    const { handler } = await connect(nexusRevo, definition);
    expectSteps(handler, [
      ["vibrate mid", 0, cmd.vibrate(5), [w("tx", [0xaa, 0x01, 0x01, 0x00, 0x01, 0x05], true)]],
      ["vibrate max", 0, cmd.vibrate(10), [w("tx", [0xaa, 0x01, 0x01, 0x00, 0x01, 0x0a], true)]],
      ["clockwise 1", 1, cmd.rotate(1), [w("tx", [0xaa, 0x01, 0x02, 0x00, 0x03, 0x00], true)]],
      ["counterclockwise max", 1, cmd.rotate(-2), [w("tx", [0xaa, 0x01, 0x02, 0x00, 0x02, 0x00], true)]],
      [
        "RotationWithDirection clockwise max",
        1,
        cmd.rotateWithDirection(2, true),
        [w("tx", [0xaa, 0x01, 0x02, 0x00, 0x04, 0x00], true)],
      ],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0xaa, 0x01, 0x01, 0x00, 0x01, 0x00], true), w("tx", [0xaa, 0x01, 0x02, 0x00, 0x00, 0x00], true)]),
    );
  });
});

describe("serveu", () => {
  test("01 position speed, the speed worked out from the distance to the last position (reference test case)", async () => {
    const definition = definitionFor("serveu");
    expect(definition.features[0].Output).toEqual({
      HwPositionWithDuration: { Value: [0, 100], Duration: [0, 100000] },
    });
    const { handler } = await connect(serveu, definition);
    expectSteps(handler, [
      ["0→30 in 1000 ms: 30 u/s", 0, cmd.hwPosition(30, 1000), [w("tx", [0x01, 30, 15])]],
      ["30→80 in 200 ms: 250 u/s", 0, cmd.hwPosition(80, 200), [w("tx", [0x01, 80, 75])]],
      ["80→100 in 10 ms: 2000 u/s", 0, cmd.hwPosition(100, 10), [w("tx", [0x01, 100, 250])]],
      ["no movement is speed 0", 0, cmd.hwPosition(100, 500), [w("tx", [0x01, 100, 0])]],
      ["100→0 in 0 ms is the top speed", 0, cmd.hwPosition(0, 0), [w("tx", [0x01, 0, 0xfa])]],
    ]);
    expect(stopCommands(handler, definition)).toEqual([]);
  });

  test.each([
    [0, 1, 1000, 1], // 1 u/s → ceil(0.5)
    [0, 100, 2000, 25], // 50 u/s → 25
    [0, 51, 1000, 26], // 51 u/s → 25 + ceil(0.25)
    [0, 75, 100, 200], // 750 u/s → 25 + 175
    [0, 76, 100, 201], // 760 u/s → 200 + ceil(0.4)
    [0, 100, 40, 250], // 2500 u/s → fa
  ])("serveuSpeed(%i → %i in %i ms) = %i", (from, to, ms, speed) => {
    expect(serveuSpeed(from, to, ms)).toBe(speed);
  });
});

describe("sexverse-lg389", () => {
  test("vibrator and oscillator share aa 05 vibe 14 anchor 00 range 00 osc 00, with response", async () => {
    const definition = definitionFor("sexverse-lg389");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 3] } },
      { Oscillate: { Value: [0, 10] } },
    ]);
    const { handler } = await connect(sexverseLg389, definition);
    const frame = (vibe: number, anchor: number, range: number, osc: number) =>
      w("tx", [0xaa, 0x05, vibe, 0x14, anchor, 0x00, range, 0x00, osc, 0x00], true);
    expectSteps(handler, [
      ["vibrate mid", 0, cmd.vibrate(2), [frame(2, 0, 0, 0)]],
      ["vibrate max", 0, cmd.vibrate(3), [frame(3, 0, 0, 0)]],
      ["oscillate 8 sets anchor 1 and range 4, vibrator kept", 1, cmd.oscillate(8), [frame(3, 1, 4, 8)]],
      ["oscillate max", 1, cmd.oscillate(10), [frame(3, 1, 4, 10)]],
    ]);
    // One frame holds both outputs: the stop batches into the last one (reference).
    expect(plain(stopCommands(handler, definition))).toEqual(plain([frame(0, 0, 0, 0)]));
  });
});

describe("sexverse-v3", () => {
  test("a1 04 level FeatureIndex+1, with response", async () => {
    const definition = definitionFor("sexverse-v3", "TAY001");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 20] } });
    const { handler } = await connect(sexverseV3, definition);
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(10), [w("tx", [0xa1, 0x04, 0x0a, 0x01], true)]],
      ["max", 0, cmd.vibrate(20), [w("tx", [0xa1, 0x04, 0x14, 0x01], true)]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0xa1, 0x04, 0x00, 0x01], true)]));
  });

  test("keepalive repeats the last frame every 100 ms (nothing before the stop on connect), as the reference's repeat-last-packet", async () => {
    const definition = definitionFor("sexverse-v3", "TA-S001A");
    const { handler } = await connect(sexverseV3, definition);
    const before = handler.keepalive!()!;
    expect(before.intervalMs).toBe(SEXVERSE_V3_COMMAND_DELAY_MS);
    expect(before.commands).toEqual([]);
    expect(before.repeatsLastPacket).toBe(true);
    handler.output(0, cmd.vibrate(7));
    expect(plain(handler.keepalive!()!.commands)).toEqual(plain([w("tx", [0xa1, 0x04, 0x07, 0x01], true)]));
  });

  test("the Zeus oscillator (feature 1) gets the same frame (the reference server has none), so Stop covers it", async () => {
    const definition = definitionFor("sexverse-v3", "TA-S001A");
    expect(definition.features[1].Output).toEqual({ Oscillate: { Value: [0, 20] } });
    const { handler } = await connect(sexverseV3, definition);
    expectSteps(handler, [["oscillate mid", 1, cmd.oscillate(10), [w("tx", [0xa1, 0x04, 0x0a, 0x02], true)]]]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0xa1, 0x04, 0x00, 0x01], true), w("tx", [0xa1, 0x04, 0x00, 0x02], true)]),
    );
  });
});
