import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Galaku's obfuscation table: row = low 2 bits of the previous output byte, column = byte position. */
const KEY_TAB: readonly (readonly number[])[] = [
  [0, 24, 0x98, 0xf7, 0xa5, 61, 13, 41, 37, 80, 68, 70],
  [0, 69, 110, 106, 111, 120, 32, 83, 45, 49, 46, 55],
  [0, 101, 120, 32, 84, 111, 121, 115, 10, 0x8e, 0x9d, 0xa3],
  [0, 0xc5, 0xd6, 0xe7, 0xf8, 10, 50, 32, 111, 98, 13, 10],
];

/**
 * Obfuscate a Galaku frame: the first byte stays; each next byte i becomes
 * ((k ^ 0x23) ^ byte) + k (mod 256), with k = KEY_TAB[previous output byte & 3][i].
 */
export function galakuEncrypt(data: readonly number[]): number[] {
  const out = [data[0]];
  for (let i = 1; i < data.length; i++) {
    const k = KEY_TAB[out[i - 1] & 3][i];
    out.push(u8((k ^ 0x23 ^ data[i]) + k));
  }
  return out;
}

/**
 * Galaku Nebula (pump): stroker (Oscillate) and vibrator share one frame on `tx`, written with
 * response: `23 5a 00 00 01 60 03 oscillate vibrate 00 00 sum`, obfuscated with galakuEncrypt.
 * The handler keeps both levels.
 */
export const galakuPump = defineProtocol({
  name: "galaku-pump",
  create: (_definition, outputs) => {
    const frame = () => {
      const [oscillate, vibrate] = [u8(outputs.ofType("Oscillate")), u8(outputs.ofType("Vibrate"))];
      const data = [0x23, 0x5a, 0x00, 0x00, 0x01, 0x60, 0x03, oscillate, vibrate, 0x00, 0x00];
      data.push(data.reduce((sum, b) => u8(sum + b), 0));
      return [write("tx", galakuEncrypt(data), true, ["all"])];
    };
    return { oscillate: frame, vibrate: frame };
  },
});
