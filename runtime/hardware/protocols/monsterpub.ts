import { deviceError } from "../../errors";
import { write, type Endpoint, defineProtocol } from "../protocol";
import { u8, utf8 } from "./helpers";

/** Authentication keys, picked by the first byte of the challenge read from `rx`. */
const AUTH_KEYS: readonly (readonly number[])[] = [
  [0x32, 0x49, 0x50, 0x4f, 0x32, 0x49, 0x50, 0x4f, 0x32, 0x49, 0x50, 0x4f, 0x32, 0x49, 0x50],
  [0x4c, 0x53, 0x42, 0x42, 0x4c, 0x53, 0x42, 0x42, 0x4c, 0x53, 0x42, 0x42, 0x4c, 0x53, 0x42],
  [0x53, 0x49, 0x53, 0x36, 0x53, 0x49, 0x53, 0x36, 0x53, 0x49, 0x53, 0x36, 0x53, 0x49, 0x53],
  [0x54, 0x41, 0x4c, 0x4b, 0x54, 0x41, 0x4c, 0x4b, 0x54, 0x41, 0x4c, 0x4b, 0x54, 0x41, 0x4c],
];

/** The answer to a MonsterPub challenge: bytes 1…15 XOR the key chosen by byte 0. */
export function monsterpubAuth(challenge: ArrayLike<number>): number[] {
  const key = AUTH_KEYS[challenge[0]];
  if (!key) throw deviceError(`MonsterPub: unknown authentication key ${challenge[0]}`);
  return Array.from(challenge)
    .slice(1, 16)
    .slice(0, key.length)
    .map((b, i) => b ^ key[i]);
}

/**
 * Sistalk MonsterPub / MonsterHub / Tracy's Dog. Identify: the model name read from `rxblemodel`
 * (UTF-8, NULs dropped; "Unknown" when the read fails). Initialize: devices with `rx` are
 * challenged — 16 bytes read from `rx`, answered on `rx` (with response) by monsterpubAuth.
 * Every command sends all output levels in FeatureIndex order on the first endpoint the device
 * has of `txvibrate`, `tx` (all levels 0 go to `txmode` instead, with response) and `generic0`
 * (levels prefixed with 03).
 */
export const monsterpub = defineProtocol({
  name: "monsterpub",
  identify: async (link) => {
    let data: Uint8Array;
    try {
      data = await link.execute({ kind: "read", endpoint: "rxblemodel", length: 32, timeoutMs: 500 });
    } catch {
      return "Unknown";
    }
    const text = utf8(data);
    if (text === undefined) throw deviceError(`MonsterPub ${link.address}: the model name is not UTF-8`);
    return text.replace(/\0/g, "");
  },
  create: (definition) => {
    const levels = definition.features.filter((f) => f.Output != null).map(() => 0);
    let tx: Endpoint = "tx";
    const frame = () => {
      const stopped = levels.every((l) => l === 0);
      if (tx === "generic0") return [write(tx, [0x03, ...levels], false, ["all"])];
      if (tx === "tx" && stopped) return [write("txmode", levels, true, ["all"])];
      return [write(tx, levels, false, ["all"])];
    };
    const setLevel = (index: number, level: number) => {
      if (index >= levels.length)
        throw deviceError(`MonsterPub has ${levels.length} outputs, no FeatureIndex ${index}`);
      levels[index] = u8(level);
      return frame();
    };
    return {
      initialize: async (link) => {
        if (link.endpoints.has("rx")) {
          const challenge = await link.execute({ kind: "read", endpoint: "rx", length: 16, timeoutMs: 200 });
          await link.execute(write("rx", monsterpubAuth(challenge), true));
        }
        tx = link.endpoints.has("txvibrate") ? "txvibrate" : link.endpoints.has("tx") ? "tx" : "generic0";
      },
      vibrate: setLevel,
      oscillate: setLevel,
    };
  },
});
