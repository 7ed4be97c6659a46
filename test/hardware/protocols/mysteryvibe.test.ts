import { MYSTERYVIBE_COMMAND_DELAY_MS, mysteryvibe } from "../../../runtime/hardware/protocols/mysteryvibe";
import { mysteryvibeV2 } from "../../../runtime/hardware/protocols/mysteryvibe-v2";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

const vibes = (...levels: number[]) => w("txvibrate", levels);

describe("mysteryvibe", () => {
  test("initialize writes 43 02 00 to txmode with response", async () => {
    const link = new FakeLink(["txmode", "txvibrate"]);
    await connect(mysteryvibe, definitionFor("mysteryvibe", "MV Crescendo"), link);
    expect(plain(link.executed)).toEqual(plain([w("txmode", [0x43, 0x02, 0x00], true)]));
  });

  test("Crescendo: six motor levels in one txvibrate frame, each kept (reference test case bytes)", async () => {
    const definition = definitionFor("mysteryvibe", "MV Crescendo");
    expect(definition.features).toHaveLength(6);
    const { handler } = await connect(mysteryvibe, definition, new FakeLink(["txmode", "txvibrate"]));
    expectSteps(handler, [
      ["motor 0 mid", 0, cmd.vibrate(28), [vibes(28, 0, 0, 0, 0, 0)]],
      ["motor 5 max", 5, cmd.vibrate(56), [vibes(28, 0, 0, 0, 0, 56)]],
      ["motor 0 off", 0, cmd.vibrate(0), [vibes(0, 0, 0, 0, 0, 56)]],
    ]);
    expect(plain(stopCommands(handler, definition).slice(-1))).toEqual(plain([vibes(0, 0, 0, 0, 0, 0)]));
  });

  test("Poco has two motors, so its frame is two bytes", async () => {
    const definition = definitionFor("mysteryvibe", "MV Poco     ");
    const { handler } = await connect(mysteryvibe, definition, new FakeLink(["txmode", "txvibrate"]));
    expectSteps(handler, [["motor 1 max", 1, cmd.vibrate(56), [vibes(0, 56)]]]);
    expect(() => handler.output(2, cmd.vibrate(1))).toThrow(/2 motors/);
  });

  test("keepalive repeats the current frame every 93 ms, all zeros before any command", async () => {
    const { handler } = await connect(
      mysteryvibe,
      definitionFor("mysteryvibe", "MV Crescendo"),
      new FakeLink(["txmode", "txvibrate"]),
    );
    expect(MYSTERYVIBE_COMMAND_DELAY_MS).toBe(93);
    const before = handler.keepalive!()!;
    expect(before.intervalMs).toBe(93);
    expect(plain(before.commands)).toEqual(plain([vibes(0, 0, 0, 0, 0, 0)]));
    handler.output(2, cmd.vibrate(30));
    expect(plain(handler.keepalive!()!.commands)).toEqual(plain([vibes(0, 0, 30, 0, 0, 0)]));
  });
});

describe("mysteryvibe-v2", () => {
  test("initialize writes 03 02 40 to txmode with response, then speaks the mysteryvibe frames", async () => {
    const link = new FakeLink(["txmode", "txvibrate"]);
    const definition = definitionFor("mysteryvibe-v2", "6909 MV1");
    const { handler } = await connect(mysteryvibeV2, definition, link);
    expect(plain(link.executed)).toEqual(plain([w("txmode", [0x03, 0x02, 0x40], true)]));
    expectSteps(handler, [
      ["motor 3 max", 3, cmd.vibrate(56), [vibes(0, 0, 0, 56)]],
      ["motor 0 mid", 0, cmd.vibrate(28), [vibes(28, 0, 0, 56)]],
    ]);
    expect(plain(handler.keepalive!()!.commands)).toEqual(plain([vibes(28, 0, 0, 56)]));
    expect(plain(stopCommands(handler, definition).slice(-1))).toEqual(plain([vibes(0, 0, 0, 0)]));
  });

  test("Molto has one motor", async () => {
    const { handler } = await connect(
      mysteryvibeV2,
      definitionFor("mysteryvibe-v2", "6915 MV1"),
      new FakeLink(["txmode", "txvibrate"]),
    );
    expectSteps(handler, [["max", 0, cmd.vibrate(56), [vibes(56)]]]);
  });
});
