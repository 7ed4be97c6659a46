/**
 * VibCrafter: ASCII commands, each AES-128-ECB encrypted (PKCS#7 padding, a fixed key) and
 * written to tx without response; replies on rx are encrypted the same way.
 *
 * Init: subscribe to rx and send "Auth:<6 random letters/digits>;". The device answers either
 * "OK;" (done) or a challenge "<4 chars>:<token>;", answered with "Auth:<first two bytes of
 * SHA-256(token), hex>;", until it says "OK;". Anything else fails the handshake.
 *
 * Vibrate: "MtInt:<first:02><second:02>;", both motors in every command (0–99 each).
 */
import { createCipheriv, createDecipheriv, createHash, randomInt } from "node:crypto";
import { deviceError, errorText } from "../../errors";
import { defineProtocol, type HardwareCommand, type HardwareLink, write } from "../protocol";

const NAME = "vibcrafter";
const KEY = Buffer.from("jdk#Cra%f5Vib28r", "ascii");
/** How long the handshake waits for each reply. */
export const VIBCRAFTER_AUTH_TIMEOUT_MS = 5000;
const CHALLENGE = /^[a-zA-Z0-9]{4}:([a-zA-Z0-9]+);$/;
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Encrypt a command as the device expects it. */
export function vibcrafterEncrypt(text: string): number[] {
  const cipher = createCipheriv("aes-128-ecb", KEY, null);
  return [...Buffer.concat([cipher.update(text, "ascii"), cipher.final()])];
}

/** Decrypt a reply; a reply that does not decrypt is a device error. */
export function vibcrafterDecrypt(data: ArrayLike<number>): string {
  try {
    const decipher = createDecipheriv("aes-128-ecb", KEY, null);
    return Buffer.concat([decipher.update(Uint8Array.from(data)), decipher.final()]).toString("utf8");
  } catch {
    throw deviceError(`${NAME}: a reply that does not decrypt (${data.length} bytes)`);
  }
}

/** The answer to a challenge token: the first two bytes of its SHA-256, as hex. */
export const challengeAnswer = (token: string): string =>
  `Auth:${createHash("sha256").update(token, "ascii").digest("hex").slice(0, 4)};`;

const command = (text: string): HardwareCommand => write("tx", vibcrafterEncrypt(text));
const twoDigits = (n: number): string => String(n).padStart(2, "0");

/** The challenge handshake: Auth:<nonce>; answered with challenges until the device says OK;. */
async function authenticate(link: HardwareLink): Promise<void> {
  await link.execute({ kind: "subscribe", endpoint: "rx" });
  const nonce = Array.from({ length: 6 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join("");
  await link.execute(command(`Auth:${nonce};`));
  for (;;) {
    let reply: string;
    try {
      reply = vibcrafterDecrypt(await link.nextNotification("rx", VIBCRAFTER_AUTH_TIMEOUT_MS));
    } catch (error) {
      throw deviceError(`${NAME}: ${link.name} didn't complete the security handshake: ${errorText(error)}`);
    }
    if (reply === "OK;") return;
    const token = CHALLENGE.exec(reply)?.[1];
    if (!token)
      throw deviceError(
        `${NAME}: ${link.name} didn't provide a valid security handshake (got ${JSON.stringify(reply)})`,
      );
    await link.execute(command(challengeAnswer(token)));
  }
}

/** The VibCrafter protocol: both motors' levels in one MtInt command. */
export const vibcrafter = defineProtocol({
  name: NAME,
  create: (_definition, outputs) => ({
    initialize: authenticate,
    vibrate: () => {
      const [first, second] = outputs.slots(2);
      return [command(`MtInt:${twoDigits(first)}${twoDigits(second)};`)];
    },
  }),
});
