import { getProtocol } from "../../../runtime/hardware/protocols";

/** Protocols of the byte-format batch (libo, hismith, joyhub, motorbunny, tcode, …). */
const BATCH = [
  "aneros", "hismith", "hismith-mini", "joyhub", "libo-elle", "libo-shark", "libo-vibes", "motorbunny", "mysteryvibe",
  "nobra", "picobong", "prettylove", "realov", "sakuraneko", "sensee", "tcode-v03", "xiuxiuda", "youou",
  "activejoy", "adrienlastic", "cachito", "deepsire", "fleshy-thrust", "fox", "kizuna", "lovenuts", "mannuo", "maxpro",
  "meese", "mizzzee", "mizzzee-v2", "mymuselinkplus", "nextlevelracing", "omobo", "pink_punch", "sexverse-v4",
  "sexverse-v5", "synchro", "xibao", "youcups", "zalo",
  "htk_bm", "itoys", "mysteryvibe-v2", "nexus-revo", "serveu", "sexverse-lg389", "sexverse-v3",
  "bananasome", "cowgirl", "cowgirl-cone", "foreo", "jejoue", "loob", "mizzzee-v3",
  "amorelie-joy", "cupido", "feelingso", "leten", "lioness", "lovedistance", "wetoy",
  "galaku-pump", "hgod", "luvmazer", "sexverse-v2", "tryfun", "tryfun-blackhole",
  "patoo", "xuanhuan",
  "sensee-v2",
  "ankni", "sexverse-v1", "tryfun-meta2",
  "monsterpub",
  "fluffer",
  "honeyplaybox",
  "cueme", "sayberx",
];

test.each(BATCH)("%s is registered under its device-config key", (name) => {
  expect(getProtocol(name)?.name).toBe(name);
});
