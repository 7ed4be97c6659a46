import { hismith, hismithProtocolFor, LEGACY_HISMITH_MODELS } from "../../../runtime/hardware/protocols/hismith";
import { hismithMini } from "../../../runtime/hardware/protocols/hismith-mini";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

describe("hismith identification", () => {
  test.each([
    ["hismith", hismith],
    ["hismith-mini", hismithMini],
  ])("%s reads 128 bytes of rxblemodel and names the model in hex", async (_name, protocol) => {
    const link = new FakeLink(["tx", "rxblemodel"]).replyToRead("rxblemodel", [0x20, 0x01]);
    await expect(protocol.identify!(link)).resolves.toBe("2001");
    expect(link.executed).toEqual([{ kind: "read", endpoint: "rxblemodel", length: 128, timeoutMs: 500 }]);
  });

  test("the legacy model list is the reference server's", () => {
    expect([...LEGACY_HISMITH_MODELS].sort()).toEqual(["1001", "1002", "1003", "1006", "2001", "3001"]);
  });
});

describe("hismith (legacy aa frames)", () => {
  test("thrusting cup (2001): oscillate on slot 4, vibrator on slot 6 with f0 as off", async () => {
    const definition = definitionFor("hismith", "2001");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Oscillate: { Value: [0, 100] } },
      { Vibrate: { Value: [0, 1] } },
    ]);
    const { handler } = await connect(hismith, definition);
    expectSteps(handler, [
      ["oscillate mid", 0, cmd.oscillate(50), [w("tx", [0xaa, 0x04, 0x32, 0x36])]],
      ["oscillate 10", 0, cmd.oscillate(10), [w("tx", [0xaa, 0x04, 0x0a, 0x0e])]],
      ["oscillate max", 0, cmd.oscillate(100), [w("tx", [0xaa, 0x04, 0x64, 0x68])]],
      ["vibrator on", 1, cmd.vibrate(1), [w("tx", [0xaa, 0x06, 0x01, 0x07])]],
      ["vibrator off is f0", 1, cmd.vibrate(0), [w("tx", [0xaa, 0x06, 0xf0, 0xf6])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0xaa, 0x04, 0x00, 0x04]), w("tx", [0xaa, 0x06, 0xf0, 0xf6])]),
    );
  });

  test("Wildolo (3001): the vibrator at feature 0 uses slot 4 and 0 as off", async () => {
    const definition = definitionFor("hismith", "3001");
    const { handler } = await connect(hismith, definition);
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(50), [w("tx", [0xaa, 0x04, 0x32, 0x36])]],
      ["10", 0, cmd.vibrate(10), [w("tx", [0xaa, 0x04, 0x0a, 0x0e])]],
      ["max", 0, cmd.vibrate(100), [w("tx", [0xaa, 0x04, 0x64, 0x68])]],
      ["off", 0, cmd.vibrate(0), [w("tx", [0xaa, 0x04, 0x00, 0x04])]],
    ]);
  });

  test("a configured (legacy) model is not asked again at initialize", async () => {
    const link = new FakeLink(["tx", "rxblemodel"]);
    await connect(hismith, definitionFor("hismith", "1001"), link);
    expect(link.executed).toEqual([]);
  });

  test("an unrecognised model is read again at initialize; outside the legacy list it gets hismith-mini cc frames", async () => {
    const link = new FakeLink(["tx", "rxblemodel"]).replyToRead("rxblemodel", [0x10, 0x05]);
    const { handler } = await connect(hismith, definitionFor("hismith"), link);
    expect(link.executed).toEqual([{ kind: "read", endpoint: "rxblemodel", length: 128, timeoutMs: 500 }]);
    expectSteps(handler, [["oscillate mid", 0, cmd.oscillate(50), [w("tx", [0xcc, 0x03, 0x32, 0x35])]]]);
  });

  test("an unrecognised model that reads as legacy keeps the aa frames", async () => {
    const link = new FakeLink(["tx", "rxblemodel"]).replyToRead("rxblemodel", [0x10, 0x02]);
    const { handler } = await connect(hismith, definitionFor("hismith"), link);
    expectSteps(handler, [["oscillate mid", 0, cmd.oscillate(50), [w("tx", [0xaa, 0x04, 0x32, 0x36])]]]);
  });

  test("hismithProtocolFor names the protocol a model speaks", () => {
    expect(hismithProtocolFor("2001")).toBe("hismith");
    expect(hismithProtocolFor("1005")).toBe("hismith-mini");
  });
});

describe("hismith-mini (cc frames)", () => {
  test("sex machine (1005): oscillate on slot 3; stop is slot 3 at 0", async () => {
    const definition = definitionFor("hismith-mini", "1005");
    const { handler } = await connect(hismithMini, definition);
    expectSteps(handler, [
      ["mid", 0, cmd.oscillate(50), [w("tx", [0xcc, 0x03, 0x32, 0x35])]],
      ["10", 0, cmd.oscillate(10), [w("tx", [0xcc, 0x03, 0x0a, 0x0d])]],
      ["max", 0, cmd.oscillate(100), [w("tx", [0xcc, 0x03, 0x64, 0x67])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0xcc, 0x03, 0x00, 0x03])]));
  });

  test("Sinloli doll (2201): pump first is slot 3, lone vibrator is slot 5", async () => {
    const definition = definitionFor("hismith-mini", "2201");
    const { handler } = await connect(hismithMini, definition);
    expectSteps(handler, [
      ["pump mid", 0, cmd.constrict(50), [w("tx", [0xcc, 0x03, 0x32, 0x35])]],
      ["pump 10", 0, cmd.constrict(10), [w("tx", [0xcc, 0x03, 0x0a, 0x0d])]],
      ["vibrator mid", 1, cmd.vibrate(50), [w("tx", [0xcc, 0x05, 0x32, 0x37])]],
      ["vibrator max", 1, cmd.vibrate(100), [w("tx", [0xcc, 0x05, 0x64, 0x69])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0xcc, 0x03, 0x00, 0x03]), w("tx", [0xcc, 0x05, 0x00, 0x05])]),
    );
  });

  test("Sinloli Cosima (2204): a pump as the second feature is slot 5", async () => {
    const { handler } = await connect(hismithMini, definitionFor("hismith-mini", "2204"));
    expectSteps(handler, [
      ["oscillate mid", 0, cmd.oscillate(50), [w("tx", [0xcc, 0x03, 0x32, 0x35])]],
      ["pump max", 1, cmd.constrict(100), [w("tx", [0xcc, 0x05, 0x64, 0x69])]],
      ["pump off", 1, cmd.constrict(0), [w("tx", [0xcc, 0x05, 0x00, 0x05])]],
    ]);
  });

  test("Eropair rabbit (3101): dual vibrators are slot 3 (feature 0) and slot 5 (feature 1)", async () => {
    const { handler } = await connect(hismithMini, definitionFor("hismith-mini", "3101"));
    expectSteps(handler, [
      ["inner mid", 0, cmd.vibrate(50), [w("tx", [0xcc, 0x03, 0x32, 0x35])]],
      ["outer max", 1, cmd.vibrate(100), [w("tx", [0xcc, 0x05, 0x64, 0x69])]],
      ["inner off", 0, cmd.vibrate(0), [w("tx", [0xcc, 0x03, 0x00, 0x03])]],
    ]);
  });

  test("Sinloli Aston (2205): rotation is a speed frame then a direction frame (reference test case bytes)", async () => {
    const definition = definitionFor("hismith-mini", "2205");
    expect(definition.features[0].Output).toEqual({ Rotate: { Value: [-100, 100] } });
    const { handler } = await connect(hismithMini, definition);
    expectSteps(handler, [
      ["clockwise mid", 0, cmd.rotate(50), [w("tx", [0xcc, 0x03, 0x32, 0x35]), w("tx", [0xcc, 0x01, 0xc0, 0xc1])]],
      [
        "counterclockwise max",
        0,
        cmd.rotate(-100),
        [w("tx", [0xcc, 0x03, 0x64, 0x67]), w("tx", [0xcc, 0x01, 0xc1, 0xc2])],
      ],
      [
        "RotationWithDirection counterclockwise max",
        0,
        cmd.rotateWithDirection(100, false),
        [w("tx", [0xcc, 0x03, 0x64, 0x67]), w("tx", [0xcc, 0x01, 0xc1, 0xc2])],
      ],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0xcc, 0x03, 0x00, 0x03]), w("tx", [0xcc, 0x01, 0xc0, 0xc1])]),
    );
  });

  test("Piupiu (4002): spray sends the trigger frame; spray 0 (Stop) sends nothing rather than spraying", async () => {
    const definition = definitionFor("hismith-mini", "4002");
    const { handler } = await connect(hismithMini, definition);
    expectSteps(handler, [
      ["spray", 0, cmd.spray(1), [w("tx", [0xcc, 0x0b, 0x01, 0x0c])]],
      ["spray 0", 0, cmd.spray(0), []],
    ]);
    expect(stopCommands(handler, definition)).toEqual([]);
  });
});
