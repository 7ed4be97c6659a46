/**
 * sexverse-v1 (all motors in one xor-checked frame), tryfun-meta2 (counter, check byte, signed
 * rotation) and ankni (CRC handshake). Expected bytes are the reference server's device test
 * case bytes for the same values.
 */
import { ankni, crc16 } from "../../../runtime/hardware/protocols/ankni";
import { sexverseV1 } from "../../../runtime/hardware/protocols/sexverse-v1";
import { tryfunMeta2 } from "../../../runtime/hardware/protocols/tryfun-meta2";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

describe("sexverse-v1", () => {
  test("Rex: 23 07 03 81 03 level xor", async () => {
    const definition = definitionFor("sexverse-v1", "Rex");
    const { handler } = await connect(sexverseV1, definition);
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(128), [w("tx", [0x23, 0x07, 0x03, 0x81, 0x03, 0x80, 0x25])]],
      ["192", 0, cmd.vibrate(192), [w("tx", [0x23, 0x07, 0x03, 0x81, 0x03, 0xc0, 0x65])]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", [0x23, 0x07, 0x03, 0x81, 0x03, 0x00, 0xa5])]),
    );
  });

  test("Cali: vibrator (type 03) and pump (type 04) in every frame", async () => {
    const definition = definitionFor("sexverse-v1", "Cali");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 255] } },
      { Constrict: { Value: [0, 255] } },
    ]);
    const { handler } = await connect(sexverseV1, definition);
    const frame = (v: number, c: number, x: number) => w("tx", [0x23, 0x07, 0x06, 0x81, 0x03, v, 0x82, 0x04, c, x]);
    expectSteps(handler, [
      ["vibrate mid", 0, cmd.vibrate(128), [frame(0x80, 0x00, 0xa6)]],
      ["vibrate 192", 0, cmd.vibrate(192), [frame(0xc0, 0x00, 0xe6)]],
      ["pump mid keeps the vibrator", 1, cmd.constrict(128), [frame(0xc0, 0x80, 0x66)]],
      ["vibrate off keeps the pump", 0, cmd.vibrate(0), [frame(0x00, 0x80, 0xa6)]],
    ]);
    expect(plain(stopCommands(handler, definition).slice(-1))).toEqual(plain([frame(0x00, 0x00, 0x26)]));
  });

  test("Olis: two vibrators and a rotator (type 06)", async () => {
    const definition = definitionFor("sexverse-v1", "Olis");
    const { handler } = await connect(sexverseV1, definition);
    const frame = (a: number, b: number, r: number, x: number) =>
      w("tx", [0x23, 0x07, 0x09, 0x81, 0x03, a, 0x82, 0x03, b, 0x83, 0x06, r, x]);
    expectSteps(handler, [
      ["vibrator 1 mid", 0, cmd.vibrate(128), [frame(0x80, 0x00, 0x00, 0x2b)]],
      ["vibrator 1 192", 0, cmd.vibrate(192), [frame(0xc0, 0x00, 0x00, 0x6b)]],
      ["vibrator 2 mid", 1, cmd.vibrate(128), [frame(0xc0, 0x80, 0x00, 0xeb)]],
    ]);
    const fresh = await connect(sexverseV1, definition);
    expectSteps(fresh.handler, [["rotator mid", 2, cmd.rotate(128), [frame(0x00, 0x00, 0x80, 0x2b)]]]);
    expect(plain(stopCommands(fresh.handler, definition).slice(-1))).toEqual(plain([frame(0x00, 0x00, 0x00, 0xab)]));
  });
});

describe("tryfun-meta2", () => {
  test("counter-stamped frames with check byte; rotation clockwise is -(speed+1) (reference test case sequence)", async () => {
    const definition = definitionFor("tryfun-meta2");
    expect(definition.features.map((f) => f.Output)).toEqual([
      { Oscillate: { Value: [0, 100] } },
      { Vibrate: { Value: [0, 100] } },
      { Rotate: { Value: [-100, 100] } },
    ]);
    const { handler } = await connect(tryfunMeta2, definition);
    const f = (id: number, kind: number, value: number, check: number) => [
      w("tx", [id, 0x02, 0x00, 0x05, 0x21, 0x05, kind, value, check]),
    ];
    expectSteps(handler, [
      ["stroker max", 0, cmd.oscillate(100), f(0x00, 0x0b, 0x64, 0x6b)],
      ["vibrator max", 1, cmd.vibrate(100), f(0x01, 0x08, 0x64, 0x6e)],
      ["rotate clockwise max", 2, cmd.rotate(100), f(0x02, 0x0e, 0x9b, 0x31)],
      ["rotate counterclockwise max", 2, cmd.rotateWithDirection(100, false), f(0x03, 0x0e, 0x64, 0x68)],
      ["rotate counterclockwise mid", 2, cmd.rotate(-50), f(0x04, 0x0e, 0x32, 0x9a)],
      ["stroker mid", 0, cmd.oscillate(50), f(0x05, 0x0b, 0x32, 0x9d)],
      ["vibrator mid", 1, cmd.vibrate(50), f(0x06, 0x08, 0x32, 0xa0)],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([...f(0x07, 0x0b, 0x00, 0xcf), ...f(0x08, 0x08, 0x00, 0xd2), ...f(0x09, 0x0e, 0xff, 0xcd)]),
    );
  });
});

describe("ankni", () => {
  test("a 6-byte PnP reading gets the handshake with the CRC check byte (reference test case: c1)", async () => {
    expect(crc16([0x01, 0xa2, 0x31, 0x35, 0x53, 0x52, 0xd8]) >> 8).toBe(0xc1);
    const link = new FakeLink(["tx", "generic0"]).replyToRead("generic0", [0xa2, 0x31, 0x35, 0x53, 0x52, 0xd8]);
    await connect(ankni, definitionFor("ankni"), link);
    expect(plain(link.executed)).toEqual(
      plain([
        { kind: "read", endpoint: "generic0", length: 16, timeoutMs: 100 },
        w("tx", Array<number>(20).fill(0x01), true),
        w("tx", [0x01, 0x02, ...Array<number>(16).fill(0xc1), 0x00, 0x00], true),
      ]),
    );
  });

  test("a longer PnP reading means no handshake", async () => {
    const link = new FakeLink(["tx", "generic0"]).replyToRead("generic0", [0x01, 0xa6, 0x01, 0x00, 0x00, 0x01, 0x16]);
    await connect(ankni, definitionFor("ankni"), link);
    expect(link.executed).toEqual([{ kind: "read", endpoint: "generic0", length: 16, timeoutMs: 100 }]);
  });

  test("crc16 is CRC-16/XMODEM", () => {
    expect(crc16(Array.from(Buffer.from("123456789")))).toBe(0x31c3);
  });

  test("levels are 03 12 level padded to 20 bytes, with response", async () => {
    const definition = definitionFor("ankni");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 3] } });
    const { handler } = await connect(
      ankni,
      definition,
      new FakeLink(["tx", "generic0"]).replyToRead("generic0", [1, 2, 3, 4, 5, 6, 7]),
    );
    const frame = (level: number) => w("tx", [0x03, 0x12, level, ...Array<number>(17).fill(0)], true);
    expectSteps(handler, [
      ["mid", 0, cmd.vibrate(2), [frame(2)]],
      ["max", 0, cmd.vibrate(3), [frame(3)]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([frame(0)]));
  });
});
