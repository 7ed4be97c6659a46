#!/usr/bin/env node
// `npm run build:browser`: bundle the client (runtime/client/index.ts and everything it imports)
// for browsers with esbuild, minified:
//   dist/browser/bpkit-client.js       ES module (`import { ButtplugClient } from "./bpkit-client.js"`)
//   dist/browser/chunks/*.js           its chunks: the message tables of spec v2, v3 and v4, each
//                                      fetched when a connection first speaks that version
//   dist/browser/bpkit-client-v4.iife.js, -v3, -v2
//                                      classic scripts (`<script src>`), each defining `globalThis.bpkit`
//                                      with one spec version inside: its client speaks that version
// The registry is generated/registry-on-demand.ts instead of generated/registry.ts, so only the
// versions the client loads (runtime/client/spec-versions.ts) are bundled, never v0/v1; a classic
// script's runtime/client/spec-version-tables.ts names its one version only.
// A browser has no Node built-ins, so the build fails, naming the module and who imported it, if
// one (or the Node-only `ws` package) is reachable from the client.
// Usage: node scripts/build-browser.js [--out DIR] [--metafile] [--entry FILE]
//   --metafile  also write esbuild's metafiles, merged (bpkit-client.meta.json: every output and its inputs)
//   --entry     bundle another entry point instead of the client (used by the tests)

const { builtinModules } = require("node:module");
const { mkdirSync, rmSync, writeFileSync } = require("node:fs");
const { join, relative, resolve } = require("node:path");

const root = resolve(__dirname, "..");

/** Value of `--name VALUE` on the command line, if given. */
function option(name) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const out = resolve(option("--out") ?? join(root, "dist", "browser"));
const entry = resolve(option("--entry") ?? join(root, "runtime", "client", "index.ts"));
const writeMeta = process.argv.includes("--metafile");

// Modules that exist only in Node: its built-ins (with and without `node:`) and `ws`.
const staticRegistry = join(root, "generated", "registry");
const onDemandRegistry = join(root, "generated", "registry-on-demand.ts");
const clientDir = join(root, "runtime", "client");
const specVersionTables = join(clientDir, "spec-version-tables");

/** The spec versions the client speaks: one classic script each. */
const CLASSIC_SCRIPT_VERSIONS = [4, 3, 2];
/** A classic script's name (runtime/client/spec-versions.ts classicScriptFor names it the same). */
const classicScript = (version) => `bpkit-client-v${version}.iife`;

const nodeOnly = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), "ws"]);
/** Whether an import path names a Node-only module (or a file inside one, e.g. "fs/promises"). */
function isNodeOnly(path) {
  return nodeOnly.has(path) || nodeOnly.has(path.split("/")[0]) || path.startsWith("node:");
}

/**
 * Keeps Node out of the bundle: the client's `ws` fallback (runtime/transport/websocket-client,
 * reached only through a lazy require in connector.ts) becomes a module that explains itself, and
 * any Node-only import is recorded (and left external so the build can report all of them).
 */
function browserOnly(found, onlyVersion) {
  return {
    name: "bpkit-browser-only",
    setup(build) {
      // A classic script of one version: the tables module names that version only.
      if (onlyVersion !== undefined) {
        build.onResolve({ filter: /(^|\/)spec-version-tables$/ }, (args) =>
          resolve(args.resolveDir, args.path) === specVersionTables
            ? { path: `spec-version-tables-v${onlyVersion}`, namespace: "bpkit-browser" }
            : undefined,
        );
      }
      build.onResolve({ filter: /(^|\/)transport\/websocket-client$/ }, (args) => ({
        path: args.path,
        namespace: "bpkit-browser",
      }));
      build.onLoad({ filter: /^spec-version-tables-v\d$/, namespace: "bpkit-browser" }, () => ({
        loader: "js",
        resolveDir: clientDir,
        contents: `export const specVersionTables = { ${onlyVersion}: () => import("../../generated/v${onlyVersion}/registry") };\n`,
      }));
      build.onLoad({ filter: /websocket-client$/, namespace: "bpkit-browser" }, () => ({
        loader: "js",
        contents:
          "export function connectWebsocket(url) {\n" +
          "  return Promise.reject(new Error('cannot connect to ' + url + ': the browser build of the bpkit client has no \"ws\" fallback; it needs globalThis.WebSocket'));\n" +
          "}\n",
      }));
      // The registry that starts empty and is filled per version (see the header).
      build.onResolve({ filter: /(^|\/)registry$/ }, (args) =>
        resolve(args.resolveDir, args.path) === staticRegistry ? { path: onDemandRegistry } : undefined,
      );
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (!isNodeOnly(args.path)) return undefined;
        found.push({ path: args.path, importer: relative(root, args.importer) });
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * Bundle `entry` once: as the ES module split into chunks, or (`onlyVersion` given) as the classic
 * script of that spec version; resolves to esbuild's metafile.
 */
async function bundle(esbuild, found, onlyVersion) {
  const esm = onlyVersion === undefined;
  const result = await esbuild.build({
    entryPoints: { [esm ? "bpkit-client" : classicScript(onlyVersion)]: entry },
    outdir: out,
    splitting: esm,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    minify: true,
    platform: "browser",
    format: esm ? "esm" : "iife",
    globalName: esm ? undefined : "bpkit",
    target: "es2020",
    charset: "utf8",
    metafile: true,
    logLevel: "warning",
    plugins: [browserOnly(found, onlyVersion)],
  });
  return result.metafile;
}

async function main() {
  const esbuild = require("esbuild");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const found = [];
  const meta = { inputs: {}, outputs: {} };
  try {
    for (const onlyVersion of [undefined, ...CLASSIC_SCRIPT_VERSIONS]) {
      const part = await bundle(esbuild, found, onlyVersion);
      Object.assign(meta.inputs, part.inputs);
      Object.assign(meta.outputs, part.outputs);
    }
  } catch {
    // esbuild has already printed its errors (logLevel "warning").
    console.error(`bpkit build:browser: esbuild could not bundle ${relative(root, entry)}`);
    process.exit(1);
  }
  if (found.length > 0) {
    rmSync(out, { recursive: true, force: true });
    const lines = [...new Set(found.map((f) => `  "${f.path}" imported by ${f.importer}`))];
    console.error(
      `bpkit build:browser: Node-only modules reach the browser bundle of ${relative(root, entry)}:\n${lines.join("\n")}\n` +
        "A browser has none of them: use a portable replacement (runtime/events.ts for node:events) or load the Node path lazily.",
    );
    process.exit(1);
  }
  if (writeMeta) writeFileSync(join(out, "bpkit-client.meta.json"), JSON.stringify(meta, null, 1));
  const bytes = Object.values(meta.outputs).reduce((sum, o) => sum + o.bytes, 0);
  console.log(
    `bpkit build:browser: ${relative(process.cwd(), out) || "."} (${Object.keys(meta.inputs).length} modules, ${Math.round(bytes / 1024)} KiB)`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
