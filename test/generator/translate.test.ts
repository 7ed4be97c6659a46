/**
 * Translation files across regenerations. The steps run in order on one sandbox (each test
 * starts from the state the previous one left), because every generation is a child process.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { makeSandbox, PROJECT_ROOT, Sandbox } from "./sandbox";

const UPGRADE = "generated/translate/upgrade-v0.ts";
const DOWNGRADE = "generated/translate/downgrade-v0.ts";
const OLD_STUB = '  throw new tx.NotTranslatedError("v0", "v1", "OldCmd");\n';
// Odd on purpose: tabs, trailing spaces, a blank line, braces in a string, text that looks like a marker.
const OLD_BODY =
  "  // Scale the old value onto the new vibrate range.\t \n" +
  '  const note = "} not the end { // bpkit:body-end-ish";\n' +
  "\n" +
  "\tvoid note;\n" +
  "  return [{ VibrateCmd: { Id: message.Id, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: Math.min(1, message.Value ?? 0) }] } }];   \n";
const DEVICE_LIST_BODY = "  return [{ DeviceList: { Id: message.Id, Devices: message.Devices.slice(0, message.Count) } }];\n";

describe("translation steps across regenerations", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = makeSandbox();
    expect(box.generate("--quiet").status).toBe(0);
  });
  afterAll(() => box.remove());

  it("emits identity steps for equal schemas and marked stubs for changed, vanished and appeared messages", () => {
    const up = box.read(UPGRADE);
    expect(up).toContain('import * as tx from "../../runtime/translation";');
    expect(up).toContain("export function Ping(message: v0.Ping, ctx: tx.TranslationContext): v1.ClientMessage[] {\n  return [{ Ping: message }];\n}");
    expect(up).toContain(
      "export function OldCmd(message: v0.OldCmd, ctx: tx.TranslationContext): v1.ClientMessage[] {\n" +
        "  // bpkit:body-begin — hand-written, kept across regenerations\n" + OLD_STUB + "  // bpkit:body-end\n}",
    );
    // Every client message of v0 has a step, and no server message does.
    expect([...up.matchAll(/^export function (\w+)/gm)].map((m) => m[1])).toEqual(["Echo", "MultiCmd", "OldCmd", "Ping", "VibrateCmd"]);

    const down = box.read(DOWNGRADE);
    expect(down).toContain("export function DeviceList(message: v1.DeviceList, ctx: tx.TranslationContext): v0.ServerMessage[] {\n  // bpkit:body-begin");
    expect(down).toContain('throw new tx.NotTranslatedError("v1", "v0", "NewEvent");');
    // `Error` must not shadow the global inside the module: local name, exported as Error.
    expect(down).toContain("function Error_(message: v1.Error, ctx: tx.TranslationContext): v0.ServerMessage[] {\n  return [{ Error: message }];\n}");
    expect(down).toMatch(/^export \{ Error_ as Error \};$/m);
  });

  it("keeps a hand-written body byte for byte and stops listing it as unwritten", () => {
    box.write(UPGRADE, box.read(UPGRADE).replace(OLD_STUB, OLD_BODY));
    box.write(DOWNGRADE, box.read(DOWNGRADE).replace('  throw new tx.NotTranslatedError("v1", "v0", "DeviceList");\n', DEVICE_LIST_BODY));
    const edited = box.read(UPGRADE);
    const r = box.generate();
    expect(r.status).toBe(0);
    expect(box.read(UPGRADE)).toBe(edited);
    expect(box.read(DOWNGRADE)).toContain(`// bpkit:body-begin — hand-written, kept across regenerations\n${DEVICE_LIST_BODY}  // bpkit:body-end`);
    expect(r.stdout).toMatch(/1 translation stub is not written yet/);
    expect(r.stdout).toContain("translate/downgrade-v0.ts: NewEvent (v1 → v0)");
    expect(r.stdout).not.toContain("OldCmd");
    expect(box.generate("--check", "--quiet").status).toBe(0);
  });

  it("runs identity steps and stubs at run time (a stub throws NotTranslatedError)", () => {
    const { upgradeSteps, downgradeSteps } = require(path.join(box.out, "translate")) as typeof import("../../generated/translate");
    const { NotTranslatedError } = require("../../runtime/translation") as typeof import("../../runtime/translation");
    const ctx = {} as never;
    expect(upgradeSteps[0].Ping!({ Id: 7 }, ctx)).toEqual([{ Ping: { Id: 7 } }]);
    expect(downgradeSteps[0].Error!({ Id: 7, ErrorMessage: "x", ErrorCode: 3 }, ctx)).toEqual([{ Error: { Id: 7, ErrorMessage: "x", ErrorCode: 3 } }]);
    expect(upgradeSteps[0].OldCmd!({ Id: 3, Value: 0.5 }, ctx)).toEqual([{ VibrateCmd: { Id: 3, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 0.5 }] } }]);
    expect(() => downgradeSteps[0].NewEvent!({ Id: 0 }, ctx)).toThrow(NotTranslatedError);
    expect(() => downgradeSteps[0].NewEvent!({ Id: 0 }, ctx)).toThrow("NewEvent: translation v1 → v0 is not written yet");
    expect(upgradeSteps[0].toString).toBeUndefined();
    expect(upgradeSteps[0].DeviceList).toBeUndefined(); // server messages are not upgraded
  });

  it("type-checks the generated output including hand-written bodies", () => {
    fs.writeFileSync(
      path.join(box.root, "tsconfig.json"),
      JSON.stringify({ extends: path.join(PROJECT_ROOT, "tsconfig.json"), compilerOptions: { types: ["node"], typeRoots: [path.join(PROJECT_ROOT, "node_modules/@types")] }, include: ["generated"] }),
    );
    const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", path.join(box.root, "tsconfig.json")], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("adds a stub for a new message and keeps the existing bodies", () => {
    box.write("schema/v0/NewCmd.json", box.read("schema/v0/OldCmd.json").replace(/OldCmd/g, "NewCmd"));
    const r = box.generate();
    expect(r.status).toBe(0);
    const up = box.read(UPGRADE);
    expect(up).toContain(
      "export function NewCmd(message: v0.NewCmd, ctx: tx.TranslationContext): v1.ClientMessage[] {\n" +
        "  // bpkit:body-begin — hand-written, kept across regenerations\n" +
        '  throw new tx.NotTranslatedError("v0", "v1", "NewCmd");\n' +
        "  // bpkit:body-end\n}",
    );
    expect(up).toContain(OLD_BODY);
    expect(r.stdout).toContain("translate/upgrade-v0.ts: NewCmd (v0 → v1)");
  });

  it("reports a hand-written body whose message was removed and keeps it, commented out, in the orphan section", () => {
    const schema = box.read("schema/v0/OldCmd.json");
    fs.rmSync(path.join(box.schema, "v0/OldCmd.json"));
    const r = box.generate();
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/1 hand-written translation body has no message any more/);
    expect(r.stderr).toContain("translate/upgrade-v0.ts: OldCmd (v0 → v1)");
    const up = box.read(UPGRADE);
    expect(up).not.toMatch(/function OldCmd/);
    const commented = OLD_BODY.slice(0, -1).split("\n").map((l) => (l ? `// ${l}` : "//")).join("\n");
    expect(up).toContain(`// bpkit:orphan-begin OldCmd\n${commented}\n// bpkit:orphan-end OldCmd\n`);
    // Stable: the orphan section is part of the expected output, reported on every run.
    const check = box.generate("--check");
    expect(check.status).toBe(0);
    expect(check.stderr).toContain("translate/upgrade-v0.ts: OldCmd (v0 → v1)");

    // The message comes back: its body is restored as live code, byte for byte.
    box.write("schema/v0/OldCmd.json", schema);
    expect(box.generate("--quiet").status).toBe(0);
    const restored = box.read(UPGRADE);
    expect(restored).toContain(`  // bpkit:body-begin — hand-written, kept across regenerations\n${OLD_BODY}  // bpkit:body-end\n}`);
    expect(restored).not.toContain("bpkit:orphan");
  });

  it("turns an unwritten stub into a generated identity step when the schemas become equal", () => {
    const v0 = JSON.parse(box.read("schema/v0/DeviceList.json"));
    v0.$id = "https://bpkit.dev/schema/v1/DeviceList.json";
    v0.description = "Only annotations differ from v0.";
    box.write("schema/v1/DeviceList.json", JSON.stringify(v0, null, 2));
    const r = box.generate();
    expect(r.status).toBe(0);
    // DeviceList had a hand-written body: kept (and reported), not replaced by the identity.
    expect(box.read(DOWNGRADE)).toContain(`  // bpkit:body-begin — hand-written, kept across regenerations\n${DEVICE_LIST_BODY}  // bpkit:body-end`);
    expect(r.stderr).toMatch(/kept although both versions' schemas are now equal[\s\S]*downgrade-v0\.ts: DeviceList/);
    // Without a hand-written body the identity step is generated, with no markers.
    box.write(DOWNGRADE, box.read(DOWNGRADE).replace(DEVICE_LIST_BODY, '  throw new tx.NotTranslatedError("v1", "v0", "DeviceList");\n'));
    expect(box.generate("--quiet").status).toBe(0);
    expect(box.read(DOWNGRADE)).toContain(
      "export function DeviceList(message: v1.DeviceList, ctx: tx.TranslationContext): v0.ServerMessage[] {\n  return [{ DeviceList: message }];\n}",
    );
  });

  it("keeps a translation file with hand-written code when its whole boundary goes away, and removes one without", () => {
    const v1 = path.join(box.root, "v1-aside");
    fs.renameSync(path.join(box.schema, "v1"), v1);
    try {
      const r = box.generate("--quiet");
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/no longer generated but kept, because they hold hand-written translation code[\s\S]*translate\/upgrade-v0\.ts/);
      expect(box.read(UPGRADE)).toContain(OLD_BODY);
      expect(fs.existsSync(path.join(box.root, DOWNGRADE))).toBe(false); // only generated code in it
      expect(fs.existsSync(path.join(box.out, "v1"))).toBe(false);
      expect(box.generate("--check", "--quiet").stderr).toMatch(/extra: .*translate\/upgrade-v0\.ts/);
    } finally {
      fs.renameSync(v1, path.join(box.schema, "v1"));
    }
    expect(box.generate("--quiet").status).toBe(0);
    expect(box.read(UPGRADE)).toContain(`  // bpkit:body-begin — hand-written, kept across regenerations\n${OLD_BODY}  // bpkit:body-end\n}`);
    expect(box.generate("--check", "--quiet").status).toBe(0);
  });

  it("refuses to regenerate a file whose markers were damaged, naming file and line, and writes nothing", () => {
    const damaged = box.read(UPGRADE).replace(`${OLD_BODY}  // bpkit:body-end\n`, OLD_BODY);
    box.write(UPGRADE, damaged);
    const before = fs.readdirSync(box.out, { recursive: true }).length;
    const r = box.generate();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/translate\/upgrade-v0\.ts:\d+: function OldCmd has a broken \/\/ bpkit:body-begin \/ \/\/ bpkit:body-end pair/);
    expect(box.read(UPGRADE)).toBe(damaged);
    expect(fs.readdirSync(box.out, { recursive: true }).length).toBe(before);
  });
});
