/**
 * Protocols with a connect handshake or a shared frame: amorelie-joy, feelingso, wetoy,
 * lovedistance, cupido, leten, lioness. Expected bytes match the reference server's device test
 * cases for the same values where it has them.
 */
import { amorelieJoy } from "../../../runtime/hardware/protocols/amorelie-joy";
import { cupido } from "../../../runtime/hardware/protocols/cupido";
import { feelingso } from "../../../runtime/hardware/protocols/feelingso";
import { LETEN_COMMAND_DELAY_MS, leten } from "../../../runtime/hardware/protocols/leten";
import { lioness } from "../../../runtime/hardware/protocols/lioness";
import { lovedistance } from "../../../runtime/hardware/protocols/lovedistance";
import { wetoy } from "../../../runtime/hardware/protocols/wetoy";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

describe("amorelie-joy", () => {
  test("initialize writes 03; levels are 01 01 level", async () => {
    const definition = definitionFor("amorelie-joy", "4D01");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 100] } });
    const link = new FakeLink(["tx", "rx"]);
    const { handler } = await connect(amorelieJoy, definition, link);
    expect(plain(link.executed)).toEqual(plain([w("tx", [0x03])]));
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(50), [w("tx", [0x01, 0x01, 0x32])]],
      ["max", 0, cmd.vibrate(100), [w("tx", [0x01, 0x01, 0x64])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0x01, 0x01, 0x00])]));
  });
});

describe("feelingso", () => {
  test("vibrator and oscillator share aa 40 03 vibrate oscillate 14 19", async () => {
    const definition = definitionFor("feelingso");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 19] } },
      { Oscillate: { Value: [0, 19] } },
    ]);
    const { handler } = await connect(feelingso, definition);
    expectSteps(handler, [
      ["vibrate mid", 0, cmd.vibrate(10), [w("tx", [0xaa, 0x40, 0x03, 0x0a, 0x00, 0x14, 0x19])]],
      ["vibrate 15", 0, cmd.vibrate(15), [w("tx", [0xaa, 0x40, 0x03, 0x0f, 0x00, 0x14, 0x19])]],
      ["oscillate mid keeps vibration", 1, cmd.oscillate(10), [w("tx", [0xaa, 0x40, 0x03, 0x0f, 0x0a, 0x14, 0x19])]],
      ["vibrate off keeps oscillation", 0, cmd.vibrate(0), [w("tx", [0xaa, 0x40, 0x03, 0x00, 0x0a, 0x14, 0x19])]],
      ["oscillate max", 1, cmd.oscillate(19), [w("tx", [0xaa, 0x40, 0x03, 0x00, 0x13, 0x14, 0x19])]],
    ]);
    expect(plain(stopCommands(handler, definition).slice(-1))).toEqual(
      plain([w("tx", [0xaa, 0x40, 0x03, 0x00, 0x00, 0x14, 0x19])]),
    );
  });
});

describe("wetoy", () => {
  test("initialize and level 0 write 80 03; levels 1-3 are b2 level-1; all with response", async () => {
    const definition = definitionFor("wetoy");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 3] } });
    const link = new FakeLink(["tx"]);
    const { handler } = await connect(wetoy, definition, link);
    expect(plain(link.executed)).toEqual(plain([w("tx", [0x80, 0x03], true)]));
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(2), [w("tx", [0xb2, 0x01], true)]],
      ["max", 0, cmd.vibrate(3), [w("tx", [0xb2, 0x02], true)]],
      ["lowest", 0, cmd.vibrate(1), [w("tx", [0xb2, 0x00], true)]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0x80, 0x03], true)]));
  });
});

describe("lovedistance", () => {
  test("initialize writes f3 00 00 then f4 01; levels are f3 00 level", async () => {
    const definition = definitionFor("lovedistance", "REACH");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 121] } });
    const link = new FakeLink(["tx", "rx"]);
    const { handler } = await connect(lovedistance, definition, link);
    expect(plain(link.executed)).toEqual(plain([w("tx", [0xf3, 0x00, 0x00]), w("tx", [0xf4, 0x01])]));
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(60), [w("tx", [0xf3, 0x00, 0x3c])]],
      ["max", 0, cmd.vibrate(121), [w("tx", [0xf3, 0x00, 0x79])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0xf3, 0x00, 0x00])]));
  });
});

describe("cupido", () => {
  test("b0 03 00 00 00 level aa", async () => {
    const definition = definitionFor("cupido");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 255] } });
    const { handler } = await connect(cupido, definition);
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(128), [w("tx", [0xb0, 0x03, 0x00, 0x00, 0x00, 0x80, 0xaa])]],
      ["192", 0, cmd.vibrate(192), [w("tx", [0xb0, 0x03, 0x00, 0x00, 0x00, 0xc0, 0xaa])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0xb0, 0x03, 0x00, 0x00, 0x00, 0x00, 0xaa])]),
    );
  });
});

describe("leten", () => {
  test("initialize writes 04 01 with response; levels are 02 level with response", async () => {
    const definition = definitionFor("leten");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 25] } });
    const link = new FakeLink(["tx", "rx"]);
    const { handler } = await connect(leten, definition, link);
    expect(plain(link.executed)).toEqual(plain([w("tx", [0x04, 0x01], true)]));
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(13), [w("tx", [0x02, 0x0d], true)]],
      ["19", 0, cmd.vibrate(19), [w("tx", [0x02, 0x13], true)]],
      ["max", 0, cmd.vibrate(25), [w("tx", [0x02, 0x19], true)]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0x02, 0x00], true)]));
  });

  test("keepalive repeats the last frame every second, 02 00 before any command", async () => {
    const { handler } = await connect(leten, definitionFor("leten"), new FakeLink(["tx", "rx"]));
    expect(handler.keepalive!()!.intervalMs).toBe(LETEN_COMMAND_DELAY_MS);
    expect(plain(handler.keepalive!()!.commands)).toEqual(plain([w("tx", [0x02, 0x00], true)]));
    handler.output(0, cmd.vibrate(7));
    expect(plain(handler.keepalive!()!.commands)).toEqual(plain([w("tx", [0x02, 0x07], true)]));
  });
});

describe("lioness", () => {
  test("initialize subscribes to rx, then writes 01 aa aa bb cc 10 with response; levels are 02 aa bb cc cc level", async () => {
    const definition = definitionFor("lioness");
    const link = new FakeLink(["tx", "rx"]);
    const { handler } = await connect(lioness, definition, link);
    expect(plain(link.executed)).toEqual(
      plain([{ kind: "subscribe", endpoint: "rx" }, w("tx", [0x01, 0xaa, 0xaa, 0xbb, 0xcc, 0x10], true)]),
    );
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(50), [w("tx", [0x02, 0xaa, 0xbb, 0xcc, 0xcc, 0x32])]],
      ["max", 0, cmd.vibrate(100), [w("tx", [0x02, 0xaa, 0xbb, 0xcc, 0xcc, 0x64])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0x02, 0xaa, 0xbb, 0xcc, 0xcc, 0x00])]));
  });

  test("a refused start frame is a device error telling the user to pair with PIN 6496", async () => {
    const link = new FakeLink(["tx", "rx"]);
    const execute = link.execute.bind(link);
    link.execute = (c) => (c.kind === "write" ? Promise.reject(new Error("GATT write failed")) : execute(c));
    await expect(lioness.create(definitionFor("lioness")).initialize!(link)).rejects.toThrow(/pairing.*6496.*006496/);
  });
});
