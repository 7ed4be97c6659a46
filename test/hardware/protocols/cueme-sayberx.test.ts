/**
 * cueme and sayberx: devices of the official config that the reference server has no encoding
 * for; bytes follow STPIHKAL (and, for Cueme's motor switching, Buttplug's earlier C# server).
 */
import { CUEME_SWITCH_MS, cueme, cuemeIdentifier } from "../../../runtime/hardware/protocols/cueme";
import { sayberx } from "../../../runtime/hardware/protocols/sayberx";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

describe("sayberx", () => {
  test("AT+SPD<level>0 on tx", async () => {
    const definition = definitionFor("sayberx", "SayberX");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 4] } });
    const { handler } = await connect(sayberx, definition);
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(2), [w("tx", "AT+SPD20")]],
      ["max", 0, cmd.vibrate(4), [w("tx", "AT+SPD40")]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", "AT+SPD00")]));
  });
});

describe("cueme", () => {
  test.each([
    ["FUNCODE_EBD8A0CFE5E0_3", "3"],
    ["FUNCODE_EBD8A0CFE5E0_1", "1"],
    ["FUNCODE_X", undefined],
  ])("the name %s identifies configuration %s", async (name, identifier) => {
    expect(cuemeIdentifier(name)).toBe(identifier);
    await expect(cueme.identify!(new FakeLink(["tx"], name))).resolves.toBe(identifier);
  });

  test("one byte (motor << 4) | level, 00 for off", async () => {
    const definition = definitionFor("cueme", "3");
    expect(definition.features).toHaveLength(4);
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 15] } });
    const { handler } = await connect(cueme, definition, new FakeLink(["tx"]));
    expectSteps(handler, [
      ["motor 1 mid", 0, cmd.vibrate(8), [w("tx", [0x18])]],
      ["motor 1 max", 0, cmd.vibrate(15), [w("tx", [0x1f])]],
      ["motor 1 off", 0, cmd.vibrate(0), [w("tx", [0x00])]],
      ["motor 4 max", 3, cmd.vibrate(15), [w("tx", [0x4f])]],
    ]);
  });

  test("with several motors on, the update loop switches to the next running one every 500 ms", async () => {
    const definition = definitionFor("cueme", "3");
    const { handler } = await connect(cueme, definition, new FakeLink(["tx"]));
    expect(handler.keepalive!()).toEqual({ intervalMs: CUEME_SWITCH_MS, commands: [], updateLoop: true });
    handler.output(0, cmd.vibrate(5));
    expect(handler.keepalive!()!.commands).toEqual([]);
    handler.output(2, cmd.vibrate(9));
    const ticks = [1, 2, 3].map(() => plain(handler.keepalive!()!.commands));
    expect(ticks).toEqual([plain([w("tx", [0x15])]), plain([w("tx", [0x39])]), plain([w("tx", [0x15])])]);
  });

  test("stop: a still-running motor takes over, then 00 once all are off", async () => {
    const definition = definitionFor("cueme", "3");
    const { handler } = await connect(cueme, definition, new FakeLink(["tx"]));
    handler.output(0, cmd.vibrate(5));
    handler.output(1, cmd.vibrate(3));
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0x23]), w("tx", [0x00]), w("tx", [0x00]), w("tx", [0x00])]),
    );
  });
});
