import { stopCommands } from "./byte-protocol-kit";
import { leloF1s } from "../../../runtime/hardware/protocols/lelo-f1s";
import { leloF1sv2, f1sv2AuthState } from "../../../runtime/hardware/protocols/lelo-f1sv2";
import { leloHarmony, harmonyAuthState } from "../../../runtime/hardware/protocols/lelo-harmony";
import { FakeLink, definitionFor, out, rotate, show, vibrate, w } from "./support";

const PASSWORD = [1, 2, 3, 4, 5, 6, 8];

describe("lelo-f1s", () => {
  it("subscribes to rx on init", async () => {
    const link = new FakeLink("F1s", ["tx", "rx"]);
    await leloF1s.create(definitionFor("lelo-f1s")).initialize!(link);
    expect(link.shown()).toEqual(["subscribe rx"]);
  });

  it("sends 01 <motor 1> <motor 2> without response (reference test case)", () => {
    const h = leloF1s.create(definitionFor("lelo-f1s"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "01 32 00")]);
    expect(out(h, 0, vibrate(75))).toEqual([w("tx", "01 4b 00")]);
    expect(out(h, 1, vibrate(50))).toEqual([w("tx", "01 4b 32")]);
    expect(out(h, 1, vibrate(100))).toEqual([w("tx", "01 4b 64")]);
    expect(stopCommands(h, definitionFor("lelo-f1s")).map(show)).toEqual([w("tx", "01 00 00")]);
  });
});

describe("lelo-f1sv2", () => {
  it("waits out 'not authorised', echoes the password, and finishes when authorised (reference test case)", async () => {
    const link = new FakeLink("F1SV2A", ["tx", "rx", "whitelist", "generic0"], {
      notifications: {
        whitelist: [
          { data: [0, 0, 0, 0, 0, 0, 0, 0] },
          { data: PASSWORD },
          { data: [1, 0, 0, 0, 0, 0, 0, 0], afterCommands: 4 },
        ],
      },
    });
    const h = leloF1sv2.create(definitionFor("lelo-f1sv2", "F1SV2A"));
    await h.initialize!(link);
    expect(link.shown()).toEqual([
      "subscribe whitelist",
      "unsubscribe whitelist",
      w("whitelist", "01 02 03 04 05 06 08", true),
      "subscribe whitelist",
    ]);
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "01 32 00", true)]);
    expect(out(h, 1, vibrate(50))).toEqual([w("tx", "01 32 32", true)]);
    expect(stopCommands(h, definitionFor("lelo-f1sv2", "F1SV2A")).map(show)).toEqual([w("tx", "01 00 00", true)]);
  });

  it("fails clearly when the device never authorises", async () => {
    const link = new FakeLink("F1SV2A", ["tx", "whitelist"], {
      notifications: { whitelist: [{ data: [0, 0, 0, 0, 0, 0, 0, 0] }] },
    });
    await expect(leloF1sv2.create(definitionFor("lelo-f1sv2", "F1SV2A")).initialize!(link)).rejects.toThrow(
      /security handshake/,
    );
  });

  it("without a whitelist endpoint, shakes hands on generic0 and speaks the Harmony format", async () => {
    const link = new FakeLink("F1SV3", ["tx", "generic0"], {
      notifications: { generic0: [{ data: [1, 0, 0, 0, 0, 0, 0, 0] }] },
    });
    const h = leloF1sv2.create(definitionFor("lelo-f1sv2", "F1SV3"));
    await h.initialize!(link);
    expect(link.shown()).toEqual(["subscribe generic0"]);
    expect(out(h, 1, vibrate(100))).toEqual([w("tx", "0a 12 02 08 00 00 00 00 64 00")]);
    expect(stopCommands(h, definitionFor("lelo-f1sv2", "F1SV3")).map(show)).toEqual([
      w("tx", "0a 12 01 08 00 00 00 00 00 00"),
      w("tx", "0a 12 02 08 00 00 00 00 00 00"),
    ]);
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0], "unauthorised"],
    [[1, 0, 0, 0, 0, 0, 0, 0], "authorised"],
    [[0], "password"], // F1s V2 only accepts the 8-byte forms
    [PASSWORD, "password"],
  ])("F1s V2 reads security notification %j as %s", (data, state) => {
    expect(f1sv2AuthState(Uint8Array.from(data))).toBe(state);
  });
});

describe("lelo-harmony", () => {
  it("shakes hands on the whitelist endpoint (reference test case)", async () => {
    const link = new FakeLink("TianiHarmony", ["tx", "command", "whitelist"], {
      notifications: { whitelist: [{ data: [0] }, { data: PASSWORD }, { data: [1], afterCommands: 4 }] },
    });
    await leloHarmony.create(definitionFor("lelo-harmony")).initialize!(link);
    expect(link.shown()).toEqual([
      "subscribe whitelist",
      "unsubscribe whitelist",
      w("whitelist", "01 02 03 04 05 06 08", true),
      "subscribe whitelist",
    ]);
  });

  it("Tiani Harmony: one command per motor, 0a 12 <FeatureIndex + 1> 08 00 00 00 00 <speed> 00 (reference test case)", () => {
    const h = leloHarmony.create(definitionFor("lelo-harmony"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "0a 12 01 08 00 00 00 00 32 00")]);
    expect(out(h, 1, vibrate(50))).toEqual([w("tx", "0a 12 02 08 00 00 00 00 32 00")]);
    expect(out(h, 0, vibrate(100))).toEqual([w("tx", "0a 12 01 08 00 00 00 00 64 00")]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "0a 12 01 08 00 00 00 00 00 00")]);
  });

  it("Ida Wave's rotator uses the same command (reference test case)", () => {
    const h = leloHarmony.create(definitionFor("lelo-harmony", "IdaWave"));
    expect(out(h, 1, rotate(50))).toEqual([w("tx", "0a 12 02 08 00 00 00 00 32 00")]);
    expect(out(h, 1, rotate(0))).toEqual([w("tx", "0a 12 02 08 00 00 00 00 00 00")]);
  });

  it.each([
    [[0], "unauthorised"],
    [[0, 0, 0], "unauthorised"],
    [[1], "authorised"],
    [[1, 0, 0, 0, 0, 0, 0, 0], "authorised"],
    [PASSWORD, "password"],
  ])("Harmony reads security notification %j as %s", (data, state) => {
    expect(harmonyAuthState(Uint8Array.from(data))).toBe(state);
  });
});
