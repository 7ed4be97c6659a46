/**
 * Translation steps across regenerations: generated/ gets a typed list of the cases that need a
 * body and the identity table per boundary; the hand-written step files in
 * runtime/translation/steps/ get a stub for every new case and are otherwise never touched. The
 * steps run in order on one sandbox (each test starts from the state the previous one left),
 * because every generation is a child process.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { makeSandbox, PROJECT_ROOT, type Sandbox } from "./sandbox";

const UPGRADE_TYPES = "generated/translate/upgrade-v0.ts";
const UPGRADE = "runtime/translation/steps/upgrade-v0.ts";
const DOWNGRADE = "runtime/translation/steps/downgrade-v0.ts";
const stub = (from: number, to: number, name: string) =>
  `  ${name}(message, ctx) {\n    throw new tx.NotTranslatedError("v${from}", "v${to}", ${JSON.stringify(name)});\n  },`;
// Odd on purpose: tabs, trailing spaces, a blank line, braces and a stub-like text in a string.
const OLD_BODY =
  "  OldCmd(message, ctx) {\n" +
  "    // Scale the old value onto the new vibrate range.\t \n" +
  '    const note = "} not the end { throw new tx.NotTranslatedError(";\n' +
  "\n" +
  "\tvoid note;\n" +
  "    return [{ VibrateCmd: { Id: message.Id, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: Math.min(1, message.Value ?? 0) }] } }];   \n" +
  "  },";
const DEVICE_LIST_BODY =
  "  DeviceList(message) {\n    return [{ DeviceList: { Id: message.Id, Devices: message.Devices.slice(0, message.Count) } }];\n  },";

/** Runs tsc over the sandbox's generated/ and runtime/; returns its output ("" when clean). */
function typecheck(box: Sandbox): string {
  fs.writeFileSync(
    path.join(box.root, "tsconfig.json"),
    JSON.stringify({
      extends: path.join(PROJECT_ROOT, "tsconfig.json"),
      compilerOptions: { types: ["node"], typeRoots: [path.join(PROJECT_ROOT, "node_modules/@types")] },
      include: ["generated", "runtime"],
    }),
  );
  const r = spawnSync(
    process.execPath,
    [
      path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"),
      "--noEmit",
      "-p",
      path.join(box.root, "tsconfig.json"),
    ],
    { encoding: "utf8" },
  );
  return r.stdout + r.stderr;
}

describe("translation steps across regenerations", () => {
  let box: Sandbox;
  let first: { status: number; stdout: string; stderr: string };
  beforeAll(() => {
    box = makeSandbox();
    first = box.generate();
  });
  afterAll(() => box.remove());

  it("emits per boundary the type of the cases that need a body and the identity table; generated/ imports nothing outside itself", () => {
    expect(first.status).toBe(0);
    const types = box.read(UPGRADE_TYPES);
    expect(types).toContain(
      "export type UpgradeV0Steps<Context> = {\n  /** there is no OldCmd in v1. */\n  OldCmd: (message: v0.OldCmd, ctx: Context) => v1.ClientMessage[];\n};",
    );
    // Every other client message of v0 crosses unchanged; server messages are not upgraded.
    expect(
      [...types.matchAll(/^ {2}(\w+): \(message: v0\.\w+\): v1\.ClientMessage\[\] => \[\{ \w+: message \}\],$/gm)].map(
        (m) => m[1],
      ),
    ).toEqual(["Echo", "MultiCmd", "Ping", "VibrateCmd"]);
    const down = box.read("generated/translate/downgrade-v0.ts");
    expect(down).toContain("DeviceList: (message: v1.DeviceList, ctx: Context) => v0.ServerMessage[];");
    expect(down).toContain("NewEvent: (message: v1.NewEvent, ctx: Context) => v0.ServerMessage[];");
    expect(down).toContain("  Error: (message: v1.Error): v0.ServerMessage[] => [{ Error: message }],");

    const outside: string[] = [];
    for (const rel of fs.readdirSync(box.out, { recursive: true, encoding: "utf8" })) {
      if (!/\.(ts|js)$/.test(rel)) continue;
      const file = path.join(box.out, rel);
      for (const m of fs.readFileSync(file, "utf8").matchAll(/(?:from|require\()\s*"([^"]+)"/g)) {
        const target = m[1];
        if (!target.startsWith(".")) continue; // a package (ajv)
        if (path.relative(box.out, path.resolve(path.dirname(file), target)).startsWith(".."))
          outside.push(`${rel}: ${target}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it("creates each step file with a throwing stub for every case and lists them as unwritten", () => {
    const up = box.read(UPGRADE);
    expect(up).toContain(
      'import type { UpgradeV0Steps } from "../../../generated/translate/upgrade-v0";\nimport * as tx from "..";',
    );
    expect(up).toContain(
      `export const upgradeV0 = {\n${stub(0, 1, "OldCmd")}\n} satisfies UpgradeV0Steps<tx.TranslationContext>;\n`,
    );
    expect(box.read(DOWNGRADE)).toContain(
      `export const downgradeV0 = {\n${stub(1, 0, "DeviceList")}\n\n${stub(1, 0, "NewEvent")}\n} satisfies`,
    );
    expect(first.stdout).toMatch(/3 translation stubs are not written yet/);
    expect(first.stdout).toContain("runtime/translation/steps/downgrade-v0.ts: NewEvent (v1 → v0)");
    expect(box.generate("--check", "--quiet").status).toBe(0);
  });

  it("keeps a written body byte for byte and stops listing it as unwritten", () => {
    box.write(UPGRADE, box.read(UPGRADE).replace(stub(0, 1, "OldCmd"), OLD_BODY));
    box.write(DOWNGRADE, box.read(DOWNGRADE).replace(stub(1, 0, "DeviceList"), DEVICE_LIST_BODY));
    const edited = box.read(UPGRADE);
    const r = box.generate();
    expect(r.status).toBe(0);
    expect(box.read(UPGRADE)).toBe(edited);
    expect(r.stdout).toMatch(/1 translation stub is not written yet/);
    expect(r.stdout).toContain("runtime/translation/steps/downgrade-v0.ts: NewEvent (v1 → v0)");
    expect(r.stdout).not.toContain("OldCmd");
    expect(box.generate("--check", "--quiet").status).toBe(0);
  });

  it("runs identity steps and bodies from one null-prototype table (a stub throws NotTranslatedError)", () => {
    const { stepTables } = require(path.join(box.out, "translate")) as typeof import("../../generated/translate");
    const { upgradeV0 } = require(path.join(box.root, UPGRADE));
    const { downgradeV0 } = require(path.join(box.root, DOWNGRADE));
    const { NotTranslatedError } = require("../../runtime/translation") as typeof import("../../runtime/translation");
    const tables = stepTables({ upgrade: { 0: upgradeV0 }, downgrade: { 0: downgradeV0 } } as never);
    const ctx = {} as never;
    expect(tables.upgrade[0]!.Ping!({ Id: 7 }, ctx)).toEqual([{ Ping: { Id: 7 } }]);
    expect(tables.downgrade[0]!.Error!({ Id: 7, ErrorMessage: "x", ErrorCode: 3 }, ctx)).toEqual([
      { Error: { Id: 7, ErrorMessage: "x", ErrorCode: 3 } },
    ]);
    expect(tables.upgrade[0]!.OldCmd!({ Id: 3, Value: 0.5 }, ctx)).toEqual([
      { VibrateCmd: { Id: 3, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 0.5 }] } },
    ]);
    expect(() => tables.downgrade[0]!.NewEvent!({ Id: 0 }, ctx)).toThrow(NotTranslatedError);
    expect(() => tables.downgrade[0]!.NewEvent!({ Id: 0 }, ctx)).toThrow(
      "NewEvent: translation v1 → v0 is not written yet",
    );
    expect(tables.upgrade[0]!.toString).toBeUndefined();
    expect(tables.upgrade[0]!.DeviceList).toBeUndefined(); // server messages are not upgraded
  });

  it("type-checks the generated types together with the written bodies, and a mistyped body fails the compile", () => {
    expect(typecheck(box)).toBe("");
    const written = box.read(DOWNGRADE);
    // Ping is a client message: no downgrade may produce it.
    box.write(
      DOWNGRADE,
      written.replace(
        "return [{ DeviceList: { Id: message.Id, Devices: message.Devices.slice(0, message.Count) } }];",
        "return [{ Ping: { Id: message.Id } }];",
      ),
    );
    try {
      const errors = typecheck(box);
      expect(errors).toMatch(/runtime\/translation\/steps\/downgrade-v0\.ts\(\d+,\d+\): error TS\d+: .*Ping/);
    } finally {
      box.write(DOWNGRADE, written);
    }
  });

  it("adds a stub for a new message without changing any other character, and --check asks for it first", () => {
    const before = box.read(UPGRADE);
    box.write("schema/v0/NewCmd.json", box.read("schema/v0/OldCmd.json").replace(/OldCmd/g, "NewCmd"));
    const check = box.generate("--check");
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/stubs: .*runtime\/translation\/steps\/upgrade-v0\.ts/);
    expect(box.read(UPGRADE)).toBe(before);

    const r = box.generate();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("runtime/translation/steps/upgrade-v0.ts: NewCmd (v0 → v1)");
    const after = box.read(UPGRADE);
    // Sorted before OldCmd, which is otherwise untouched.
    expect(after).toBe(before.replace(OLD_BODY, `${stub(0, 1, "NewCmd")}\n\n${OLD_BODY}`));
    expect(box.generate("--check", "--quiet").status).toBe(0);
    fs.rmSync(path.join(box.schema, "v0/NewCmd.json"));
    box.write(UPGRADE, before);
  });

  it("lists an entry whose message was removed, keeps it, and the compiler rejects it until it is deleted", () => {
    const schema = box.read("schema/v0/OldCmd.json");
    const before = box.read(UPGRADE);
    fs.rmSync(path.join(box.schema, "v0/OldCmd.json"));
    try {
      const r = box.generate();
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/1 translation step entry has no case any more/);
      expect(r.stderr).toContain("runtime/translation/steps/upgrade-v0.ts: OldCmd (v0 → v1)");
      expect(box.read(UPGRADE)).toBe(before);
      const check = box.generate("--check");
      expect(check.status).toBe(0);
      expect(check.stderr).toContain("runtime/translation/steps/upgrade-v0.ts: OldCmd (v0 → v1)");
      expect(typecheck(box)).toMatch(/runtime\/translation\/steps\/upgrade-v0\.ts\(\d+,\d+\): error TS\d+/);
    } finally {
      box.write("schema/v0/OldCmd.json", schema);
    }
    const back = box.generate();
    expect(back.status).toBe(0);
    expect(back.stderr).toBe("");
    expect(box.read(UPGRADE)).toBe(before);
  });

  it("lists an entry whose message now has equal schemas in both versions (the identity step covers it)", () => {
    const v0 = JSON.parse(box.read("schema/v0/DeviceList.json"));
    const v1Before = box.read("schema/v1/DeviceList.json");
    v0.$id = "https://bpkit.dev/schema/v1/DeviceList.json";
    v0.description = "Only annotations differ from v0.";
    box.write("schema/v1/DeviceList.json", JSON.stringify(v0, null, 2));
    try {
      const r = box.generate();
      expect(r.status).toBe(0);
      expect(r.stderr).toContain("runtime/translation/steps/downgrade-v0.ts: DeviceList (v1 → v0)");
      expect(box.read("generated/translate/downgrade-v0.ts")).toContain(
        "  DeviceList: (message: v1.DeviceList): v0.ServerMessage[] => [{ DeviceList: message }],",
      );
    } finally {
      box.write("schema/v1/DeviceList.json", v1Before);
    }
    expect(box.generate("--quiet").status).toBe(0);
  });

  it("refuses a step file whose steps object it cannot find, naming the file, and writes nothing", () => {
    const good = box.read(UPGRADE);
    const damaged = good.replace("export const upgradeV0 = {", "export const renamed = {");
    box.write(UPGRADE, damaged);
    box.write("schema/v0/NewCmd.json", box.read("schema/v0/OldCmd.json").replace(/OldCmd/g, "NewCmd"));
    const before = fs.readdirSync(box.out, { recursive: true }).length;
    try {
      const r = box.generate();
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(
        "runtime/translation/steps/upgrade-v0.ts: expected `export const upgradeV0 = { … } satisfies UpgradeV0Steps<TranslationContext>;`",
      );
      expect(box.read(UPGRADE)).toBe(damaged);
      expect(fs.readdirSync(box.out, { recursive: true }).length).toBe(before);
    } finally {
      fs.rmSync(path.join(box.schema, "v0/NewCmd.json"));
      box.write(UPGRADE, good);
    }
  });
});
