import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { deviceError } from "../../errors";
import { defineProtocol, type HardwareLink, type OutputKind, write } from "../protocol";
import { motorSlots, u8 } from "./helpers";

/** AES-128 key of every Fluffer frame (ECB, PKCS#7 padding). */
const FLUFFER_KEY = Buffer.from("jdk#Flu%y6fer32f", "latin1");
/** Bluetooth company identifier Fluffer devices advertise their manufacturer data under (0x684a). */
export const FLUFFER_COMPANY = 0x684a;
/** How long initialize waits for the device's answer to the handshake (ms). */
export const FLUFFER_AUTH_TIMEOUT_MS = 5000;

/** Encrypt a Fluffer frame. */
export function flufferEncrypt(data: readonly number[]): number[] {
  const cipher = createCipheriv("aes-128-ecb", FLUFFER_KEY, null);
  return Array.from(Buffer.concat([cipher.update(Uint8Array.from(data)), cipher.final()]));
}

/** Decrypt a Fluffer frame; undefined when it is not a valid encrypted frame. */
export function flufferDecrypt(data: ArrayLike<number>): number[] | undefined {
  try {
    const decipher = createDecipheriv("aes-128-ecb", FLUFFER_KEY, null);
    return Array.from(Buffer.concat([decipher.update(Uint8Array.from(data)), decipher.final()]));
  } catch {
    return undefined;
  }
}

/**
 * The 4 device bytes hidden in the advertisement (company id LE, then data): the key is
 * byte 2 XOR byte 1; bytes 3… are XORed with it unless they are 0 or the key itself.
 */
export function flufferAdvertisementBytes(advertisement: readonly number[]): number[] {
  const key = advertisement[2] ^ advertisement[1];
  const out: number[] = [];
  for (let i = 3; out.length < 4 && i < advertisement.length; i++) {
    const b = advertisement[i];
    out.push(b !== 0 && b !== key ? b ^ key : b);
  }
  return out;
}

/** The handshake frame (before encryption): `a5 01 08`, 4 random bytes, the first 4 bytes of SHA-256(random + device bytes). */
export function flufferAuthFrame(random: readonly number[], deviceBytes: readonly number[]): number[] {
  const digest = createHash("sha256")
    .update(Uint8Array.from([...random, ...deviceBytes]))
    .digest();
  return [0xa5, 0x01, 0x08, ...random, ...Array.from(digest.subarray(0, 4))];
}

function advertisement(link: HardwareLink): number[] {
  const entry = link.manufacturerData?.find((m) => m.company === FLUFFER_COMPANY);
  return entry ? [FLUFFER_COMPANY & 0xff, FLUFFER_COMPANY >> 8, ...Array.from(entry.data)] : [];
}

/**
 * Fluffer (and MotorBunny's Fluffer versions): AES-128-ECB encrypted frames on `tx`. At connect,
 * subscribe to `rx`; when the advertisement carries Fluffer manufacturer data, authenticate:
 * send flufferAuthFrame, expect `a5 01 01 00` back on `rx`, then send `82 0e 02 00 01`. Motors
 * share `82 0f 05 00 m0 m1 00 00`; a counterclockwise rotation is sent as 100 + speed.
 */
export const fluffer = defineProtocol({
  name: "fluffer",
  create: (_definition, outputs) => {
    /** A motor's byte: a counterclockwise rotation (the only negative value) is 100 + speed. */
    const level = (value: number) => u8(value < 0 ? Math.abs(value) + 100 : value);
    const frame = (type: OutputKind) => (index: number) => {
      const [m0, m1] = motorSlots("fluffer", outputs, 2, index, type).map(level);
      return [write("tx", flufferEncrypt([0x82, 0x0f, 0x05, 0x00, m0, m1, 0x00, 0x00]), false, ["all"])];
    };
    return {
      initialize: async (link) => {
        await link.execute({ kind: "subscribe", endpoint: "rx" });
        const adv = advertisement(link);
        if (adv.length === 0) return;
        await link.execute(
          write("tx", flufferEncrypt(flufferAuthFrame(Array.from(randomBytes(4)), flufferAdvertisementBytes(adv)))),
        );
        const answer = flufferDecrypt(await link.nextNotification("rx", FLUFFER_AUTH_TIMEOUT_MS));
        if (answer?.join(",") !== "165,1,1,0") {
          throw deviceError(`Fluffer ${link.address} did not accept the security handshake`);
        }
        await link.execute(write("tx", flufferEncrypt([0x82, 0x0e, 0x02, 0x00, 0x01])));
      },
      vibrate: frame("Vibrate"),
      oscillate: frame("Oscillate"),
      rotate: frame("Rotate"),
    };
  },
});
