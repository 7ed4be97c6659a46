/**
 * `bpkit generate`: render schema/ into generated/ (docs/internals.md §2, §3).
 *
 *   bpkit generate [--check] [--schema <dir>] [--out <dir>] [--quiet]
 *
 * --check compares in memory and never writes: exit 1 listing stale, missing and extra files and
 * step files that lack stubs for new cases. Unwritten stubs and step entries whose case no longer
 * exists are listed as information (the typecheck rejects the latter).
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { join } from "node:path";
import { type CommandSpec, parseOrExit, stringFlag, switchFlag } from "./args";
import { PACKAGE_ROOT } from "./paths";
import { errorText } from "../runtime/errors";

/** The `bpkit generate` command line. */
export const GENERATE_COMMAND: CommandSpec = {
  command: "generate",
  description: `Renders schema/ into generated/: types, ajv standalone validators, the message registry, the
message envelope and the translation step types; adds a throwing stub to
runtime/translation/steps/ for every new translation case (written bodies are never changed).`,
  flags: [
    { name: "check", help: "do not write; exit 1 and list the files that differ when the output is stale" },
    { name: "schema", value: "dir", help: "schema folder (default: schema/)" },
    { name: "out", value: "dir", help: "output folder (default: generated/)" },
    { name: "quiet", help: "print only problems" },
  ],
};

type GeneratorModule = typeof import("../generator");

/** The generator's development tools are devDependencies: installed in a checkout only. */
const GENERATOR_TOOLS = ["ts-morph", "handlebars", "json-schema-to-typescript"];

/**
 * The generator, or undefined (with what to do printed) when it cannot run here. It is a
 * development tool and is not compiled into dist/: the compiled `bpkit generate` of a checkout runs
 * generator/ from source through tsx (a devDependency); an installed package has neither.
 */
export function loadGenerator(): GeneratorModule | undefined {
  const source = join(PACKAGE_ROOT, "generator", "index.ts");
  try {
    if (__filename.endsWith(".ts")) return require("../generator") as GeneratorModule;
    if (!existsSync(source)) {
      console.error(
        "bpkit generate: the generator is not part of the installed package; run it in a checkout of bpkit (git clone, then npm install).",
      );
      return undefined;
    }
    require("tsx/cjs");
    return require(source) as GeneratorModule;
  } catch (err) {
    const message = errorText(err);
    const missing =
      (err as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND"
        ? [...GENERATOR_TOOLS, "tsx"].find((name) => message.includes(`'${name}`))
        : undefined;
    if (missing === undefined) throw err;
    console.error(
      `bpkit generate: the generator needs bpkit's development tools, and '${missing}' is not installed.\n` +
        "Run it in a checkout of bpkit after `npm install` (not --omit=dev), or install them:\n" +
        `  npm install --save-dev ${GENERATOR_TOOLS.join(" ")} tsx typescript`,
    );
    return undefined;
  }
}

/** Entry point called by scripts/cli.ts; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrExit(GENERATE_COMMAND, argv);
  if (typeof parsed === "number") return parsed;
  const generator = loadGenerator();
  if (!generator) return 1;
  const { DEFAULT_OUT_DIR, DEFAULT_SCHEMA_DIR, diffOutput, generate, SchemaError, writeOutput } = generator;
  const check = switchFlag(parsed, "check");
  const quiet = switchFlag(parsed, "quiet");
  const schemaDir = path.resolve(stringFlag(parsed, "schema") ?? DEFAULT_SCHEMA_DIR);
  const outDir = path.resolve(stringFlag(parsed, "out") ?? DEFAULT_OUT_DIR);

  let result: Awaited<ReturnType<typeof generate>>;
  try {
    result = await generate({ schemaDir, outDir });
  } catch (err) {
    if (err instanceof SchemaError) {
      console.error(`bpkit generate: ${err.message}`);
      return 1;
    }
    throw err;
  }
  const rel = (p: string) => path.relative(process.cwd(), path.join(outDir, p)) || p;
  for (const w of result.warnings) console.error(`warning: ${w}`);
  if (result.extraEntries.length) {
    console.error(
      `warning: ${result.extraEntries.length} translation step entr${result.extraEntries.length === 1 ? "y has" : "ies have"} no case any more (removed or renamed message, or the same schema in both versions now: the identity step covers it); move what you need, then delete the entry:`,
    );
    for (const e of result.extraEntries) console.error(`  ${e}`);
  }
  if (!quiet && result.unwritten.length) {
    console.log(
      `${result.unwritten.length} translation stub${result.unwritten.length === 1 ? " is" : "s are"} not written yet (they throw NotTranslatedError):`,
    );
    for (const u of result.unwritten) console.log(`  ${u}`);
  }

  if (check) {
    const diff = diffOutput(result, outDir);
    const stale = [
      ...diff.changed.map((f) => `  changed: ${rel(f)}`),
      ...diff.missing.map((f) => `  missing: ${rel(f)}`),
      ...diff.extra.map((f) => `  extra:   ${rel(f)} (no longer generated)`),
      ...diff.steps.map(
        (f) => `  stubs:   ${path.relative(process.cwd(), f) || f} (new translation cases need stub entries)`,
      ),
    ];
    if (stale.length) {
      console.error(`bpkit generate --check: ${outDir} is stale; run \`npm run generate\`:\n${stale.join("\n")}`);
      return 1;
    }
    if (!quiet) console.log(`bpkit generate --check: ${result.files.size} files up to date`);
    return 0;
  }
  const { written, removed, steps } = writeOutput(result, outDir);
  if (!quiet) {
    for (const f of steps) console.log(`added translation stubs to ${path.relative(process.cwd(), f) || f}`);
    for (const f of written) console.log(`wrote ${rel(f)}`);
    for (const f of removed) console.log(`removed ${rel(f)}`);
    console.log(`bpkit generate: ${result.files.size} files, ${written.length} written, ${removed.length} removed`);
  }
  return 0;
}
