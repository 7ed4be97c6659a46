#!/usr/bin/env node
// `npm run build`: compile generated/ and runtime/ to JavaScript with type declarations (dist/),
// so the package's exports ("bpkit", "bpkit/generated") work without a TypeScript loader.
// Usage: node scripts/build.js [--out DIR]
"use strict";
const { execFileSync } = require("node:child_process");
const { cpSync, mkdirSync, readdirSync, rmSync } = require("node:fs");
const { dirname, join, relative, resolve } = require("node:path");

const root = resolve(__dirname, "..");
const outFlag = process.argv.indexOf("--out");
const out = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : join(root, "dist");

rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json"), "--outDir", out], {
  stdio: "inherit",
});

// Files tsc does not carry over as they are: the hand-written declarations of the ajv standalone
// validators (tsc would derive poorer ones from the JavaScript) and the built-in device database.
/** Files below `dir` (relative to the project root) whose name passes `keep`. */
function filesUnder(dir, keep) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)));
}
const assets = [
  ...filesUnder("generated", (name) => name === "validators.d.ts"),
  ...filesUnder("runtime/hardware/device-config", () => true),
];
for (const file of assets) {
  const target = join(out, relative(root, join(root, file)));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(root, file), target);
}
console.log(`bpkit build: ${relative(process.cwd(), out) || "."} (${assets.length} assets copied)`);
