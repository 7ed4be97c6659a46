import * as fs from "node:fs";
import * as path from "node:path";
import { makeSandbox, type Sandbox, snapshot } from "./sandbox";

describe("bpkit generate", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = makeSandbox();
    const r = box.generate("--quiet");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
  afterAll(() => box.remove());

  it("writes the documented tree: per-version types, validators, index, registry part; inside version; envelope; registry (static and on demand); translation; generic folders", () => {
    expect([...snapshot(box.out).keys()]).toEqual([
      "current.ts",
      "envelope.ts",
      "index.ts",
      "registry-on-demand.ts",
      "registry.ts",
      "things/index.ts",
      "things/types.ts",
      "things/validators.d.ts",
      "things/validators.js",
      "translate/downgrade-v0.ts",
      "translate/index.ts",
      "translate/upgrade-v0.ts",
      "v0/index.ts",
      "v0/registry.ts",
      "v0/types.ts",
      "v0/validators.d.ts",
      "v0/validators.js",
      "v1/index.ts",
      "v1/registry.ts",
      "v1/types.ts",
      "v1/validators.d.ts",
      "v1/validators.js",
      "validation.ts",
    ]);
  });

  it("is deterministic: a second generation into another folder gives the same bytes", () => {
    const other = path.join(box.root, "second");
    const r = box.generate("--out", other, "--quiet"); // the last --out wins
    expect(r.status).toBe(0);
    const b = snapshot(other);
    const a = snapshot(box.out);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [rel, bytes] of a) expect({ rel, same: bytes.equals(b.get(rel)!) }).toEqual({ rel, same: true });
  });

  it("starts every file with the do-not-edit banner naming the source and the command", () => {
    for (const [rel, bytes] of snapshot(box.out)) {
      const first = bytes.toString("utf8").split("\n")[0];
      expect({ rel, first }).toEqual({ rel, first: expect.stringMatching(/^\/\/ generated — do not edit/) });
      const head = bytes.toString("utf8").split("\n").slice(0, 2).join("\n");
      expect(head).toMatch(/npm run generate/);
      expect(head).toMatch(/Source: /);
    }
  });

  it("declares a titled sub-object once per version even when several messages use it", () => {
    const types = box.read("generated/v0/types.ts");
    expect(types.match(/export interface SpeedEntry\b/g)).toHaveLength(1);
    expect(types).toMatch(/Speeds: SpeedEntry\[\];[\s\S]*Speeds: \[SpeedEntry, \.\.\.SpeedEntry\[\]\];/);
    // Titled definitions no message uses are still declared (other code names them).
    expect(types).toMatch(/export type UnusedPiece = "A" \| "B";/);
  });

  it("emits each titled string enum's values in schema order, typed by the enum (runtime lists come from here)", () => {
    expect(box.read("generated/v0/types.ts")).toContain(
      'export const UnusedPieceValues = ["A", "B"] as const satisfies readonly UnusedPiece[];',
    );
  });

  it("emits the wire unions of one-key objects and the name unions", () => {
    const types = box.read("generated/v1/types.ts");
    expect(types).toContain(
      "export type ClientMessage =\n  | { Echo: Echo }\n  | { MultiCmd: MultiCmd }\n  | { Ping: Ping }\n  | { ReadCmd: ReadCmd }\n  | { VibrateCmd: VibrateCmd };",
    );
    // a "both" message (the server echoes it) is in both unions
    expect(types).toContain(
      "export type ServerMessage =\n  | { DeviceList: DeviceList }\n  | { Echo: Echo }\n  | { Error: Error }\n  | { NewEvent: NewEvent }\n  | { Ok: Ok };",
    );
    expect(types).toContain(
      'export type ClientMessageName =\n  | "Echo"\n  | "MultiCmd"\n  | "Ping"\n  | "ReadCmd"\n  | "VibrateCmd";',
    );
    expect(types).toContain("export type MessageName = ClientMessageName | ServerMessageName;");
    expect(types).toContain("export type Message = ClientMessage | ServerMessage;");
  });

  it("emits precompiled validators (no ajv compilation at run time)", () => {
    const js = box.read("generated/v0/validators.js");
    expect(js).toMatch(/^exports\.VibrateCmd = validate\d+;$/m);
    expect(js).not.toMatch(/require\("ajv"\)/);
    expect(js).not.toMatch(/new Ajv|\.compile\(/);
    expect(box.read("generated/v0/validators.d.ts")).toContain(
      "export declare const VibrateCmd: ValidateFunction<T.VibrateCmd>;",
    );
  });

  it("compiles a generic schema folder the same way, without folder-specific code", () => {
    expect(box.read("generated/things/types.ts")).toMatch(/export interface ThingFile \{/);
    expect(box.read("generated/things/types.ts")).toMatch(/export type ThingRange = \[number, number\];/);
    expect(box.read("generated/things/validators.js")).toMatch(/^exports\.ThingFile = validate\d+;$/m);
    expect(box.read("generated/index.ts")).toContain('export * as things from "./things";');
  });

  describe("--check", () => {
    it("passes on a fresh tree and prints unwritten stubs as information", () => {
      const r = box.generate("--check");
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/3 translation stubs are not written yet/);
      expect(r.stdout).toContain("runtime/translation/steps/upgrade-v0.ts: OldCmd (v0 → v1)");
      expect(r.stdout).toMatch(/files up to date/);
    });

    it("fails listing a stale file, a missing file and an extra generated file, and changes nothing", () => {
      const types = path.join(box.out, "v0/types.ts");
      const original = fs.readFileSync(types, "utf8");
      const registry = fs.readFileSync(path.join(box.out, "registry.ts"));
      try {
        fs.writeFileSync(types, original.replace("Speeds: SpeedEntry[];", "Speeds: number[];"));
        fs.rmSync(path.join(box.out, "registry.ts"));
        fs.writeFileSync(path.join(box.out, "v0/leftover.ts"), "// generated — do not edit. Source: nothing.\n");
        const before = snapshot(box.out);
        const r = box.generate("--check");
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/changed: .*v0\/types\.ts/);
        expect(r.stderr).toMatch(/missing: .*registry\.ts/);
        expect(r.stderr).toMatch(/extra: .*v0\/leftover\.ts/);
        expect(r.stderr).not.toMatch(/v1\/types\.ts/);
        expect(snapshot(box.out)).toEqual(before);
      } finally {
        fs.writeFileSync(types, original);
        fs.writeFileSync(path.join(box.out, "registry.ts"), registry);
        fs.rmSync(path.join(box.out, "v0/leftover.ts"), { force: true });
      }
      expect(box.generate("--check", "--quiet").status).toBe(0);
    });
  });
});

describe("bpkit generate: schema problems", () => {
  let box: Sandbox;
  beforeEach(() => {
    box = makeSandbox();
  });
  afterEach(() => box.remove());

  it("names the file when x-bpkit metadata is missing, and writes nothing", () => {
    const file = "schema/v0/Ping.json";
    const doc = JSON.parse(box.read(file));
    delete doc["x-bpkit"];
    box.write(file, JSON.stringify(doc));
    const r = box.generate();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/v0\/Ping\.json: missing "x-bpkit" metadata/);
    expect(fs.existsSync(box.out)).toBe(false);
  });

  it("names the file and the $ref when a reference points nowhere", () => {
    const file = "schema/v1/MultiCmd.json";
    box.write(file, box.read(file).replace("defs.json#/definitions/SpeedEntry", "defs.json#/definitions/Nope"));
    const r = box.generate();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/#\/definitions\/Nope does not exist/);
    expect(r.stderr).toMatch(/v1\/MultiCmd\.json/);
  });

  it("rejects an unknown keyword (ajv strict mode) naming the file", () => {
    const file = "schema/v0/OldCmd.json";
    box.write(file, box.read(file).replace('"type": "number"', '"type": "number", "maximun": 3'));
    const r = box.generate();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/v0\/OldCmd\.json/);
    expect(r.stderr).toMatch(/maximun/);
  });
});
