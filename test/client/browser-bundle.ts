/**
 * The browser build under test (scripts/build-browser.js, bpkit/browser): built into a temporary
 * folder with esbuild's metafile, and what a page talking one spec version loads from it (the ES
 * module with that version's chunk, or that version's classic script). Shared by
 * browser-build.test.ts (Node) and browser-chromium.test.ts (Chromium).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";

const root = resolve(__dirname, "../..");

/** scripts/build-browser.js. */
export const BUILD_SCRIPT = join(root, "scripts", "build-browser.js");

/** What esbuild's metafile says about the build (the parts the tests read). */
export interface Metafile {
  inputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }>;
  outputs: Record<
    string,
    {
      exports: string[];
      entryPoint?: string;
      inputs: Record<string, unknown>;
      imports: Array<{ path: string; kind: string }>;
    }
  >;
}

/** The build in a fresh temporary folder (the caller removes it), with its metafile. */
export function buildBrowserBundle(prefix: string): { out: string; meta: Metafile } {
  const out = mkdtempSync(join(tmpdir(), prefix));
  execFileSync(process.execPath, [BUILD_SCRIPT, "--out", out, "--metafile"], { cwd: root, stdio: "pipe" });
  return { out, meta: JSON.parse(readFileSync(join(out, "bpkit-client.meta.json"), "utf8")) as Metafile };
}

/** The ES module entry (bpkit-client.js), as the metafile names outputs (relative to the repository). */
export function entryOutput(meta: Metafile): string {
  return Object.keys(meta.outputs).find((f) => f.endsWith("/bpkit-client.js"))!;
}

/** The ES module chunks holding spec `version`'s validators (one when the build is right). */
export function versionChunks(meta: Metafile, version: number): string[] {
  return Object.keys(meta.outputs).filter(
    (f) => f.includes("/chunks/") && `generated/v${version}/validators.js` in meta.outputs[f]!.inputs,
  );
}

/** The classic script of spec `version` (bpkit-client-vN.iife.js), as the metafile names outputs. */
export function classicScript(meta: Metafile, version: number): string {
  return Object.keys(meta.outputs).find((f) => f.endsWith(`/bpkit-client-v${version}.iife.js`))!;
}

/** What a page talking spec `version` loads: the entry and that version's chunk, each with every chunk it imports statically. */
export function pageOutputs(meta: Metafile, version: number): Set<string> {
  const closure = (file: string, seen: Set<string>): Set<string> => {
    seen.add(file);
    for (const i of meta.outputs[file]!.imports)
      if (i.kind === "import-statement" && !seen.has(i.path)) closure(i.path, seen);
    return seen;
  };
  return closure(versionChunks(meta, version)[0]!, closure(entryOutput(meta), new Set()));
}

/** A metafile output path as the absolute file it names. */
export function outputFile(file: string): string {
  return resolve(root, file);
}

/** A metafile output path as the URL path a web server of `out` serves it at (`/chunks/x.js`). */
export function outputUrlPath(out: string, file: string): string {
  return `/${relative(out, outputFile(file)).split(sep).join("/")}`;
}
