/**
 * The two compilers the generator drives: json-schema-to-typescript (types) and ajv standalone
 * (precompiled validators). Both get one combined input per folder so shared pieces come out once.
 */
// The compilers are loaded on first use: a schema error is reported without paying for them.
type AjvModule = typeof import("ajv");
type StandaloneModule = typeof import("ajv/dist/standalone");
type JsttModule = typeof import("json-schema-to-typescript");
import { type JsonObject, SchemaError, type SchemaSet } from "./schema-set";

/** Keywords of a document root that make no sense inside the combined schema. */
const ROOT_ONLY = ["$schema", "$id", "definitions", "x-bpkit"];

function rootCopy(schema: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) if (!ROOT_ONLY.includes(k)) out[k] = v;
  return out;
}

/**
 * Titles used by more than one distinct schema object: json-schema-to-typescript would name the
 * second `Title1`, so these are reported.
 */
export function duplicateTitles(roots: JsonObject[]): string[] {
  const seen = new Map<string, Set<object>>();
  const visit = (node: unknown, stack: Set<object>) => {
    if (node === null || typeof node !== "object" || stack.has(node)) return;
    stack.add(node);
    if (!Array.isArray(node)) {
      const title = (node as JsonObject).title;
      if (typeof title === "string") {
        const s = seen.get(title) ?? new Set<object>();
        s.add(node);
        seen.set(title, s);
      }
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === "enum" || k === "const" || k === "default" || k === "examples" || k === "x-bpkit") continue;
      visit(v, stack);
    }
    stack.delete(node);
  };
  for (const r of roots) visit(r, new Set());
  return [...seen.entries()]
    .filter(([, s]) => s.size > 1)
    .map(([t]) => t)
    .sort();
}

/**
 * TypeScript declarations for a set of dereferenced root schemas, compiled as ONE schema so every
 * titled sub-schema is declared once: the root is `export interface <rootName> { Key: Type; … }`
 * (a map from name to type) and `extra` titled definitions are declared even when unused.
 */
export async function compileTypes(
  rootName: string,
  description: string,
  roots: { key: string; schema: JsonObject }[],
  extra: JsonObject[] = [],
): Promise<string> {
  const properties: JsonObject = {};
  for (const r of roots) properties[r.key] = rootCopy(r.schema);
  const definitions: JsonObject = {};
  for (const e of extra) definitions[String(e.title)] = e;
  // One structuredClone keeps shared objects shared (identity is how the compiler dedupes) while
  // protecting the dereferencer's memo from the compiler's in-place normalisation.
  const combined = structuredClone({
    title: rootName,
    description,
    type: "object",
    properties,
    required: roots.map((r) => r.key),
    additionalProperties: false,
    definitions,
  }) as JsonObject;
  const { compile } = require("json-schema-to-typescript") as JsttModule;
  const ts = await compile(combined as never, rootName, {
    bannerComment: "",
    additionalProperties: false,
    strictIndexSignatures: true,
    unknownAny: true,
    format: true,
    declareExternallyReferenced: true,
    // A named enum (tsEnumNames) is a plain `enum`: a `const enum` vanishes when files compile one by one.
    enableConstEnums: false,
    unreachableDefinitions: true,
    style: { printWidth: 120, trailingComma: "all" },
  });
  return tidyTypes(ts);
}

/** Drops the compiler's notes about where a type was referenced ("referenced by `undefined`'s …"). */
function tidyTypes(ts: string): string {
  return `${ts
    .replace(
      /\n *\*\n *\* This interface was referenced by `[^`]*`'s JSON-Schema(?: definition)?\n *\* via the `(?:patternProperty|definition)` "(?:[^"\\]|\\.)*"\./g,
      "",
    )
    .replace(
      /( *)\/\*\*\n *\* This interface was referenced by `[^`]*`'s JSON-Schema(?: definition)?\n *\* via the `(?:patternProperty|definition)` "(?:[^"\\]|\\.)*"\.\n *\*\/\n/g,
      "",
    )
    .trimEnd()}\n`;
}

/** One validator to export: the export name and the `$id` (+ optional fragment) it validates. */
export interface ValidatorEntry {
  exportName: string;
  schemaId: string;
}

/**
 * Ajv standalone CommonJS module with one export per entry. Every schema file of the set is
 * added so relative `$ref`s resolve by `$id` exactly as on disk; only what is referenced is
 * emitted. Strict mode; `x-bpkit` is a known annotation keyword.
 */
export function compileValidators(set: SchemaSet, entries: ValidatorEntry[]): string {
  const Ajv = (require("ajv") as AjvModule).default;
  const standaloneCode = (require("ajv/dist/standalone") as StandaloneModule).default;
  const ajv = new Ajv({
    strict: true,
    allErrors: true,
    code: { source: true, esm: false, lines: true, optimize: true },
  });
  ajv.addKeyword({ keyword: "x-bpkit", schemaType: "object" });
  // json-schema-to-typescript's names for the values of an enum (a TypeScript enum, e.g. ErrorCode).
  ajv.addKeyword({ keyword: "tsEnumNames", schemaType: "array" });
  const files = [...set.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const f of files) {
    try {
      ajv.addSchema(f.doc as object, f.id);
    } catch (err) {
      throw new SchemaError(`${f.file}: ${(err as Error).message}`);
    }
  }
  const refs: Record<string, string> = {};
  for (const e of entries) {
    try {
      ajv.getSchema(e.schemaId); // compiles now, so an error names the right file
    } catch (err) {
      const rel = e.schemaId.replace(/^https:\/\/bpkit\.dev\/schema\//, "");
      throw new SchemaError(`${set.root}/${rel}: ajv: ${(err as Error).message}`);
    }
    refs[e.exportName] = e.schemaId;
  }
  return `${standaloneCode(ajv, refs).trimEnd()}\n`;
}
