import { vibcrafter, vibcrafterDecrypt } from "../../../runtime/hardware/protocols/vibcrafter";
import { FakeLink, definitionFor, hex, out, vibrate, w } from "./support";

// Ciphertexts computed independently with `openssl enc -aes-128-ecb -K <key>` (PKCS#7 padding).
const enc = (data: string) => data.match(/../g)!.map((b) => parseInt(b, 16));
const OK = enc("120a6defa705e36fa046e6cdf609f67a"); // "OK;"
const CHALLENGE = enc("7e1c8aa85047cae20c593483e6d1491f"); // "a1B2:XyZ123;"
const ANSWER = "c9 6c f4 30 6e 89 f5 d5 47 f3 68 9a f3 95 1b 72"; // "Auth:f310;" (sha256("XyZ123") starts f310)

describe("vibcrafter", () => {
  it("authenticates: random Auth nonce, answers the challenge with SHA-256 bytes, done at OK;", async () => {
    const link = new FakeLink("be gentle", ["tx", "rx"], {
      notifications: {
        rx: [
          { data: CHALLENGE, afterCommands: 2 },
          { data: OK, afterCommands: 3 },
        ],
      },
    });
    await vibcrafter.create(definitionFor("vibcrafter", "be gentle")).initialize!(link);
    const shown = link.shown();
    expect(shown[0]).toBe("subscribe rx");
    const first = link.commands[1];
    expect(first.kind === "write" && vibcrafterDecrypt(first.data)).toMatch(/^Auth:[A-Za-z0-9]{6};$/);
    expect(shown[2]).toBe(w("tx", ANSWER));
    expect(shown).toHaveLength(3);
  });

  it("uses a new nonce each time", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const link = new FakeLink("Janna", ["tx", "rx"], { notifications: { rx: [{ data: OK, afterCommands: 2 }] } });
      await vibcrafter.create(definitionFor("vibcrafter", "Janna")).initialize!(link);
      const c = link.commands[1];
      if (c.kind === "write") nonces.add(hex(c.data));
    }
    expect(nonces.size).toBe(3);
  });

  it("fails the handshake on an unexpected reply or no reply", async () => {
    const bad = new FakeLink("Hayden", ["tx", "rx"], {
      notifications: { rx: [{ data: enc("ebcc1addb0132340d51b7e97b61ca320"), afterCommands: 2 }] },
    });
    await expect(vibcrafter.create(definitionFor("vibcrafter", "Hayden")).initialize!(bad)).rejects.toThrow(
      /valid security handshake.*MtInt/,
    );
    const silent = new FakeLink("Hayden", ["tx", "rx"]);
    await expect(vibcrafter.create(definitionFor("vibcrafter", "Hayden")).initialize!(silent)).rejects.toThrow(
      /handshake/,
    );
    const garbage = new FakeLink("Hayden", ["tx", "rx"], {
      notifications: { rx: [{ data: [1, 2, 3], afterCommands: 2 }] },
    });
    await expect(vibcrafter.create(definitionFor("vibcrafter", "Hayden")).initialize!(garbage)).rejects.toThrow(
      /does not decrypt/,
    );
  });

  it("vibrates with encrypted MtInt:<aa><bb>; carrying both motors", () => {
    const h = vibcrafter.create(definitionFor("vibcrafter"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", hex(enc("ebcc1addb0132340d51b7e97b61ca320")))]); // MtInt:5000;
    expect(out(h, 0, vibrate(1))).toEqual([w("tx", hex(enc("bbb08edf8e89137511f5d7bf3c1d04cc")))]); // MtInt:0100;
    expect(out(h, 1, vibrate(50))).toEqual([w("tx", hex(enc("419c61adabed129fb29a0aabb5923dc0")))]); // MtInt:0150;
    out(h, 0, vibrate(99));
    expect(out(h, 1, vibrate(99))).toEqual([w("tx", hex(enc("befffebb3abe3fe63d06e4a864e4e18b")))]); // MtInt:9999;
    out(h, 0, vibrate(0));
    expect(out(h, 1, vibrate(0))).toEqual([w("tx", hex(enc("dff02f0df45b1f0721623f8cf1b96138")))]); // MtInt:0000;
  });
});
