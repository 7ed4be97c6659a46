/**
 * Loads `schema/` into memory: every JSON file, indexed by its `$id`, grouped into folders
 * (spec versions `vN` and generic schema folders such as `device-config`), with `$ref`
 * resolution that works the same way as on disk (relative to the document's `$id`).
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The base every schema `$id` lives under (docs/internals.md §1). */
export const ID_BASE = "https://bpkit.dev/schema/";

/** A JSON value as read from a schema file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object (a schema or a piece of one). */
export type JsonObject = { [key: string]: Json };

/** One schema file. */
export interface SchemaFile {
  /** Path relative to the schema root, with forward slashes (`v3/ScalarCmd.json`). */
  rel: string;
  /** Absolute path on disk (for error messages). */
  file: string;
  /** The document's `$id` (the expected one when the file has none). */
  id: string;
  /** The parsed document. */
  doc: JsonObject;
}

/** A folder of schemas: `v3` (a spec version) or `device-config` (a generic schema folder). */
export interface SchemaFolder {
  name: string;
  /** Spec version for `vN` folders, undefined for generic folders. */
  version?: number;
  /** Files of the folder, sorted by file name. */
  files: SchemaFile[];
}

/** Everything under the schema root. */
export interface SchemaSet {
  root: string;
  /** Files directly under the root (shared pieces such as common.json), sorted. */
  shared: SchemaFile[];
  /** Sub-folders, spec versions first (ascending), then generic folders by name. */
  folders: SchemaFolder[];
  byId: Map<string, SchemaFile>;
}

/** A problem in a schema file that stops generation; the message names the file. */
export class SchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SchemaError";
  }
}

/** Code-unit order: stable across machines and locales (localeCompare is not). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads every `*.json` under `root` (one folder level deep). */
export function loadSchemaSet(root: string): SchemaSet {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new SchemaError(`schema folder not found: ${root}`);
  }
  const byId = new Map<string, SchemaFile>();
  const readFile = (rel: string): SchemaFile => {
    const file = path.join(root, ...rel.split("/"));
    const text = fs.readFileSync(file, "utf8");
    let doc: Json;
    try {
      doc = JSON.parse(text) as Json;
    } catch (err) {
      throw new SchemaError(`${file}: invalid JSON: ${(err as Error).message}`);
    }
    if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
      throw new SchemaError(`${file}: a schema file must contain a JSON object`);
    }
    const expected = ID_BASE + rel;
    const id = doc.$id === undefined ? expected : doc.$id;
    if (id !== expected) {
      // Relative $refs resolve against $id; a mismatch would resolve differently than on disk.
      throw new SchemaError(
        `${file}: $id is ${JSON.stringify(doc.$id)}, expected "${expected}" (it must mirror the file's path)`,
      );
    }
    const entry: SchemaFile = { rel, file, id: expected, doc };
    byId.set(expected, entry);
    return entry;
  };

  const entries = fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => byCodeUnit(a.name, b.name));
  const shared = entries.filter((e) => e.isFile() && e.name.endsWith(".json")).map((e) => readFile(e.name));
  const folders: SchemaFolder[] = [];
  for (const dir of entries.filter((e) => e.isDirectory())) {
    const names = fs
      .readdirSync(path.join(root, dir.name))
      .filter((n) => n.endsWith(".json"))
      .sort(byCodeUnit);
    if (names.length === 0) continue;
    const m = /^v(0|[1-9][0-9]*)$/.exec(dir.name);
    folders.push({
      name: dir.name,
      version: m ? Number(m[1]) : undefined,
      files: names.map((n) => readFile(`${dir.name}/${n}`)),
    });
  }
  folders.sort((a, b) => {
    if (a.version !== undefined && b.version !== undefined) return a.version - b.version;
    if (a.version !== undefined) return -1;
    if (b.version !== undefined) return 1;
    return byCodeUnit(a.name, b.name);
  });
  return { root, shared, folders, byId };
}

/** Decodes one JSON pointer token. */
function unescapeToken(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Escapes one JSON pointer token (RFC 6901). */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Dereferences schemas of a set: every `$ref` is replaced by the (dereferenced) schema it points
 * to. The same target always yields the same object, so consumers that key on identity (the
 * TypeScript compiler) emit a shared definition once. Sibling keywords of a `$ref` are dropped,
 * as draft-07 ignores them.
 */
export class Dereferencer {
  private readonly memo = new Map<string, Json>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly set: SchemaSet) {}

  /** The dereferenced copy of a whole document. */
  document(file: SchemaFile): JsonObject {
    return this.target(file.id, "") as JsonObject;
  }

  /**
   * The dereferenced `definitions` entries of a document that have a `title`, by key order: the
   * same objects a `$ref` to them yields.
   */
  titledDefinitions(file: SchemaFile): JsonObject[] {
    const defs = file.doc.definitions;
    if (defs === null || typeof defs !== "object" || Array.isArray(defs)) return [];
    return Object.keys(defs)
      .sort(byCodeUnit)
      .map((k) => this.target(file.id, `/definitions/${escapePointerToken(k)}`))
      .filter(
        (d): d is JsonObject => d !== null && typeof d === "object" && !Array.isArray(d) && typeof d.title === "string",
      );
  }

  private target(docId: string, pointer: string): Json {
    const key = `${docId}#${pointer}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    const file = this.set.byId.get(docId);
    if (!file) throw new SchemaError(`$ref to unknown schema document ${docId}`);
    if (this.inProgress.has(key)) {
      throw new SchemaError(`${file.file}: recursive $ref through ${pointer || "/"} is not supported`);
    }
    let node: Json = file.doc;
    for (const raw of pointer.split("/").slice(1)) {
      const token = unescapeToken(raw);
      if (node !== null && typeof node === "object" && token in node) {
        node = (node as Record<string, Json>)[token];
      } else {
        throw new SchemaError(`${file.file}: $ref target #${pointer} does not exist`);
      }
    }
    this.inProgress.add(key);
    const out = this.walk(node, file, pointer);
    this.inProgress.delete(key);
    this.memo.set(key, out);
    return out;
  }

  private walk(node: Json, file: SchemaFile, at: string): Json {
    if (Array.isArray(node)) return node.map((v, i) => this.walk(v, file, `${at}/${i}`));
    if (node === null || typeof node !== "object") return node;
    if (typeof node.$ref === "string") {
      let resolved: URL;
      try {
        resolved = new URL(node.$ref, file.id);
      } catch {
        throw new SchemaError(`${file.file}: invalid $ref ${JSON.stringify(node.$ref)} at #${at}`);
      }
      const fragment = decodeURIComponent(resolved.hash.replace(/^#/, ""));
      resolved.hash = "";
      if (!this.set.byId.has(resolved.href)) {
        throw new SchemaError(
          `${file.file}: $ref ${JSON.stringify(node.$ref)} at #${at} points to ${resolved.href}, which is not a file under the schema folder`,
        );
      }
      try {
        return this.target(resolved.href, fragment);
      } catch (err) {
        if (err instanceof SchemaError && !err.message.includes(" via ")) {
          throw new SchemaError(`${err.message} (via $ref ${JSON.stringify(node.$ref)} at ${file.rel}#${at})`);
        }
        throw err;
      }
    }
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) out[k] = this.walk(v, file, `${at}/${escapePointerToken(k)}`);
    return out;
  }
}

/** Keywords whose value is a map from names to schemas. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "dependencies"]);
/** Keywords whose value is a schema or an array of schemas. */
const SCHEMA_VALUES = new Set([
  "items",
  "additionalItems",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "allOf",
  "anyOf",
  "oneOf",
]);
/** Keywords that do not change what a schema accepts (ignored when comparing versions). */
const ANNOTATIONS = new Set(["$id", "$schema", "$comment", "x-bpkit", "description", "title", "examples"]);

/**
 * A canonical text of what a dereferenced schema accepts: annotations removed (schema-aware, so a
 * property named `title` survives), object keys sorted. Equal texts ⇒ equal schemas.
 */
export function canonicalSchema(schema: Json): string {
  const strip = (s: Json): Json => {
    if (Array.isArray(s)) return s.map(strip);
    if (s === null || typeof s !== "object") return s;
    const out: JsonObject = {};
    for (const k of Object.keys(s).sort(byCodeUnit)) {
      if (ANNOTATIONS.has(k)) continue;
      const v = s[k];
      if (SCHEMA_MAPS.has(k) && v !== null && typeof v === "object" && !Array.isArray(v)) {
        const m: JsonObject = {};
        for (const name of Object.keys(v).sort(byCodeUnit)) m[name] = strip(v[name]);
        out[k] = m;
      } else if (SCHEMA_VALUES.has(k)) {
        out[k] = strip(v);
      } else {
        out[k] = sortedData(v);
      }
    }
    return out;
  };
  return JSON.stringify(strip(schema));
}

function sortedData(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortedData);
  if (v === null || typeof v !== "object") return v;
  const out: JsonObject = {};
  for (const k of Object.keys(v).sort(byCodeUnit)) out[k] = sortedData(v[k]);
  return out;
}
