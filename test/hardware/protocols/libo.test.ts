import { liboElle } from "../../../runtime/hardware/protocols/libo-elle";
import { liboShark } from "../../../runtime/hardware/protocols/libo-shark";
import { liboVibes } from "../../../runtime/hardware/protocols/libo-vibes";
import { cmd, connect, definitionFor, definitionWith, expectSteps, plain, stopCommands, w } from "./byte-protocol-kit";

describe("libo-elle", () => {
  test("feature 0 writes its level as one byte to txmode (0, mid, max of [0,3])", async () => {
    const definition = definitionFor("libo-elle", "PiPiJing");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 3] } });
    const { handler } = await connect(liboElle, definition);
    expectSteps(handler, [
      ["off", 0, cmd.vibrate(0), [w("txmode", [0x00])]],
      ["mid", 0, cmd.vibrate(2), [w("txmode", [0x02])]],
      ["max", 0, cmd.vibrate(3), [w("txmode", [0x03])]],
    ]);
  });

  test("feature 1 packs the level into the high nibble with mode 1 (levels 1-7) or mode 4 (from 8) on tx", async () => {
    const definition = definitionWith("libo-elle", [
      { index: 0, output: { vibrate: { value: [0, 3] } } },
      { index: 1, output: { vibrate: { value: [0, 15] } } },
    ]);
    const { handler } = await connect(liboElle, definition);
    expectSteps(handler, [
      ["off", 1, cmd.vibrate(0), [w("tx", [0x00])]],
      ["level 1 is mode 1, step 0", 1, cmd.vibrate(1), [w("tx", [0x01])]],
      ["level 7 is mode 1, step 6", 1, cmd.vibrate(7), [w("tx", [0x61])]],
      ["level 8 is mode 4, step 0", 1, cmd.vibrate(8), [w("tx", [0x04])]],
      ["level 15 is mode 4, step 7", 1, cmd.vibrate(15), [w("tx", [0x74])]],
    ]);
  });

  test("stop writes 0 to txmode; other output types are device errors", async () => {
    const definition = definitionFor("libo-elle");
    const { handler } = await connect(liboElle, definition);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("txmode", [0])]));
    expect(() => handler.output(0, cmd.rotate(1))).toThrow(/libo-elle.*Rotate.*FeatureIndex 0/);
  });
});

describe("libo-shark", () => {
  test("both motors travel in one byte: feature 0 high nibble, feature 1 low nibble, last levels kept", async () => {
    const definition = definitionFor("libo-shark");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 3] } },
      { Vibrate: { Value: [0, 3] } },
    ]);
    const { handler } = await connect(liboShark, definition);
    expectSteps(handler, [
      ["motor 0 to max", 0, cmd.vibrate(3), [w("tx", [0x30])]],
      ["motor 1 to mid keeps motor 0", 1, cmd.vibrate(2), [w("tx", [0x32])]],
      ["motor 0 off keeps motor 1", 0, cmd.vibrate(0), [w("tx", [0x02])]],
      ["motor 1 to max", 1, cmd.vibrate(3), [w("tx", [0x03])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [0x03]), w("tx", [0x00])]));
  });
});

describe("libo-vibes", () => {
  test("single-motor device: level to tx; off also clears txmode", async () => {
    const definition = definitionFor("libo-vibes", "XiaoLu");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 100] } });
    const { handler } = await connect(liboVibes, definition);
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(50), [w("tx", [0x32])]],
      ["max", 0, cmd.vibrate(100), [w("tx", [0x64])]],
      ["off", 0, cmd.vibrate(0), [w("tx", [0x00]), w("txmode", [0x00])]],
    ]);
  });

  test("two-motor device (Libo LaLa): second motor's level goes to txmode; stop clears both", async () => {
    const definition = definitionFor("libo-vibes", "BaiHu");
    expect(definition.features[1].Output).toEqual({ Vibrate: { Value: [0, 3] } });
    const { handler } = await connect(liboVibes, definition);
    expectSteps(handler, [
      ["motor 1 off", 1, cmd.vibrate(0), [w("txmode", [0x00])]],
      ["motor 1 mid", 1, cmd.vibrate(2), [w("txmode", [0x02])]],
      ["motor 1 max", 1, cmd.vibrate(3), [w("txmode", [0x03])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0x00]), w("txmode", [0x00]), w("txmode", [0x00])]),
    );
  });
});
