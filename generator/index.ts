/**
 * The generator: `schema/` → `generated/` (docs/internals.md §2, §3). Everything it emits comes
 * from templates/ and the schemas; there is no message-specific code here. Output is a pure
 * function of the schemas and of the hand-written translation bodies in the current output.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Handlebars from "handlebars";
import { compileTypes, compileValidators, duplicateTitles } from "./compile";
import { buildModel, type Model, type VersionModel } from "./model";
import { byCodeUnit, type JsonObject, loadSchemaSet } from "./schema-set";
import { type BoundaryPlan, planBoundaries, type StepCase, syncStepFile } from "./translate";

/** A schema problem that stops generation; its message names the file. */
export { SchemaError } from "./schema-set";

/** The first line of every generated file (used to recognise our files in the output folder). */
export const BANNER_PREFIX = "// generated — do not edit";

/** Options of one generation. */
export interface GenerateOptions {
  /** The schema folder (default: `schema/` of the project). */
  schemaDir: string;
  /** The output folder (default: `generated/`). */
  outDir: string;
  /** The hand-written translation step files (default: `runtime/translation/steps/` next to outDir). */
  stepsDir?: string;
}

/** Result of one generation, not yet written. */
export interface GenerateResult {
  /** Output path (relative to outDir, forward slashes) → content, sorted by path. */
  files: Map<string, string>;
  /**
   * Step files (absolute path → new content) that are new or get stub entries for new cases; only
   * files that change are listed.
   */
  stepFiles: Map<string, string>;
  /** Step entries still the generated NotTranslatedError stub ("runtime/translation/steps/upgrade-v3.ts: ScalarCmd (v3 → v4)"). */
  unwritten: string[];
  /** Stub entries added for new cases (same form). */
  added: string[];
  /** Step entries whose case no longer exists (removed, renamed, or now the same schema in both versions). */
  extraEntries: string[];
  /** Non-fatal schema problems. */
  warnings: string[];
}

const PROJECT_ROOT = path.resolve(__dirname, "..");
/** Default schema and output folders of the project. */
export const DEFAULT_SCHEMA_DIR = path.join(PROJECT_ROOT, "schema");
/** See DEFAULT_SCHEMA_DIR. */
export const DEFAULT_OUT_DIR = path.join(PROJECT_ROOT, "generated");
const TEMPLATE_DIR = path.join(PROJECT_ROOT, "templates");

type Template = (context: object) => string;

/** JSON on one line, spaced like the rest of the code: `["Ok", "Error"]`, `{ "pointer": "/Command" }`. */
function inlineJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(inlineJson).join(", ")}]`;
  if (v !== null && typeof v === "object") {
    const entries = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${inlineJson(x)}`);
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  return JSON.stringify(v) ?? "undefined";
}

function loadTemplates(): Record<string, Template> {
  const hb = Handlebars.create();
  hb.registerHelper("json", (v: unknown) => inlineJson(v));
  const read = (name: string) => fs.readFileSync(path.join(TEMPLATE_DIR, name), "utf8");
  hb.registerPartial("banner", read("banner.hbs"));
  const out: Record<string, Template> = {};
  for (const name of fs.readdirSync(TEMPLATE_DIR).sort(byCodeUnit)) {
    if (name.endsWith(".hbs") && !name.includes("banner")) {
      out[name.replace(/\.hbs$/, "")] = hb.compile(read(name), { noEscape: true, strict: true });
    }
  }
  return out;
}

/** ` | { A: A } | { B: B }` lines of a union, or ` never` when empty. */
function union(items: string[]): string {
  return items.length ? items.map((i) => `\n  | ${i}`).join("") : " never";
}

/** Reads a file of the current output, if any. */
function reader(outDir: string): (rel: string) => string | undefined {
  return (rel) => {
    const file = path.join(outDir, ...rel.split("/"));
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  };
}

function caseSummary(c: StepCase, plan: BoundaryPlan): string {
  return c.kind === "changed"
    ? `the schema differs between v${plan.from} and v${plan.to}.`
    : `there is no ${c.name} in v${plan.to}.`;
}

/** A path as an import specifier relative to a folder (forward slashes, leading `./` or `../`). */
function importPath(fromDir: string, to: string): string {
  const rel = path.relative(fromDir, to).split(path.sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

async function renderVersion(
  t: Record<string, Template>,
  model: Model,
  v: VersionModel,
  files: Map<string, string>,
  warnings: string[],
): Promise<void> {
  const dir = `v${v.version}`;
  const source = `schema/${dir}/*.json (+ shared schema/*.json)`;
  const roots = v.messages.map((m) => m.deref);
  for (const title of duplicateTitles([...roots, ...v.sharedDefs])) {
    warnings.push(
      `schema/${dir}: title '${title}' is used by different schemas; TypeScript will see '${title}', '${title}1', …`,
    );
  }
  const types = await compileTypes(
    "MessageBodies",
    `The body type of every message of spec v${v.version}, by message name.`,
    v.messages.map((m) => ({ key: m.name, schema: m.deref })),
    v.sharedDefs,
  );
  const client = v.messages.filter((m) => m.direction !== "server").map((m) => m.name);
  const server = v.messages.filter((m) => m.direction !== "client").map((m) => m.name);
  files.set(
    `${dir}/types.ts`,
    t["version-types.ts"]({
      source,
      version: v.version,
      types,
      clientUnion: union(client.map((n) => `{ ${n}: ${n} }`)),
      serverUnion: union(server.map((n) => `{ ${n}: ${n} }`)),
      clientNames: union(client.map((n) => JSON.stringify(n))),
      serverNames: union(server.map((n) => JSON.stringify(n))),
      valueLists: stringEnums(v.sharedDefs),
    }),
  );
  const code = compileValidators(
    model.set,
    v.messages.map((m) => ({ exportName: m.name, schemaId: m.file.id })),
  );
  files.set(
    `${dir}/validators.js`,
    t["validators.js"]({ source, what: `spec v${v.version} message bodies`, code: stripUseStrict(code) }),
  );
  files.set(
    `${dir}/validators.d.ts`,
    t["validators.d.ts"]({
      source,
      entries: v.messages.map((m) => ({
        exportName: m.name,
        typeName: m.name,
        what: "the body of",
        file: `schema/${m.file.rel}`,
      })),
    }),
  );
  files.set(`${dir}/index.ts`, t["version-index.ts"]({ source, version: v.version }));
}

/** The titled string enums among a version's shared definitions (OutputType, InputType, …), in schema order. */
function stringEnums(defs: readonly JsonObject[]): { name: string; values: string }[] {
  return defs.flatMap((d) =>
    typeof d.title === "string" && Array.isArray(d.enum) && d.enum.every((e) => typeof e === "string")
      ? [{ name: d.title, values: d.enum.map((e) => JSON.stringify(e)).join(", ") }]
      : [],
  );
}

function stripUseStrict(code: string): string {
  return code.replace(/^"use strict";\n?/, "");
}

/** Runs the generator in memory. Throws SchemaError (naming the file) on a fatal schema problem. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const t = loadTemplates();
  const model = buildModel(loadSchemaSet(options.schemaDir));
  const files = new Map<string, string>();
  const warnings = [...model.warnings];

  for (const v of model.versions) await renderVersion(t, model, v, files, warnings);

  const generic = [];
  const { toSafeString } =
    require("json-schema-to-typescript/dist/src/utils") as typeof import("json-schema-to-typescript/dist/src/utils");
  for (const g of model.generic) {
    const dir = g.folder.name;
    const source = `schema/${dir}/*.json (+ shared schema/*.json)`;
    const named = g.schemas.map((s) => {
      const typeName = toSafeString(typeof s.deref.title === "string" ? s.deref.title : s.name);
      return {
        ...s,
        typeName,
        schema: { ...s.deref, title: typeof s.deref.title === "string" ? s.deref.title : s.name },
      };
    });
    const types = await compileTypes(
      `${toSafeString(dir)}Schemas`,
      `The type of every root schema of schema/${dir}/, by name.`,
      named.map((s) => ({ key: s.typeName, schema: s.schema })),
      g.sharedDefs,
    );
    files.set(`${dir}/types.ts`, t["generic-types.ts"]({ source, folder: dir, types }));
    const code = compileValidators(
      model.set,
      named.map((s) => ({ exportName: s.typeName, schemaId: s.file.id })),
    );
    files.set(
      `${dir}/validators.js`,
      t["validators.js"]({ source, what: `schema/${dir}`, code: stripUseStrict(code) }),
    );
    files.set(
      `${dir}/validators.d.ts`,
      t["validators.d.ts"]({
        source,
        entries: named.map((s) => ({
          exportName: s.typeName,
          typeName: s.typeName,
          what: "a document of",
          file: `schema/${s.file.rel}`,
        })),
      }),
    );
    files.set(
      `${dir}/index.ts`,
      t["generic-index.ts"]({ source, folder: dir, names: union(named.map((s) => JSON.stringify(s.typeName))) }),
    );
    generic.push({ folder: dir, alias: toSafeString(dir).replace(/^./, (c) => c.toLowerCase()) });
  }

  const versions = model.versions.map((v) => ({
    version: v.version,
    messages: v.messages.map((m) => ({
      key: m.name,
      version: v.version,
      name: m.name,
      direction: m.direction,
      id: m.id,
      replies: m.replies,
      repliesWhen: m.repliesWhen,
      introduced: m.introduced,
      changed: m.changed,
      deprecated: m.deprecated,
      note: m.note,
    })),
  }));
  const latest = model.versions.length ? model.versions[model.versions.length - 1].version : 0;
  const registryData = {
    source: "schema/v*/*.json (x-bpkit metadata)",
    versions,
    specVersionUnion: model.versions.length ? model.versions.map((v) => v.version).join(" | ") : "never",
    specVersionList: model.versions.map((v) => v.version).join(", "),
    latest,
  };
  files.set("registry.ts", t["registry.ts"](registryData));
  files.set("registry-on-demand.ts", t["registry-on-demand.ts"](registryData));
  for (const v of versions) {
    files.set(
      `v${v.version}/registry.ts`,
      t["version-registry.ts"]({ ...v, source: `schema/v${v.version}/*.json (x-bpkit metadata)` }),
    );
  }
  files.set("validation.ts", t["validation.ts"]({ source: "templates/validation.ts.hbs" }));
  files.set("index.ts", t["index.ts"]({ source: "schema/", versions, generic }));

  if (model.versions.length) files.set("current.ts", t["current.ts"]({ source: `schema/v${latest}/`, latest }));
  files.set("envelope.ts", t["envelope.ts"]({ source: "templates/envelope.ts.hbs" }));

  // Translation: a typed list of cases and the identity table per boundary; stubs in the step files.
  const plans = planBoundaries(model);
  const stepsDir = options.stepsDir ?? path.join(path.dirname(options.outDir), "runtime", "translation", "steps");
  const projectRoot = path.dirname(options.outDir);
  const stepFiles = new Map<string, string>();
  const unwritten: string[] = [];
  const added: string[] = [];
  const extraEntries: string[] = [];
  let project: import("ts-morph").Project | undefined;
  for (const plan of plans) {
    const title =
      plan.direction === "upgrade"
        ? `Upgrade v${plan.from} → v${plan.to}: every client message of v${plan.from}.`
        : `Downgrade v${plan.from} → v${plan.to}: every server message of v${plan.from}.`;
    files.set(
      plan.generatedPath,
      t["translate-step.ts"]({
        source: `schema/v${plan.lower}, schema/v${plan.lower + 1}`,
        title,
        direction: plan.direction,
        from: plan.from,
        to: plan.to,
        exportName: plan.exportName,
        stepsFile: plan.stepsFile,
        typeName: plan.typeName,
        identityName: plan.identityName,
        resultType: plan.direction === "upgrade" ? "ClientMessage" : "ServerMessage",
        cases: plan.cases.map((c) => ({ name: c.name, summary: caseSummary(c, plan) })),
        identity: plan.identity,
      }),
    );
    const file = path.join(stepsDir, plan.stepsFile);
    const label = path.relative(projectRoot, file).split(path.sep).join("/");
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    const text =
      current ??
      t["step-bodies.ts"]({
        title: title.replace(/:.*$/, ""),
        generatedPath: plan.generatedPath,
        generatedImport: importPath(stepsDir, options.outDir),
        generatedModule: plan.generatedPath.replace(/\.ts$/, ""),
        from: plan.from,
        to: plan.to,
        typeName: plan.typeName,
        exportName: plan.exportName,
      });
    // ts-morph (the TypeScript compiler) is loaded only when there are step files to read.
    project ??= new (require("ts-morph") as typeof import("ts-morph")).Project({
      useInMemoryFileSystem: true,
      skipLoadingLibFiles: true,
    });
    const sync = syncStepFile(project, label, text, plan);
    if (sync.text !== current) stepFiles.set(file, sync.text);
    const at = (name: string) => `${label}: ${name} (v${plan.from} → v${plan.to})`;
    unwritten.push(...sync.unwritten.map(at));
    added.push(...sync.added.map(at));
    extraEntries.push(...sync.extra.map(at));
  }
  if (plans.length) {
    files.set(
      "translate/index.ts",
      t["translate-index.ts"]({
        source: "schema/v*/",
        boundaries: model.versions.slice(0, -1).map((v) => ({ lower: v.version })),
      }),
    );
  }

  const sorted = new Map([...files.entries()].sort(([a], [b]) => byCodeUnit(a, b)));
  return { files: sorted, stepFiles, unwritten, added, extraEntries, warnings };
}

/** Files of a folder that carry our banner (candidates for removal when no longer generated). */
export function listGeneratedFiles(outDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodeUnit(a.name, b.name))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (e.isFile()) {
        const head = fs.readFileSync(path.join(dir, e.name), "utf8").slice(0, 200);
        if (head.startsWith(BANNER_PREFIX)) out.push(r);
      }
    }
  };
  walk(outDir, "");
  return out;
}

/**
 * Differences between a generation and the output folder: changed, missing and extra files, and
 * step files that lack stubs for new cases (`steps`, absolute paths).
 */
export function diffOutput(
  result: GenerateResult,
  outDir: string,
): { changed: string[]; missing: string[]; extra: string[]; steps: string[] } {
  const read = reader(outDir);
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [rel, content] of result.files) {
    const current = read(rel);
    if (current === undefined) missing.push(rel);
    else if (current !== content) changed.push(rel);
  }
  const extra = listGeneratedFiles(outDir).filter((rel) => !result.files.has(rel));
  return { changed, missing, extra, steps: [...result.stepFiles.keys()] };
}

/**
 * Writes a generation: changed and new files, new stubs into the step files (nothing else in them
 * changes), and removes our files that are no longer generated. Step files are hand-written code
 * and never removed.
 */
export function writeOutput(
  result: GenerateResult,
  outDir: string,
): { written: string[]; removed: string[]; steps: string[] } {
  const diff = diffOutput(result, outDir);
  const written = [...diff.missing, ...diff.changed].sort(byCodeUnit);
  for (const rel of written) {
    const file = path.join(outDir, ...rel.split("/"));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, result.files.get(rel)!);
  }
  for (const [file, content] of result.stepFiles) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  const removed: string[] = [];
  for (const rel of diff.extra) {
    const file = path.join(outDir, ...rel.split("/"));
    fs.rmSync(file);
    removed.push(rel);
    // Drop folders this emptied (a spec version or schema folder that went away).
    for (
      let dir = path.dirname(file);
      dir.startsWith(outDir + path.sep) && fs.readdirSync(dir).length === 0;
      dir = path.dirname(dir)
    ) {
      fs.rmdirSync(dir);
    }
  }
  return { written, removed, steps: [...result.stepFiles.keys()] };
}
