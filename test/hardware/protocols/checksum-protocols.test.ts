/**
 * Protocols with counters, check bytes, obfuscation or timed re-sends: tryfun-blackhole, tryfun,
 * luvmazer, sexverse-v2, hgod, galaku-pump. Expected bytes are the reference server's device test
 * case bytes for the same values.
 */
import { galakuEncrypt, galakuPump } from "../../../runtime/hardware/protocols/galaku-pump";
import { HGOD_COMMAND_DELAY_MS, hgod } from "../../../runtime/hardware/protocols/hgod";
import { luvmazer } from "../../../runtime/hardware/protocols/luvmazer";
import { sexverseV2 } from "../../../runtime/hardware/protocols/sexverse-v2";
import { tryfun } from "../../../runtime/hardware/protocols/tryfun";
import { tryfunBlackhole } from "../../../runtime/hardware/protocols/tryfun-blackhole";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

describe("tryfun-blackhole", () => {
  test("frames carry a packet counter and a check byte (reference test case sequence)", async () => {
    const definition = definitionFor("tryfun-blackhole");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Oscillate: { Value: [0, 100] } },
      { Vibrate: { Value: [0, 100] } },
    ]);
    const { handler } = await connect(tryfunBlackhole, definition);
    expectSteps(handler, [
      ["stroker max, packet 0", 0, cmd.oscillate(100), [w("tx", [0x00, 0x02, 0x00, 0x03, 0x0c, 0x64, 0x90])]],
      ["vibrator max, packet 1", 1, cmd.vibrate(100), [w("tx", [0x01, 0x02, 0x00, 0x03, 0x09, 0x64, 0x93])]],
      ["stroker mid, packet 2", 0, cmd.oscillate(50), [w("tx", [0x02, 0x02, 0x00, 0x03, 0x0c, 0x32, 0xc2])]],
      ["vibrator mid, packet 3", 1, cmd.vibrate(50), [w("tx", [0x03, 0x02, 0x00, 0x03, 0x09, 0x32, 0xc5])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0x04, 0x02, 0x00, 0x03, 0x0c, 0x00, 0xf4]), w("tx", [0x05, 0x02, 0x00, 0x03, 0x09, 0x00, 0xf7])]),
    );
  });

  test("the packet counter wraps from 255 to 0", async () => {
    const { handler } = await connect(tryfunBlackhole, definitionFor("tryfun-blackhole"));
    for (let i = 0; i < 256; i++) handler.output(1, cmd.vibrate(1));
    expect(Array.from((handler.output(0, cmd.oscillate(100))[0] as { data: Uint8Array }).data)).toEqual([
      0x00, 0x02, 0x00, 0x03, 0x0c, 0x64, 0x90,
    ]);
  });
});

describe("tryfun", () => {
  test("Yuan: stroker aa 02 07 level check, rotator aa 02 08 level check, with response", async () => {
    const definition = definitionFor("tryfun");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Oscillate: { Value: [0, 9] } },
      { Rotate: { Value: [0, 9] } },
    ]);
    const { handler } = await connect(tryfun, definition);
    expectSteps(handler, [
      ["stroker mid", 0, cmd.oscillate(5), [w("tx", [0xaa, 0x02, 0x07, 0x05, 0xf4], true)]],
      ["stroker 1", 0, cmd.oscillate(1), [w("tx", [0xaa, 0x02, 0x07, 0x01, 0xf8], true)]],
      ["rotator mid", 1, cmd.rotate(5), [w("tx", [0xaa, 0x02, 0x08, 0x05, 0xf3], true)]],
      ["rotator max", 1, cmd.rotate(9), [w("tx", [0xaa, 0x02, 0x08, 0x09, 0xef], true)]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0xaa, 0x02, 0x07, 0x00, 0xf9], true), w("tx", [0xaa, 0x02, 0x08, 0x00, 0xf8], true)]),
    );
  });

  test("Surge Pro: vibrator 00 02 00 05 on level 01 off fd-level, with response", async () => {
    const definition = definitionFor("tryfun", "TF-SPRAY");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 4] } });
    const { handler } = await connect(tryfun, definition);
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(2), [w("tx", [0x00, 0x02, 0x00, 0x05, 0x02, 0x02, 0x01, 0x00, 0xfb], true)]],
      ["max", 0, cmd.vibrate(4), [w("tx", [0x00, 0x02, 0x00, 0x05, 0x02, 0x04, 0x01, 0x00, 0xf9], true)]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0x00, 0x02, 0x00, 0x05, 0x01, 0x02, 0x01, 0x01, 0xfc], true)]),
    );
  });
});

describe("luvmazer", () => {
  test("Finger Magic: vibrate a0 01 00 index 64 level, rotate a0 0f 00 00 64 level", async () => {
    const definition = definitionFor("luvmazer", "TKLM-W001-BT");
    const { handler } = await connect(luvmazer, definition);
    expectSteps(handler, [
      ["vibrate mid", 0, cmd.vibrate(128), [w("tx", [0xa0, 0x01, 0x00, 0x00, 0x64, 0x80])]],
      ["vibrate 26", 0, cmd.vibrate(26), [w("tx", [0xa0, 0x01, 0x00, 0x00, 0x64, 0x1a])]],
      ["rotate mid", 1, cmd.rotate(128), [w("tx", [0xa0, 0x0f, 0x00, 0x00, 0x64, 0x80])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0xa0, 0x01, 0x00, 0x00, 0x64, 0x00]), w("tx", [0xa0, 0x0f, 0x00, 0x00, 0x64, 0x00])]),
    );
  });

  test("Interstellar: second vibrator index, oscillate a0 06 01 00 64 level, suction a0 0d 00 00 14 level", async () => {
    const definition = definitionFor("luvmazer", "TKLM-C004-BT");
    expect(definition.features[2].Output).toEqual({ Constrict: { Value: [0, 54] } });
    const { handler } = await connect(luvmazer, definition);
    expectSteps(handler, [
      ["oscillate max", 1, cmd.oscillate(255), [w("tx", [0xa0, 0x06, 0x01, 0x00, 0x64, 0xff])]],
      ["suction mid", 2, cmd.constrict(27), [w("tx", [0xa0, 0x0d, 0x00, 0x00, 0x14, 0x1b])]],
      ["suction off", 2, cmd.constrict(0), [w("tx", [0xa0, 0x0d, 0x00, 0x00, 0x00, 0x00])]],
    ]);
    const ring = await connect(luvmazer, definitionFor("luvmazer", "TKLM-C003-BT"));
    expectSteps(ring.handler, [
      ["second vibrator", 1, cmd.vibrate(255), [w("tx", [0xa0, 0x01, 0x00, 0x01, 0x64, 0xff])]],
    ]);
  });
});

describe("sexverse-v2", () => {
  test("initialize writes aa 04; frames aa 03 01 index+1 64 level; all with response (Nolan test case)", async () => {
    const definition = definitionFor("sexverse-v2");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 20] } },
      { Oscillate: { Value: [0, 20] } },
    ]);
    const link = new FakeLink(["tx"]);
    const { handler } = await connect(sexverseV2, definition, link);
    expect(plain(link.executed)).toEqual(plain([w("tx", [0xaa, 0x04], true)]));
    expectSteps(handler, [
      ["vibrate mid", 0, cmd.vibrate(10), [w("tx", [0xaa, 0x03, 0x01, 0x01, 0x64, 0x0a], true)]],
      ["vibrate 15", 0, cmd.vibrate(15), [w("tx", [0xaa, 0x03, 0x01, 0x01, 0x64, 0x0f], true)]],
      ["oscillate mid", 1, cmd.oscillate(10), [w("tx", [0xaa, 0x03, 0x01, 0x02, 0x64, 0x0a], true)]],
      ["oscillate max", 1, cmd.oscillate(20), [w("tx", [0xaa, 0x03, 0x01, 0x02, 0x64, 0x14], true)]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0xaa, 0x03, 0x01, 0x01, 0x64, 0x00], true), w("tx", [0xaa, 0x03, 0x01, 0x02, 0x64, 0x00], true)]),
    );
  });
});

describe("hgod", () => {
  test("commands send nothing; the keepalive update loop sends 55 04 00 00 00 level every 100 ms while above 0", async () => {
    const definition = definitionFor("hgod");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 10] } });
    const { handler } = await connect(hgod, definition);
    expect(handler.keepalive!()).toEqual({ intervalMs: HGOD_COMMAND_DELAY_MS, commands: [], updateLoop: true });
    expectSteps(handler, [["mid", 0, cmd.vibrate(5), []]]);
    expect(plain(handler.keepalive!()!.commands)).toEqual(plain([w("tx", [0x55, 0x04, 0, 0, 0, 5])]));
    handler.output(0, cmd.vibrate(10));
    expect(plain(handler.keepalive!()!.commands)).toEqual(plain([w("tx", [0x55, 0x04, 0, 0, 0, 10])]));
    expect(stopCommands(handler, definition)).toEqual([]);
    expect(handler.keepalive!()!.commands).toEqual([]);
  });
});

describe("galaku-pump", () => {
  const head = [0x23, 0x81, 0xbb, 0xab, 0xd2, 0x9b, 0x44];

  test("stroker and vibrator share one obfuscated frame, with response (Nebula test case)", async () => {
    const definition = definitionFor("galaku-pump", "V415");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Oscillate: { Value: [0, 100] } },
      { Vibrate: { Value: [0, 100] } },
    ]);
    const { handler } = await connect(galakuPump, definition);
    expectSteps(handler, [
      ["vibrator mid", 1, cmd.vibrate(50), [w("tx", [...head, 0x33, 0xed, 0x43, 0x3b, 0x44], true)]],
      ["stroker 75 keeps the vibrator", 0, cmd.oscillate(75), [w("tx", [...head, 0x6a, 0x25, 0x43, 0x3b, 0x81], true)]],
    ]);
    expect(plain(stopCommands(handler, definition).slice(-1))).toEqual(
      plain([w("tx", [...head, 0x33, 0xbb, 0xa3, 0x3b, 0xd2], true)]),
    );
  });

  test("galakuEncrypt keeps the first byte and chains each key row on the previous output byte", () => {
    // Row for byte 1 = 0x23 & 3 = 3 → k = 0xc5: ((0xc5 ^ 0x23) ^ 0x5a) + 0xc5 = 0x81 (mod 256)
    expect(galakuEncrypt([0x23, 0x5a])).toEqual([0x23, 0x81]);
  });
});
