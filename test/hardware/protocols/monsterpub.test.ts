import { monsterpub, monsterpubAuth } from "../../../runtime/hardware/protocols/monsterpub";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

describe("monsterpub identification", () => {
  test("reads 32 bytes of rxblemodel as a UTF-8 name without NULs", async () => {
    const link = new FakeLink(["rxblemodel", "tx"]).replyToRead("rxblemodel", [
      ...Buffer.from("MP_SUCKBANG_P5"),
      0,
      0,
      0,
    ]);
    await expect(monsterpub.identify!(link)).resolves.toBe("MP_SUCKBANG_P5");
    expect(link.executed).toEqual([{ kind: "read", endpoint: "rxblemodel", length: 32, timeoutMs: 500 }]);
  });

  test("a failed read names the device Unknown; a non-UTF-8 name is a device error", async () => {
    await expect(monsterpub.identify!(new FakeLink(["rxblemodel"]))).resolves.toBe("Unknown");
    await expect(
      monsterpub.identify!(new FakeLink(["rxblemodel"]).replyToRead("rxblemodel", [0xff, 0xfe])),
    ).rejects.toThrow(/not UTF-8/);
  });
});

describe("monsterpub authentication", () => {
  test("answers bytes 1-15 of the challenge XOR the key chosen by byte 0", () => {
    const challenge = [1, ...Array.from({ length: 15 }, (_, i) => i)];
    const key = [0x4c, 0x53, 0x42, 0x42];
    expect(monsterpubAuth(challenge).slice(0, 4)).toEqual([0 ^ key[0], 1 ^ key[1], 2 ^ key[2], 3 ^ key[3]]);
    expect(monsterpubAuth(challenge)).toHaveLength(15);
    expect(() => monsterpubAuth([7, 0, 0])).toThrow(/unknown authentication key 7/);
  });

  test("a device with rx is challenged at initialize and answered on rx with response", async () => {
    const challenge = [0, ...Array<number>(15).fill(0)];
    const link = new FakeLink(["rx", "txvibrate"]).replyToRead("rx", challenge);
    await connect(monsterpub, definitionFor("monsterpub", "MP2_JK_N_P1"), link);
    expect(plain(link.executed)).toEqual(
      plain([
        { kind: "read", endpoint: "rx", length: 16, timeoutMs: 200 },
        w("rx", [0x32, 0x49, 0x50, 0x4f, 0x32, 0x49, 0x50, 0x4f, 0x32, 0x49, 0x50, 0x4f, 0x32, 0x49, 0x50], true),
      ]),
    );
  });
});

describe("monsterpub outputs", () => {
  test("txvibrate devices get every level in one frame", async () => {
    const definition = definitionFor("monsterpub", "MP2_JK_N_P1");
    const { handler } = await connect(monsterpub, definition, new FakeLink(["txvibrate", "tx", "txmode"]));
    expectSteps(handler, [
      ["motor 0 mid", 0, cmd.vibrate(50), [w("txvibrate", [50, 0])]],
      ["motor 1 max", 1, cmd.vibrate(100), [w("txvibrate", [50, 100])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("txvibrate", [0, 100]), w("txvibrate", [0, 0])]));
  });

  test("tx devices write levels to tx, and all-off to txmode with response", async () => {
    const definition = definitionFor("monsterpub", "MP_SUCKBANG_P5");
    const { handler } = await connect(monsterpub, definition, new FakeLink(["tx", "txmode"]));
    expectSteps(handler, [
      ["oscillate mid", 0, cmd.oscillate(50), [w("tx", [50, 0])]],
      ["vibrate max", 1, cmd.vibrate(100), [w("tx", [50, 100])]],
      ["oscillate off", 0, cmd.oscillate(0), [w("tx", [0, 100])]],
      ["all off goes to txmode", 1, cmd.vibrate(0), [w("txmode", [0, 0], true)]],
    ]);
  });

  test("generic0 devices (Tracy's Dog) get the levels after a 03", async () => {
    const definition = definitionFor("monsterpub", "TDG_CRAYBIT_PT");
    const { handler } = await connect(monsterpub, definition, new FakeLink(["generic0"]));
    expectSteps(handler, [
      ["motor 2 max", 2, cmd.vibrate(100), [w("generic0", [0x03, 0, 0, 100])]],
      ["motor 0 mid", 0, cmd.vibrate(50), [w("generic0", [0x03, 50, 0, 100])]],
    ]);
    expect(() => handler.output(3, cmd.vibrate(1))).toThrow(/3 outputs/);
  });
});
