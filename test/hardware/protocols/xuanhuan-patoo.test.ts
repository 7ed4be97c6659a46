/**
 * xuanhuan (repeated level) and patoo (name → identifier, level + mode on two endpoints).
 * Expected bytes match the reference server's device test case for xuanhuan.
 */
import { patoo, patooIdentifier } from "../../../runtime/hardware/protocols/patoo";
import { XUANHUAN_COMMAND_DELAY_MS, xuanhuan } from "../../../runtime/hardware/protocols/xuanhuan";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

describe("xuanhuan", () => {
  test("03 02 00 level with response, repeated every 300 ms by an update loop while above 0", async () => {
    const definition = definitionFor("xuanhuan");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 10] } });
    const { handler } = await connect(xuanhuan, definition);
    expect(handler.keepalive!()).toEqual({ intervalMs: XUANHUAN_COMMAND_DELAY_MS, commands: [], updateLoop: true });
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(5), [w("tx", [0x03, 0x02, 0x00, 0x05], true)]],
      ["1", 0, cmd.vibrate(1), [w("tx", [0x03, 0x02, 0x00, 0x01], true)]],
      ["max", 0, cmd.vibrate(10), [w("tx", [0x03, 0x02, 0x00, 0x0a], true)]],
    ]);
    expect(plain(handler.keepalive!()!.commands)).toEqual(plain([w("tx", [0x03, 0x02, 0x00, 0x0a], true)]));
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0x03, 0x02, 0x00, 0x00], true)]));
    expect(handler.keepalive!()!.commands).toEqual([]);
  });
});

describe("patoo", () => {
  test.each([
    ["PBT1234", "PBT"],
    ["PTVEA", "PTVEA"],
    ["PCS7", "PCS"],
  ])("the name %s identifies configuration %s", async (name, identifier) => {
    expect(patooIdentifier(name)).toBe(identifier);
    await expect(patoo.identify!(new FakeLink(["tx", "txmode"], name))).resolves.toBe(identifier);
  });

  test("Devil: motor 1's level with mode 04, else motor 2's with mode 80, 00 when off; both with response", async () => {
    const definition = definitionFor("patoo", "PBT");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 100] } },
      { Vibrate: { Value: [0, 100] } },
    ]);
    const { handler } = await connect(patoo, definition);
    const frame = (level: number, mode: number) => [w("tx", [level], true), w("txmode", [mode], true)];
    expectSteps(handler, [
      ["motor 2 mid alone", 1, cmd.vibrate(50), frame(50, 0x80)],
      ["motor 1 max wins", 0, cmd.vibrate(100), frame(100, 0x04)],
      ["motor 1 off: motor 2 again", 0, cmd.vibrate(0), frame(50, 0x80)],
      ["both off", 1, cmd.vibrate(0), frame(0, 0x00)],
    ]);
    // Each endpoint's packet holds both motors: the stop batches into one of each (reference).
    expect(plain(stopCommands(handler, definition))).toEqual(plain(frame(0, 0x00)));
  });
});
