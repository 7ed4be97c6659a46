#!/usr/bin/env node
// `npm run build`: compile generated/ and runtime/ to JavaScript with type declarations (dist/),
// so the package's exports ("bpkit", "bpkit/generated") work without a TypeScript loader.
// Also bundles the dashboard page (runtime/dashboard/page → dist/dashboard) with esbuild.
// Also compiles scripts/ (the bpkit command line: bin/bpkit.js runs dist/scripts/cli.js).
// Usage: node scripts/build.js [--out DIR] [--if-stale]

const { execFileSync } = require("node:child_process");
const { cpSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { dirname, join, relative, resolve } = require("node:path");

const root = resolve(__dirname, "..");

/** Where the dashboard page's sources are, and where its bundle goes by default. */
const DASHBOARD_SOURCE = join(root, "runtime", "dashboard", "page");
const DASHBOARD_FILES = ["index.html", "app.js", "app.css"];

/**
 * Bundle the dashboard page (Preact, our code) into `out` (index.html, app.js, app.css): one
 * self-contained script, so the page loads nothing from the network. Written to a temporary
 * folder first and renamed, so a server starting meanwhile never sees half a bundle.
 */
function buildDashboard(out = join(root, "dist", "dashboard")) {
  const esbuild = require("esbuild");
  const temp = `${out}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  esbuild.buildSync({
    entryPoints: [join(DASHBOARD_SOURCE, "app.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["chrome109", "firefox115"],
    outfile: join(temp, "app.js"),
    logLevel: "warning",
  });
  cpSync(join(DASHBOARD_SOURCE, "index.html"), join(temp, "index.html"));
  cpSync(join(DASHBOARD_SOURCE, "app.css"), join(temp, "app.css"));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(dirname(out), { recursive: true });
  try {
    renameSync(temp, out);
  } catch (err) {
    // Another process (a second server starting) put its bundle there first: use that one.
    rmSync(temp, { recursive: true, force: true });
    if (dashboardStale(out)) throw err;
  }
  return out;
}

/** Whether the dashboard bundle in `out` is missing or older than a source file. */
function dashboardStale(out = join(root, "dist", "dashboard")) {
  let built = Infinity;
  try {
    for (const name of DASHBOARD_FILES) built = Math.min(built, statSync(join(out, name)).mtimeMs);
  } catch {
    return true;
  }
  return readdirSync(DASHBOARD_SOURCE, { recursive: true, withFileTypes: true }).some(
    (e) => e.isFile() && statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs > built,
  );
}

module.exports = { buildDashboard, dashboardStale, DASHBOARD_FILES };
// Run as a script (not required for buildDashboard / dashboardStale): build into dist/ or --out.
if (require.main === module) main();

function main() {
  const outFlag = process.argv.indexOf("--out");
  const out = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : join(root, "dist");
  /** Written last: a complete build, and when it was made (--if-stale compares sources with it). */
  const stamp = join(out, ".build-complete");

  /** Whether a source the build compiles or copies changed since the last complete build in `out`. */
  function buildStale() {
    let built;
    try {
      built = statSync(stamp).mtimeMs;
    } catch {
      return true;
    }
    const newer = (file) => statSync(file).mtimeMs > built;
    if (["package.json", "tsconfig.json", "tsconfig.build.json"].some((f) => newer(join(root, f)))) return true;
    return ["generated", "runtime", "scripts"].some((dir) =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true }).some(
        (e) => e.isFile() && newer(join(e.parentPath ?? e.path, e.name)),
      ),
    );
  }

  // --if-stale: `npm start` and `npm test` rebuild only after a source changed (a full build takes a minute).
  if (process.argv.includes("--if-stale") && !buildStale()) return;

  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json"), "--outDir", out],
    {
      stdio: "inherit",
    },
  );

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
  buildDashboard(join(out, "dashboard"));
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  console.log(
    `bpkit build: ${relative(process.cwd(), out) || "."} (${assets.length} assets copied, dashboard bundled)`,
  );
}
