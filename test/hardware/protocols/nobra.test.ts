import { nobra } from "../../../runtime/hardware/protocols/nobra";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

describe("nobra", () => {
  const definition = definitionFor("nobra");

  test("initialize writes the off byte 70 to tx, without response", async () => {
    const link = new FakeLink(["tx"]);
    await connect(nobra, definition, link);
    expect(plain(link.executed)).toEqual(plain([w("tx", [0x70])]));
  });

  test("levels 1-15 are 60+level, 0 is 70 (reference test case bytes)", async () => {
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 15] } });
    const { handler } = await connect(nobra, definition, new FakeLink(["tx"]));
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(8), [w("tx", [0x68])]],
      ["12", 0, cmd.vibrate(12), [w("tx", [0x6c])]],
      ["max", 0, cmd.vibrate(15), [w("tx", [0x6f])]],
      ["off", 0, cmd.vibrate(0), [w("tx", [0x70])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0x70])]));
  });
});
