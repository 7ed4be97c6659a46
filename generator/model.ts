/**
 * The generator's view of `schema/`: spec versions with their messages and metadata
 * (`x-bpkit`), and generic schema folders. Checks the metadata and reports problems by file.
 */
import {
  byCodeUnit,
  canonicalSchema,
  Dereferencer,
  type JsonObject,
  SchemaError,
  type SchemaFile,
  type SchemaFolder,
  type SchemaSet,
} from "./schema-set";

/** `x-bpkit.repliesWhen` entry: replies that depend on a field of the request body. */
export interface RepliesWhen {
  pointer: string;
  equals: unknown;
  replies: string[];
}

/** One message of one spec version. */
export interface MessageModel {
  name: string;
  version: number;
  file: SchemaFile;
  direction: "client" | "server" | "both";
  id: "request" | "reply" | "event" | "reply-or-event";
  replies: string[];
  repliesWhen: RepliesWhen[];
  introduced: number;
  changed: number[];
  deprecated: number | null;
  note?: string;
  /** Canonical text of the dereferenced body schema (for version-to-version comparison). */
  canonical: string;
  /** Dereferenced body schema (for the TypeScript compiler). */
  deref: JsonObject;
}

/** One spec version (`schema/vN`). */
export interface VersionModel {
  version: number;
  folder: SchemaFolder;
  /** Messages sorted by name. */
  messages: MessageModel[];
  byName: Map<string, MessageModel>;
  /** Titled definitions of the version's defs.json (emitted as types even when no message uses them). */
  sharedDefs: JsonObject[];
}

/** A root schema of a generic folder (one validator + one type). */
export interface GenericSchemaModel {
  /** Export name: the title as an identifier. */
  name: string;
  file: SchemaFile;
  deref: JsonObject;
}

/** A generic schema folder (`schema/device-config`, …). */
export interface GenericFolderModel {
  folder: SchemaFolder;
  schemas: GenericSchemaModel[];
  /** Titled definitions of the folder's library files. */
  sharedDefs: JsonObject[];
}

/** The whole input of one generation. */
export interface Model {
  set: SchemaSet;
  versions: VersionModel[];
  generic: GenericFolderModel[];
  /** Non-fatal problems (dangling reply names, …), one line each, naming the file. */
  warnings: string[];
}

/** "both": a client request the server also sends, as its echo reply (v0/v1 Test). */
const DIRECTIONS = ["client", "server", "both"];
const ID_KINDS = ["request", "reply", "event", "reply-or-event"];
/** Keywords that only describe a document; a file with nothing else is a library of definitions. */
const LIBRARY_KEYWORDS = new Set(["$schema", "$id", "$comment", "title", "description", "definitions", "x-bpkit"]);

/** A TypeScript identifier from a title ("Device config" → "DeviceConfig"). */
export function identifierFor(title: string): string {
  const words = title.split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  let id = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  if (!id) id = "Schema";
  if (/^[0-9]/.test(id)) id = `_${id}`;
  return id;
}

function fail(file: SchemaFile, what: string): never {
  throw new SchemaError(`${file.file}: ${what}`);
}

function readMeta(
  file: SchemaFile,
  version: number,
): Omit<MessageModel, "canonical" | "deref" | "file" | "version" | "name"> {
  const meta = file.doc["x-bpkit"];
  if (meta === undefined || meta === null || typeof meta !== "object" || Array.isArray(meta)) {
    fail(file, `missing "x-bpkit" metadata object (docs/internals.md §1)`);
  }
  const at = (key: string) => `"x-bpkit".${key}`;
  const direction = meta.direction;
  if (typeof direction !== "string" || !DIRECTIONS.includes(direction)) {
    fail(file, `${at("direction")} must be "client", "server" or "both", got ${JSON.stringify(direction)}`);
  }
  const id = meta.id;
  if (typeof id !== "string" || !ID_KINDS.includes(id)) {
    fail(file, `${at("id")} must be one of ${ID_KINDS.map((k) => `"${k}"`).join(", ")}, got ${JSON.stringify(id)}`);
  }
  const names = (v: unknown, key: string): string[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string"))
      fail(file, `${key} must be an array of message names`);
    return v as string[];
  };
  const replies = names(meta.replies, at("replies"));
  const repliesWhen: RepliesWhen[] = [];
  if (meta.repliesWhen !== undefined) {
    if (!Array.isArray(meta.repliesWhen)) fail(file, `${at("repliesWhen")} must be an array`);
    meta.repliesWhen.forEach((w, i) => {
      const key = `${at("repliesWhen")}[${i}]`;
      if (w === null || typeof w !== "object" || Array.isArray(w)) fail(file, `${key} must be an object`);
      if (typeof w.pointer !== "string" || !(w.pointer === "" || w.pointer.startsWith("/"))) {
        fail(file, `${key}.pointer must be a JSON pointer into the body ("/Command")`);
      }
      if (!("equals" in w)) fail(file, `${key}.equals is missing`);
      repliesWhen.push({ pointer: w.pointer, equals: w.equals, replies: names(w.replies, `${key}.replies`) });
    });
  }
  const introduced = meta.introduced;
  if (typeof introduced !== "number" || !Number.isInteger(introduced) || introduced < 0 || introduced > version) {
    fail(file, `${at("introduced")} must be a spec version ≤ ${version}, got ${JSON.stringify(introduced)}`);
  }
  const changed = meta.changed ?? [];
  if (!Array.isArray(changed) || !changed.every((c) => typeof c === "number" && Number.isInteger(c))) {
    fail(file, `${at("changed")} must be an array of spec versions`);
  }
  const deprecated = meta.deprecated ?? null;
  if (deprecated !== null && (typeof deprecated !== "number" || !Number.isInteger(deprecated))) {
    fail(file, `${at("deprecated")} must be a spec version or null`);
  }
  const note = meta.note;
  if (note !== undefined && typeof note !== "string") fail(file, `${at("note")} must be a string`);
  return {
    direction: direction as MessageModel["direction"],
    id: id as MessageModel["id"],
    replies,
    repliesWhen,
    introduced,
    changed: changed as number[],
    deprecated: deprecated as number | null,
    ...(note !== undefined ? { note } : {}),
  };
}

/** Whether a file is only a library of definitions (defs.json, common.json), not a root schema. */
export function isLibrary(file: SchemaFile): boolean {
  return Object.keys(file.doc).every((k) => LIBRARY_KEYWORDS.has(k));
}

/** Builds the model and checks message metadata. Throws SchemaError on a fatal problem. */
export function buildModel(set: SchemaSet): Model {
  const deref = new Dereferencer(set);
  const warnings: string[] = [];
  const versions: VersionModel[] = [];
  const generic: GenericFolderModel[] = [];

  for (const folder of set.folders) {
    if (folder.version === undefined) {
      const schemas: GenericSchemaModel[] = [];
      const sharedDefs: JsonObject[] = [];
      const seen = new Map<string, SchemaFile>();
      for (const file of folder.files) {
        if (isLibrary(file)) {
          sharedDefs.push(...deref.titledDefinitions(file));
          continue;
        }
        const title =
          typeof file.doc.title === "string" ? file.doc.title : file.rel.replace(/^.*\//, "").replace(/\.json$/, "");
        const name = identifierFor(title);
        const clash = seen.get(name);
        if (clash) fail(file, `its type name ${name} is also the name of ${clash.rel}; give one of them another title`);
        seen.set(name, file);
        schemas.push({ name, file, deref: deref.document(file) });
      }
      schemas.sort((a, b) => byCodeUnit(a.name, b.name));
      generic.push({ folder, schemas, sharedDefs });
      continue;
    }
    const version = folder.version;
    const messages: MessageModel[] = [];
    const byName = new Map<string, MessageModel>();
    const sharedDefs: JsonObject[] = [];
    for (const file of folder.files) {
      if (file.rel.endsWith("/defs.json")) {
        sharedDefs.push(...deref.titledDefinitions(file)); // pieces shared inside the version
        continue;
      }
      const base = file.rel.replace(/^.*\//, "").replace(/\.json$/, "");
      const title = file.doc.title;
      if (typeof title !== "string") fail(file, `missing "title" (the message name, "${base}")`);
      if (title !== base) fail(file, `title "${title}" must equal the file name "${base}"`);
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(title)) fail(file, `message name "${title}" must be an identifier`);
      const d = deref.document(file);
      const model: MessageModel = {
        name: title,
        version,
        file,
        ...readMeta(file, version),
        canonical: canonicalSchema(d),
        deref: d,
      };
      messages.push(model);
      byName.set(title, model);
    }
    messages.sort((a, b) => byCodeUnit(a.name, b.name));
    versions.push({ version, folder, messages, byName, sharedDefs });
  }

  versions.forEach((v, i) => {
    if (v.version !== i) {
      throw new SchemaError(
        `${set.root}: spec versions must be consecutive from v0; found ${versions.map((x) => `v${x.version}`).join(", ")}`,
      );
    }
    for (const m of v.messages) {
      const check = (list: string[], key: string) => {
        for (const r of list) {
          const target = v.byName.get(r);
          if (!target)
            warnings.push(`${m.file.rel}: ${key} names '${r}', which is not a message of spec v${v.version}`);
          // A "both" message may name itself: the server echoes it (v0/v1 Test).
          else if (target.direction === "client" || (target.direction === "both" && r !== m.name)) {
            warnings.push(
              `${m.file.rel}: ${key} names '${r}', which is a client message${r === m.name ? ' (a message the server echoes back has "x-bpkit".direction "both")' : ""}`,
            );
          }
        }
      };
      check(m.replies, "replies");
      for (const [j, w] of m.repliesWhen.entries()) check(w.replies, `repliesWhen[${j}].replies`);
      if (m.direction === "server" && m.replies.length > 0)
        warnings.push(`${m.file.rel}: a server message lists replies`);
      if ((m.direction !== "server") !== (m.id === "request")) {
        warnings.push(
          `${m.file.rel}: a ${m.direction} message with "x-bpkit".id "${m.id}" (client and "both" messages are requests; server messages are reply, event or reply-or-event)`,
        );
      }
      // x-bpkit.introduced / changed must agree with what the schemas say.
      const prev = i > 0 ? versions[i - 1].byName.get(m.name) : undefined;
      if (i > 0 && prev) {
        const differs = prev.canonical !== m.canonical;
        if (differs && !m.changed.includes(i))
          warnings.push(`${m.file.rel}: differs from v${i - 1} but "x-bpkit".changed does not list ${i}`);
        if (!differs && m.changed.includes(i))
          warnings.push(`${m.file.rel}: "x-bpkit".changed lists ${i} but the schema equals v${i - 1}'s`);
      } else if (!versions.slice(0, i).some((earlier) => earlier.byName.has(m.name)) && m.introduced !== i) {
        warnings.push(`${m.file.rel}: first appears in v${i} but "x-bpkit".introduced is ${m.introduced}`);
      }
    }
  });
  return { set, versions, generic, warnings };
}
