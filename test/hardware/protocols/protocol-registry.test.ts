/**
 * The protocol registry (runtime/hardware/protocols): which protocols bpkit implements and how
 * they are looked up by their device-config key. What each protocol sends is in the device cases.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getProtocol, implementedProtocols } from "../../../runtime/hardware/protocols";

const configKeys = Object.keys(
  JSON.parse(
    readFileSync(join(__dirname, "../../../runtime/hardware/device-config/buttplug-device-config-v4.json"), "utf8"),
  ).protocols,
);

/** Protocols the hardware layer's batches added; none may go missing. */
const REGISTERED = [
  "activejoy",
  "adrienlastic",
  "amorelie-joy",
  "aneros",
  "ankni",
  "bananasome",
  "cachito",
  "cowgirl",
  "cowgirl-cone",
  "cueme",
  "cupido",
  "deepsire",
  "feelingso",
  "fleshy-thrust",
  "fluffer",
  "foreo",
  "fox",
  "galaku-pump",
  "hgod",
  "hismith",
  "hismith-mini",
  "honeyplaybox",
  "htk_bm",
  "itoys",
  "jejoue",
  "joyhub",
  "kiiroo-spot",
  "kiiroo-v2",
  "kiiroo-v2-vibrator",
  "kiiroo-v21",
  "kizuna",
  "lelo-f1s",
  "lelo-f1sv2",
  "lelo-harmony",
  "leten",
  "libo-elle",
  "libo-shark",
  "libo-vibes",
  "lioness",
  "loob",
  "lovedistance",
  "lovense",
  "lovenuts",
  "luvmazer",
  "magic-motion-1",
  "magic-motion-2",
  "magic-motion-3",
  "magic-motion-4",
  "mannuo",
  "maxpro",
  "meese",
  "mizzzee",
  "mizzzee-v2",
  "mizzzee-v3",
  "monsterpub",
  "motorbunny",
  "mymuselinkplus",
  "mysteryvibe",
  "mysteryvibe-v2",
  "nextlevelracing",
  "nexus-revo",
  "nobra",
  "omobo",
  "patoo",
  "picobong",
  "pink_punch",
  "prettylove",
  "realov",
  "sakuraneko",
  "satisfyer",
  "sayberx",
  "sensee",
  "sensee-v2",
  "serveu",
  "sexverse-lg389",
  "sexverse-v1",
  "sexverse-v2",
  "sexverse-v3",
  "sexverse-v4",
  "sexverse-v5",
  "svakom-alex",
  "svakom-alex-v2",
  "svakom-avaneo",
  "svakom-barnard",
  "svakom-barney",
  "svakom-dice",
  "svakom-dt250a",
  "svakom-iker",
  "svakom-jordan",
  "svakom-pulse",
  "svakom-sam",
  "svakom-sam2",
  "svakom-suitcase",
  "svakom-tarax",
  "svakom-v1",
  "svakom-v2",
  "svakom-v3",
  "svakom-v4",
  "svakom-v5",
  "svakom-v6",
  "synchro",
  "tcode-v03",
  "tryfun",
  "tryfun-blackhole",
  "tryfun-meta2",
  "vorze-sa",
  "wetoy",
  "wevibe",
  "wevibe-8bit",
  "wevibe-chorus",
  "xibao",
  "xiuxiuda",
  "xuanhuan",
  "youcups",
  "youou",
  "zalo",
];

test("finds each implemented protocol under its own name", () => {
  for (const name of implementedProtocols()) expect(getProtocol(name)?.name).toBe(name);
});

test("lists protocols sorted and without duplicates", () => {
  const names = implementedProtocols();
  expect([...names].sort()).toEqual(names);
  expect(new Set(names).size).toBe(names.length);
});

test("only registers protocols the official device config knows", () => {
  expect(implementedProtocols().filter((n) => !configKeys.includes(n))).toEqual([]);
});

test("answers undefined for an unknown protocol", () => {
  expect(getProtocol("no-such-protocol")).toBeUndefined();
});

test.each(REGISTERED)("%s is registered under its device-config key", (name) => {
  expect(getProtocol(name)?.name).toBe(name);
  expect(implementedProtocols()).toContain(name);
});
