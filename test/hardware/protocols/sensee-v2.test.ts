import { senseeV2 } from "../../../runtime/hardware/protocols/sensee-v2";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

/** The Capsule's model read, from the reference server's device test case. */
const CAPSULE_MODEL = [0x55, 0xaa, 0xf0, 0x02, 0x01, 0x0a, 0x66, 0xfa, 0x01, 0x00, 0x00, 0x01, 0xff, 0x05, 0xa6];

describe("sensee-v2", () => {
  test("initialize reads 128 bytes of tx for the device type", async () => {
    const link = new FakeLink(["tx", "rx"]).replyToRead("tx", CAPSULE_MODEL);
    await connect(senseeV2, definitionFor("sensee-v2", "CCPA10S2"), link);
    expect(link.executed).toEqual([{ kind: "read", endpoint: "tx", length: 128, timeoutMs: 500 }]);
  });

  test("Capsule: every command sends both groups, vibrator (0) and suction (2), device type 66 (reference test case)", async () => {
    const definition = definitionFor("sensee-v2", "CCPA10S2");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 100] } },
      { Constrict: { Value: [0, 100] } },
    ]);
    const { handler } = await connect(
      senseeV2,
      definition,
      new FakeLink(["tx", "rx"]).replyToRead("tx", CAPSULE_MODEL),
    );
    const frame = (vibe: number, suck: number) =>
      w("tx", [
        0x55,
        0xaa,
        0xf0,
        0x02,
        0x00,
        0x0d,
        0x66,
        0xf1,
        0x02,
        0x00,
        0x01,
        0x01,
        vibe,
        0x02,
        0x01,
        0x01,
        suck,
        0x00,
        0x00,
      ]);
    expectSteps(handler, [
      ["vibrate mid", 0, cmd.vibrate(50), [frame(0x32, 0x00)]],
      ["vibrate 90", 0, cmd.vibrate(90), [frame(0x5a, 0x00)]],
      ["suction mid keeps the vibrator", 1, cmd.constrict(50), [frame(0x5a, 0x32)]],
      ["vibrate off keeps suction", 0, cmd.vibrate(0), [frame(0x00, 0x32)]],
      ["suction max", 1, cmd.constrict(100), [frame(0x00, 0x64)]],
    ]);
    expect(plain(stopCommands(handler, definition).slice(-1))).toEqual(plain([frame(0x00, 0x00)]));
  });

  test("a model read without a type byte uses type 65; Markel has three groups", async () => {
    const definition = definitionFor("sensee-v2", "CCPB22S5");
    const { handler } = await connect(
      senseeV2,
      definition,
      new FakeLink(["tx", "rx"]).replyToRead("tx", [0x55, 0xaa, 0xf0, 0x02, 0x01, 0x0a, 0x00]),
    );
    const body = [0x03, 0x00, 0x01, 0x01, 0x00, 0x01, 0x01, 0x01, 0x40, 0x02, 0x01, 0x01, 0x00];
    expectSteps(handler, [
      [
        "thrust 64",
        1,
        cmd.oscillate(64),
        [w("tx", [0x55, 0xaa, 0xf0, 0x02, 0x00, 0x04 + body.length, 0x65, 0xf1, ...body, 0x00, 0x00])],
      ],
    ]);
    expect(() => handler.output(0, cmd.oscillate(1))).toThrow(/FeatureIndex 0/);
  });
});
