// generated — do not edit. Source: templates/validation.ts.hbs. Regenerate with `npm run generate`.
// Validation of frames and message bodies against the precompiled validators, with issues that
// point INTO THE FRAME (JSON pointers) and say what is wrong in plain words.
import type { ErrorObject } from "ajv";
import { type CheckedMessageName, lookupMessage, SPEC_VERSIONS, SpecVersion, isSpecVersion } from "./registry";

/** One problem found in a frame or a message body. */
export interface ValidationIssue {
  /** JSON pointer to the offending value, e.g. `/0/ScalarCmd/Scalars/0/Scalar` ("" = the frame itself). */
  pointer: string;
  /** Readable reason, e.g. "must be <= 1". */
  message: string;
  /** The message the issue belongs to, when known. */
  messageName?: string;
  /** The schema keyword that failed ("maximum", "required", …) or "frame" / "message" / "direction" / "version". */
  keyword: string;
}

/** Outcome of a validation. */
export type ValidationResult = { ok: true } | { ok: false; issues: ValidationIssue[] };

/** Options of validateFrame. */
export interface ValidateFrameOptions {
  /**
   * When set, a message of the other direction is an issue (a client sending `Ok`, …), except that
   * the server may send a client message that names itself as a reply (an echo such as v0 Test).
   */
  direction?: "client" | "server";
}

/** Escapes one JSON pointer token (RFC 6901). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)})`;
  return `${typeof value} ${String(value)}`;
}

function quote(names: readonly string[]): string {
  return names.map((n) => `'${n}'`).join(", ");
}

/** The readable reason of one ajv error. */
function reason(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties":
      return `must NOT have additional property '${String(p.additionalProperty)}'`;
    case "enum":
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    default:
      return e.message ?? `fails '${e.keyword}'`;
  }
}

/** Where an ajv error points: an unknown property is blamed on itself (in a file, its own line), the rest on the failing value. */
function pointerOf(e: ErrorObject): string {
  if (e.keyword !== "additionalProperties") return e.instancePath;
  return `${e.instancePath}/${pointerToken(String((e.params as { additionalProperty: unknown }).additionalProperty))}`;
}

function isUnder(path: string, parent: string): boolean {
  return path === parent || path.startsWith(parent + "/");
}

/**
 * ajv reports every branch of a failed oneOf/anyOf. Keep what helps: when some branch got past
 * the object itself (its errors sit deeper), its errors are the real problem; otherwise one
 * issue listing what each alternative needed.
 */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword !== "oneOf" && e.keyword !== "anyOf") {
      out.push(e);
      continue;
    }
    // Branch errors are the ones just before, at or under this instance path.
    let start = out.length;
    while (start > 0 && isUnder(out[start - 1].instancePath, e.instancePath)) start--;
    const branch = out.splice(start);
    const deeper = branch.filter((b) => b.instancePath !== e.instancePath);
    if ((e.params as { passingSchemas?: unknown }).passingSchemas != null) {
      out.push(e); // matched several alternatives: nothing below to blame
    } else if (deeper.length > 0) {
      const depth = Math.max(...deeper.map((b) => b.instancePath.split("/").length));
      const deepest = deeper.filter((b) => b.instancePath.split("/").length === depth);
      const root = deepest[0].instancePath.split("/").slice(0, e.instancePath.split("/").length + 1).join("/");
      out.push(...deeper.filter((b) => isUnder(b.instancePath, root)));
    } else {
      const needs = [...new Set(branch.filter((b) => b.keyword === "required").map((b) => String((b.params as { missingProperty: string }).missingProperty)))];
      const message = needs.length > 1 ? `must match exactly one alternative: an object with one of the properties ${quote(needs)}` : e.message;
      out.push({ ...e, message });
    }
  }
  return out.filter((e) => e.keyword !== "if" || out.length === 1);
}

/**
 * Turns ajv errors into issues whose pointers start at `prefix`: the one converter from ajv errors
 * to issues (messages, frames, device-config files, dashboard commands).
 */
export function issuesFromErrors(errors: readonly ErrorObject[] | null | undefined, prefix: string, messageName?: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const e of simplify(errors ?? [])) {
    const issue: ValidationIssue = { pointer: prefix + pointerOf(e), message: reason(e), keyword: e.keyword };
    if (messageName !== undefined) issue.messageName = messageName;
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

function unknownVersion(version: unknown): ValidationResult {
  return { ok: false, issues: [{ pointer: "", keyword: "version", message: `unknown spec version ${JSON.stringify(version)} (known: ${SPEC_VERSIONS.join(", ")})` }] };
}

/**
 * Validates one message body. Pointers are relative to the body, or start at `pointerPrefix`
 * (validateFrame passes `/0/ScalarCmd`). A literal `name` must be a message of `version` (compile
 * error otherwise); a run-time string that names none is an issue.
 */
export function validateMessage<V extends SpecVersion, N extends string>(version: V, name: CheckedMessageName<V, N>, body: unknown, pointerPrefix = ""): ValidationResult {
  if (!isSpecVersion(version)) return unknownVersion(version);
  const info = lookupMessage(version, name);
  if (!info) {
    return { ok: false, issues: [{ pointer: pointerPrefix, keyword: "message", messageName: name, message: `unknown message '${name}' in spec v${version}` }] };
  }
  if (info.validate(body)) return { ok: true };
  return { ok: false, issues: issuesFromErrors(info.validate.errors, pointerPrefix, name) };
}

/**
 * Validates a parsed frame: a non-empty array of one-key objects `{ Name: body }` naming messages
 * of `version`, each body valid. Pointers point into the frame.
 */
export function validateFrame(version: SpecVersion, frame: unknown, options: ValidateFrameOptions = {}): ValidationResult {
  if (!isSpecVersion(version)) return unknownVersion(version);
  if (!Array.isArray(frame)) {
    return { ok: false, issues: [{ pointer: "", keyword: "frame", message: `frame must be a JSON array of messages ([{"Name": {…}}, …]), got ${describe(frame)}` }] };
  }
  if (frame.length === 0) {
    return { ok: false, issues: [{ pointer: "", keyword: "frame", message: "frame must contain at least one message" }] };
  }
  // A plain loop, and pointers built only for failures: this runs once per frame on hot paths.
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < frame.length; i++) {
    const entry: unknown = frame[i];
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      issues.push({ pointer: `/${i}`, keyword: "frame", message: `must be an object with exactly one key (the message name), got ${describe(entry)}` });
      continue;
    }
    const keys = Object.keys(entry);
    if (keys.length !== 1) {
      issues.push({ pointer: `/${i}`, keyword: "frame", message: `must have exactly one key (the message name), got ${keys.length}${keys.length ? ` (${quote(keys)})` : ""}` });
      continue;
    }
    const name = keys[0];
    const info = lookupMessage(version, name);
    if (!info) {
      issues.push({ pointer: `/${i}`, keyword: "message", messageName: name, message: `unknown message '${name}' in spec v${version}` });
      continue;
    }
    if (options.direction && info.direction !== options.direction && info.direction !== "both") {
      issues.push({ pointer: `/${i}`, keyword: "direction", messageName: name, message: `'${name}' is a ${info.direction} message; it cannot be sent by the ${options.direction}` });
      continue;
    }
    if (!info.validate((entry as Record<string, unknown>)[name])) {
      issues.push(...issuesFromErrors(info.validate.errors, `/${i}/${pointerToken(name)}`, name));
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The value at a JSON pointer inside `value`, or undefined. */
export function atPointer(value: unknown, pointer: string): unknown {
  if (pointer === "") return value;
  let node = value;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * Names of the replies a server may send to this request: the first `repliesWhen` entry whose
 * pointer equals its value, else `replies`. Undefined for an unknown version or message.
 */
export function allowedReplies<V extends SpecVersion, N extends string>(version: V, name: CheckedMessageName<V, N>, body: unknown): readonly string[] | undefined {
  const info = lookupMessage(version, name);
  if (!info) return undefined;
  for (const when of info.repliesWhen) {
    if (deepEqual(atPointer(body, when.pointer), when.equals)) return when.replies;
  }
  return info.replies;
}
