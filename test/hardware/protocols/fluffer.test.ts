import { createHash } from "node:crypto";
import {
  fluffer,
  FLUFFER_COMPANY,
  flufferAdvertisementBytes,
  flufferAuthFrame,
  flufferDecrypt,
  flufferEncrypt,
} from "../../../runtime/hardware/protocols/fluffer";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

describe("fluffer frames", () => {
  test("motor frames are AES-128-ECB encrypted (reference test case: vibrate 100, stop)", async () => {
    const definition = definitionFor("fluffer");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 100] } });
    const { handler } = await connect(fluffer, definition, new FakeLink(["tx", "rx"]));
    expectSteps(handler, [
      [
        "vibrate max",
        0,
        cmd.vibrate(100),
        [w("tx", [0x34, 0x86, 0x9a, 0x67, 0x7b, 0x8e, 0x6f, 0xa9, 0xe9, 0x2b, 0x53, 0xf8, 0x37, 0xc5, 0x25, 0x3c])],
      ],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([
        w("tx", [0xd3, 0xaf, 0x8c, 0xb6, 0xb5, 0x05, 0x3c, 0x01, 0x7e, 0xc0, 0xd3, 0x7f, 0x5b, 0x06, 0x44, 0x21]),
      ]),
    );
  });

  test("MotorBunny Classic (Fluffer): both motors in 82 0f 05 00 m0 m1 00 00; counterclockwise is 100 + speed", async () => {
    const definition = definitionFor("fluffer", "MBO");
    const { handler } = await connect(fluffer, definition, new FakeLink(["tx", "rx"]));
    const frame = (m0: number, m1: number) => w("tx", flufferEncrypt([0x82, 0x0f, 0x05, 0x00, m0, m1, 0x00, 0x00]));
    expectSteps(handler, [
      ["vibrate mid", 0, cmd.vibrate(50), [frame(50, 0)]],
      ["rotate clockwise max", 1, cmd.rotate(100), [frame(50, 100)]],
      ["rotate counterclockwise 30", 1, cmd.rotate(-30), [frame(50, 130)]],
      ["RotationWithDirection counterclockwise 30", 1, cmd.rotateWithDirection(30, false), [frame(50, 130)]],
    ]);
    const off = handler.output(0, cmd.vibrate(0))[0] as { data: Uint8Array };
    expect(flufferDecrypt(off.data)).toEqual([0x82, 0x0f, 0x05, 0x00, 0, 130, 0x00, 0x00]);
  });

  test("encrypt and decrypt are inverse; garbage does not decrypt", () => {
    expect(flufferDecrypt(flufferEncrypt([1, 2, 3]))).toEqual([1, 2, 3]);
    expect(flufferDecrypt([1, 2, 3])).toBeUndefined();
  });
});

describe("fluffer handshake", () => {
  // Advertisement bytes: company 4a 68, then data; key = 0x68 ^ first data byte.
  const data = [0x20, 0x11, 0x00, 0x48, 0x33, 0x99];
  const key = 0x68 ^ 0x20;

  test("the device bytes are the data after the key byte, XORed with the key except 0 and the key itself", () => {
    expect(flufferAdvertisementBytes([0x4a, 0x68, ...data])).toEqual([0x11 ^ key, 0x00, 0x48, 0x33 ^ key]);
  });

  test("subscribes, sends the encrypted challenge, checks the answer, then sends 82 0e 02 00 01", async () => {
    const link = new FakeLink(["tx", "rx"]);
    link.manufacturerData = [{ company: FLUFFER_COMPANY, data }];
    link.notify("rx", flufferEncrypt([0xa5, 0x01, 0x01, 0x00]));
    await connect(fluffer, definitionFor("fluffer"), link);
    expect(link.executed[0]).toEqual({ kind: "subscribe", endpoint: "rx" });
    const challenge = flufferDecrypt((link.executed[1] as { data: Uint8Array }).data)!;
    expect(challenge.slice(0, 3)).toEqual([0xa5, 0x01, 0x08]);
    const random = challenge.slice(3, 7);
    const digest = createHash("sha256")
      .update(Uint8Array.from([...random, ...flufferAdvertisementBytes([0x4a, 0x68, ...data])]))
      .digest();
    expect(challenge.slice(7)).toEqual(Array.from(digest.subarray(0, 4)));
    expect(challenge).toEqual(flufferAuthFrame(random, flufferAdvertisementBytes([0x4a, 0x68, ...data])));
    expect(plain(link.executed.slice(2))).toEqual(plain([w("tx", flufferEncrypt([0x82, 0x0e, 0x02, 0x00, 0x01]))]));
  });

  test("a wrong answer fails initialization", async () => {
    const link = new FakeLink(["tx", "rx"]);
    link.manufacturerData = [{ company: FLUFFER_COMPANY, data }];
    link.notify("rx", flufferEncrypt([0xa5, 0x01, 0x00, 0x00]));
    await expect(connect(fluffer, definitionFor("fluffer"), link)).rejects.toThrow(/security handshake/);
  });

  test("without Fluffer manufacturer data there is no handshake", async () => {
    const link = new FakeLink(["tx", "rx"]);
    await connect(fluffer, definitionFor("fluffer"), link);
    expect(link.executed).toEqual([{ kind: "subscribe", endpoint: "rx" }]);
  });
});
