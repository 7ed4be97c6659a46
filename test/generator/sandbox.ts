/**
 * Test helpers: a throw-away project in os.tmpdir() (schema copy, output folder, links to the real
 * node_modules and runtime/) and a way to run `bpkit generate` on it in a child process
 * (json-schema-to-typescript needs ES module support that jest does not give in-process).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
export const FIXTURE_SCHEMA = path.join(__dirname, "fixtures", "schema");

/** A temporary copy of a schema folder with an (initially empty) output folder next to it. */
export interface Sandbox {
  root: string;
  schema: string;
  out: string;
  /** Runs `bpkit generate --schema <schema> --out <out> …args`. */
  generate(...args: string[]): { status: number; stdout: string; stderr: string };
  read(rel: string): string;
  write(rel: string, text: string): void;
  remove(): void;
}

export function makeSandbox(schemaDir = FIXTURE_SCHEMA): Sandbox {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "bpkit-generator-"));
  const schema = path.join(root, "schema");
  const out = path.join(root, "generated");
  fs.cpSync(schemaDir, schema, { recursive: true });
  // Validators require ajv; translation files import ../../runtime/translation, whose real index
  // pulls in helpers typed against the project's own generated/: a shim exports what stubs use.
  fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
  const real = path.join(PROJECT_ROOT, "runtime", "translation");
  fs.mkdirSync(path.join(root, "runtime", "translation"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "runtime", "translation", "index.ts"),
    `export { NotTranslatedError } from ${JSON.stringify(path.join(real, "errors"))};\n` +
      `export type { TranslationContext } from ${JSON.stringify(path.join(real, "context"))};\n`,
  );
  return {
    root,
    schema,
    out,
    generate(...args: string[]) {
      const r = spawnSync(
        process.execPath,
        [path.join(PROJECT_ROOT, "bin", "bpkit.js"), "generate", "--schema", schema, "--out", out, ...args],
        {
          cwd: PROJECT_ROOT,
          encoding: "utf8",
          env: { ...process.env, NODE_OPTIONS: "" },
        },
      );
      return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    },
    read: (rel) => fs.readFileSync(path.join(root, rel), "utf8"),
    write: (rel, text) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    },
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** All files under a folder (relative paths, sorted) with their bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else out.set(r, fs.readFileSync(path.join(d, e.name)));
    }
  };
  walk(dir, "");
  return out;
}
