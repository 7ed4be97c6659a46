import { motorbunny } from "../../../runtime/hardware/protocols/motorbunny";
import { cmd, connect, definitionFor, expectSteps, plain, stopCommands, w } from "./byte-protocol-kit";

const repeat = (pair: number[]) => Array.from({ length: 7 }, () => pair).flat();

describe("motorbunny", () => {
  const definition = definitionFor("motorbunny", "MB Controller");

  test("the config gives a vibrator [0,255] and a signed rotator [-255,255]", () => {
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 255] } },
      { Rotate: { Value: [-255, 255] } },
    ]);
  });

  test("vibrate: ff, seven (level 14) pairs, byte sum, ec; off is its own frame (reference test case bytes)", async () => {
    const { handler } = await connect(motorbunny, definition);
    expectSteps(handler, [
      ["mid (128)", 0, cmd.vibrate(128), [w("tx", [0xff, ...repeat([0x80, 0x14]), 0x0c, 0xec])]],
      ["192", 0, cmd.vibrate(192), [w("tx", [0xff, ...repeat([0xc0, 0x14]), 0xcc, 0xec])]],
      ["max (255)", 0, cmd.vibrate(255), [w("tx", [0xff, ...repeat([0xff, 0x14]), 0x85, 0xec])]],
      ["off", 0, cmd.vibrate(0), [w("tx", [0xf0, 0x00, 0x00, 0x00, 0x00, 0xec])]],
    ]);
  });

  test("rotate: af, seven (direction level) pairs with 2a clockwise / 29 counterclockwise, byte sum, ec", async () => {
    const { handler } = await connect(motorbunny, definition);
    expectSteps(handler, [
      ["clockwise 128", 1, cmd.rotate(128), [w("tx", [0xaf, ...repeat([0x2a, 0x80]), 0xa6, 0xec])]],
      ["counterclockwise 192", 1, cmd.rotate(-192), [w("tx", [0xaf, ...repeat([0x29, 0xc0]), 0x5f, 0xec])]],
      [
        "RotationWithDirection counterclockwise 192",
        1,
        cmd.rotateWithDirection(192, false),
        [w("tx", [0xaf, ...repeat([0x29, 0xc0]), 0x5f, 0xec])],
      ],
      ["clockwise max", 1, cmd.rotate(255), [w("tx", [0xaf, ...repeat([0x2a, 0xff]), 0x1f, 0xec])]],
      ["off", 1, cmd.rotate(0), [w("tx", [0xa0, 0x00, 0x00, 0x00, 0x00, 0xec])]],
    ]);
  });

  test("stop sends the vibrator and rotator off frames", async () => {
    const { handler } = await connect(motorbunny, definition);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0xf0, 0x00, 0x00, 0x00, 0x00, 0xec]), w("tx", [0xa0, 0x00, 0x00, 0x00, 0x00, 0xec])]),
    );
  });
});
