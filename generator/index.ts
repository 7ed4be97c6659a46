/**
 * The generator: `schema/` → `generated/` (docs/internals.md §2, §3). Everything it emits comes
 * from templates/ and the schemas; there is no message-specific code here. Output is a pure
 * function of the schemas and of the hand-written translation bodies in the current output.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Handlebars from "handlebars";
import { compileTypes, compileValidators, duplicateTitles } from "./compile";
import { buildModel, Model, VersionModel } from "./model";
import { byCodeUnit, loadSchemaSet } from "./schema-set";
import { BODY_BEGIN, BODY_END, localName, ORPHAN_BEGIN, planTranslations, StepPlan, TranslationFilePlan } from "./translate";

/** A schema problem that stops generation; its message names the file. */
export { SchemaError } from "./schema-set";

/** The first line of every generated file (used to recognise our files in the output folder). */
export const BANNER_PREFIX = "// generated — do not edit";

/** Options of one generation. */
export interface GenerateOptions {
  /** The schema folder (default: `schema/` of the project). */
  schemaDir: string;
  /** The output folder whose translation bodies are kept (default: `generated/`). */
  outDir: string;
}

/** Result of one generation, not yet written. */
export interface GenerateResult {
  /** Output path (relative to outDir, forward slashes) → content, sorted by path. */
  files: Map<string, string>;
  /** Steps whose body is still the generated NotTranslatedError stub ("translate/upgrade-v3.ts: ScalarCmd (v3 → v4)"). */
  unwritten: string[];
  /** Hand-written bodies whose message no longer has a step; kept commented out in the orphan section. */
  orphans: string[];
  /** Hand-written bodies kept although both versions' schemas are now equal. */
  keptOverIdentity: string[];
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
  hb.registerPartial("translateBanner", read("translate-banner.hbs"));
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

function stepSummary(step: StepPlan, plan: TranslationFilePlan): string {
  if (step.keptOverIdentity) {
    return "same schema in both versions, but a hand-written body exists and is kept (delete this function to get the generated identity step).";
  }
  switch (step.kind) {
    case "identity":
      return "same schema in both versions (generated identity step).";
    case "changed":
      return `the schema differs between v${plan.from} and v${plan.to}; hand-written.`;
    case "vanished":
    case "appeared":
      return `there is no ${step.name} in v${plan.to}; hand-written.`;
  }
}

async function renderVersion(t: Record<string, Template>, model: Model, v: VersionModel, files: Map<string, string>, warnings: string[]): Promise<void> {
  const dir = `v${v.version}`;
  const source = `schema/${dir}/*.json (+ shared schema/*.json)`;
  const roots = v.messages.map((m) => m.deref);
  for (const title of duplicateTitles([...roots, ...v.sharedDefs])) {
    warnings.push(`schema/${dir}: title '${title}' is used by different schemas; TypeScript will see '${title}', '${title}1', …`);
  }
  const types = await compileTypes(
    "MessageBodies",
    `The body type of every message of spec v${v.version}, by message name.`,
    v.messages.map((m) => ({ key: m.name, schema: m.deref })),
    v.sharedDefs,
  );
  const client = v.messages.filter((m) => m.direction !== "server").map((m) => m.name);
  const server = v.messages.filter((m) => m.direction !== "client").map((m) => m.name);
  files.set(`${dir}/types.ts`, t["version-types.ts"]({
    source,
    version: v.version,
    types,
    clientUnion: union(client.map((n) => `{ ${n}: ${n} }`)),
    serverUnion: union(server.map((n) => `{ ${n}: ${n} }`)),
    clientNames: union(client.map((n) => JSON.stringify(n))),
    serverNames: union(server.map((n) => JSON.stringify(n))),
  }));
  const code = compileValidators(
    model.set,
    v.messages.map((m) => ({ exportName: m.name, schemaId: m.file.id })),
  );
  files.set(`${dir}/validators.js`, t["validators.js"]({ source, what: `spec v${v.version} message bodies`, code: stripUseStrict(code) }));
  files.set(`${dir}/validators.d.ts`, t["validators.d.ts"]({
    source,
    entries: v.messages.map((m) => ({ exportName: m.name, typeName: m.name, what: "the body of", file: `schema/${m.file.rel}` })),
  }));
  files.set(`${dir}/index.ts`, t["version-index.ts"]({ source, version: v.version }));
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
  const { toSafeString } = require("json-schema-to-typescript/dist/src/utils") as typeof import("json-schema-to-typescript/dist/src/utils");
  for (const g of model.generic) {
    const dir = g.folder.name;
    const source = `schema/${dir}/*.json (+ shared schema/*.json)`;
    const named = g.schemas.map((s) => {
      const typeName = toSafeString(typeof s.deref.title === "string" ? s.deref.title : s.name);
      return { ...s, typeName, schema: { ...s.deref, title: typeof s.deref.title === "string" ? s.deref.title : s.name } };
    });
    const types = await compileTypes(
      `${toSafeString(dir)}Schemas`,
      `The type of every root schema of schema/${dir}/, by name.`,
      named.map((s) => ({ key: s.typeName, schema: s.schema })),
      g.sharedDefs,
    );
    files.set(`${dir}/types.ts`, t["generic-types.ts"]({ source, folder: dir, types }));
    const code = compileValidators(model.set, named.map((s) => ({ exportName: s.typeName, schemaId: s.file.id })));
    files.set(`${dir}/validators.js`, t["validators.js"]({ source, what: `schema/${dir}`, code: stripUseStrict(code) }));
    files.set(`${dir}/validators.d.ts`, t["validators.d.ts"]({
      source,
      entries: named.map((s) => ({ exportName: s.typeName, typeName: s.typeName, what: "a document of", file: `schema/${s.file.rel}` })),
    }));
    files.set(`${dir}/index.ts`, t["generic-index.ts"]({ source, folder: dir, names: union(named.map((s) => JSON.stringify(s.typeName))) }));
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
  files.set("registry.ts", t["registry.ts"]({
    source: "schema/v*/*.json (x-bpkit metadata)",
    versions,
    specVersionUnion: model.versions.length ? model.versions.map((v) => v.version).join(" | ") : "never",
    specVersionList: model.versions.map((v) => v.version).join(", "),
    latest,
  }));
  files.set("validation.ts", t["validation.ts"]({ source: "templates/validation.ts.hbs" }));
  files.set("index.ts", t["index.ts"]({ source: "schema/", versions, generic }));

  // Translation steps, keeping hand-written bodies of the current output.
  const plans = planTranslations(model, reader(options.outDir));
  const unwritten: string[] = [];
  const orphans: string[] = [];
  const keptOverIdentity: string[] = [];
  for (const plan of plans) {
    const shadowed = plan.steps.filter((s) => localName(s.name) !== s.name);
    files.set(plan.path, t["translate-step.ts"]({
      source: `schema/v${plan.lower}, schema/v${plan.lower + 1}`,
      title: plan.direction === "upgrade"
        ? `Upgrade steps v${plan.from} → v${plan.to}: every client message of v${plan.from}.`
        : `Downgrade steps v${plan.from} → v${plan.to}: every server message of v${plan.from}.`,
      from: plan.from,
      to: plan.to,
      resultType: plan.direction === "upgrade" ? "ClientMessage" : "ServerMessage",
      steps: plan.steps.map((s) => ({
        name: s.name,
        local: localName(s.name),
        shadowed: localName(s.name) !== s.name,
        body: s.body,
        summary: stepSummary(s, plan),
      })),
      exportList: shadowed.map((s) => `${localName(s.name)} as ${s.name}`).join(", "),
      orphans: plan.orphans,
    }));
    for (const s of plan.steps) {
      const label = `${plan.path}: ${s.name} (v${plan.from} → v${plan.to})`;
      if (s.unwritten) unwritten.push(label);
      if (s.keptOverIdentity) keptOverIdentity.push(label);
    }
    for (const o of plan.orphans) orphans.push(`${plan.path}: ${o.name} (v${plan.from} → v${plan.to})`);
  }
  if (plans.length) {
    files.set("translate/index.ts", t["translate-index.ts"]({
      source: "schema/v*/",
      boundaries: model.versions.slice(0, -1).map((v) => ({ lower: v.version })),
    }));
  }

  const sorted = new Map([...files.entries()].sort(([a], [b]) => byCodeUnit(a, b)));
  return { files: sorted, unwritten, orphans, keptOverIdentity, warnings };
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

/** Differences between a generation and the output folder: changed, missing and extra files. */
export function diffOutput(result: GenerateResult, outDir: string): { changed: string[]; missing: string[]; extra: string[] } {
  const read = reader(outDir);
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [rel, content] of result.files) {
    const current = read(rel);
    if (current === undefined) missing.push(rel);
    else if (current !== content) changed.push(rel);
  }
  const extra = listGeneratedFiles(outDir).filter((rel) => !result.files.has(rel));
  return { changed, missing, extra };
}

/**
 * Writes a generation: changed and new files, and removes our files that are no longer generated
 * — except files holding hand-written translation bodies (a whole boundary went away): those are
 * kept and returned in `kept`, to be deleted by hand once their code has moved.
 */
export function writeOutput(result: GenerateResult, outDir: string): { written: string[]; removed: string[]; kept: string[] } {
  const diff = diffOutput(result, outDir);
  const written = [...diff.missing, ...diff.changed].sort(byCodeUnit);
  for (const rel of written) {
    const file = path.join(outDir, ...rel.split("/"));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, result.files.get(rel)!);
  }
  const removed: string[] = [];
  const kept: string[] = [];
  for (const rel of diff.extra) {
    const file = path.join(outDir, ...rel.split("/"));
    if (holdsHandWrittenCode(fs.readFileSync(file, "utf8"))) kept.push(rel);
    else {
      fs.rmSync(file);
      removed.push(rel);
      // Drop folders this emptied (a spec version or schema folder that went away).
      for (let dir = path.dirname(file); dir.startsWith(outDir + path.sep) && fs.readdirSync(dir).length === 0; dir = path.dirname(dir)) {
        fs.rmdirSync(dir);
      }
    }
  }
  return { written, removed, kept };
}

/** Whether a translation file has a body that is not the generated stub, or an orphan block. */
function holdsHandWrittenCode(text: string): boolean {
  let body: string[] | undefined;
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (t.startsWith(ORPHAN_BEGIN)) return true;
    if (t === BODY_BEGIN || t.startsWith(`${BODY_BEGIN} `)) body = [];
    else if (body && (t === BODY_END || t.startsWith(`${BODY_END} `))) {
      const code = body.join("\n").trim();
      if (!/^throw new tx\.NotTranslatedError\([^)]*\);$/.test(code)) return true;
      body = undefined;
    } else body?.push(line);
  }
  return false;
}
