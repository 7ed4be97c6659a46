import * as fs from "node:fs";
import * as path from "node:path";
import { getProtocol, implementedProtocols } from "../../../runtime/hardware/protocols";

const configKeys = Object.keys(
  JSON.parse(
    fs.readFileSync(
      path.join(__dirname, "../../../runtime/hardware/device-config/buttplug-device-config-v4.json"),
      "utf8",
    ),
  ).protocols,
);

/** Protocols of the first batch (this file's author); the second batch adds its own. */
const MINE = [
  "kiiroo-spot",
  "kiiroo-v2",
  "kiiroo-v2-vibrator",
  "kiiroo-v21",
  "lelo-f1s",
  "lelo-f1sv2",
  "lelo-harmony",
  "lovense",
  "magic-motion-1",
  "magic-motion-2",
  "magic-motion-3",
  "magic-motion-4",
  "satisfyer",
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
  "vorze-sa",
  "wevibe",
  "wevibe-8bit",
  "wevibe-chorus",
];

describe("protocol registry", () => {
  it("finds each implemented protocol under its own name", () => {
    for (const name of implementedProtocols()) expect(getProtocol(name)?.name).toBe(name);
  });

  it("lists protocols sorted and without duplicates", () => {
    const names = implementedProtocols();
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
  });

  it("only registers protocols the official device config knows", () => {
    expect(implementedProtocols().filter((n) => !configKeys.includes(n))).toEqual([]);
  });

  it("answers undefined for an unknown protocol", () => {
    expect(getProtocol("no-such-protocol")).toBeUndefined();
  });

  it("registers the first protocols of the hardware layer", () => {
    expect(implementedProtocols()).toEqual(expect.arrayContaining(MINE));
  });
});
