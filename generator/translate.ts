/**
 * Translation steps (docs/internals.md §3): which messages cross each version boundary unchanged
 * (generated identity steps) and which need a hand-written body (stubs), and how hand-written
 * bodies are read back from the current files so a regeneration keeps them byte for byte.
 */
import type { Project } from "ts-morph";
import { MessageModel, Model } from "./model";
import { SchemaError } from "./schema-set";

/** Marker lines around a hand-written step body (whole comment lines). */
export const BODY_BEGIN = "// bpkit:body-begin";
/** See BODY_BEGIN. */
export const BODY_END = "// bpkit:body-end";
/** Orphan block lines (`// bpkit:orphan-begin ScalarCmd`): a commented-out body kept after its message went away. */
export const ORPHAN_BEGIN = "// bpkit:orphan-begin ";
/** See ORPHAN_BEGIN. */
export const ORPHAN_END = "// bpkit:orphan-end ";

/** Global names a step function must not shadow inside its module (the Error message!). */
const SHADOWED_GLOBALS = new Set([
  "Array", "BigInt", "Boolean", "Buffer", "Date", "Error", "Function", "Intl", "JSON", "Map", "Math", "Number",
  "Object", "Promise", "Proxy", "Reflect", "RegExp", "Set", "String", "Symbol", "TextDecoder", "TextEncoder",
  "URL", "WeakMap", "WeakSet", "console", "process",
]);

/** The function's local name for a message (exported under the message name). */
export function localName(name: string): string {
  return SHADOWED_GLOBALS.has(name) ? `${name}_` : name;
}

/** How one message crosses one boundary. */
export type StepKind = "identity" | "changed" | "vanished" | "appeared";

/** One step of one translation file. */
export interface StepPlan {
  name: string;
  kind: StepKind;
  /** The hand-written (or default) body between the markers; undefined for a generated identity. */
  body?: string;
  /** Whether the body is still the generated `throw new tx.NotTranslatedError(…)`. */
  unwritten: boolean;
  /** A hand-written body kept although the schemas became equal (identity would be generated). */
  keptOverIdentity: boolean;
}

/** One file `upgrade-vN.ts` or `downgrade-vN.ts`. */
export interface TranslationFilePlan {
  /** Path relative to the output folder. */
  path: string;
  direction: "upgrade" | "downgrade";
  /** The lower version of the boundary (N in vN ↔ vN+1). */
  lower: number;
  /** Version the message comes from and version it goes to. */
  from: number;
  to: number;
  steps: StepPlan[];
  /** Hand-written bodies whose message no longer needs this step: commented out, kept. */
  orphans: { name: string; lines: string[] }[];
}

/** A function body as found in an existing translation file. */
interface ExistingBody {
  body: string;
}

/** The generated stub body for one step (indented like the template's function body). */
export function defaultBody(from: number, to: number, name: string): string {
  return `  throw new tx.NotTranslatedError("v${from}", "v${to}", ${JSON.stringify(name)});\n`;
}

/**
 * Reads step bodies and orphan blocks from an existing translation file. Throws when a stub
 * lost its markers: regenerating would otherwise silently drop hand-written code.
 */
export function readExisting(project: Project, fileName: string, text: string): { bodies: Map<string, ExistingBody>; orphans: Map<string, string[]> } {
  const bodies = new Map<string, ExistingBody>();
  const source = project.createSourceFile(`/existing/${fileName}`, text, { overwrite: true });
  const exportedAs = new Map<string, string>();
  for (const decl of source.getExportDeclarations()) {
    for (const spec of decl.getNamedExports()) {
      const alias = spec.getAliasNode();
      if (alias) exportedAs.set(spec.getNameNode().getText(), alias.getText());
    }
  }
  const { SyntaxKind } = require("ts-morph") as typeof import("ts-morph");
  for (const fn of source.getDescendantsOfKind(SyntaxKind.FunctionDeclaration)) {
    if (fn.getParent() !== source) continue;
    const local = fn.getName();
    if (!local) continue;
    const name = exportedAs.get(local) ?? local;
    // Markers are whole comment lines, so marker-like text inside a string or comment is no marker.
    const lines = fn.getFullText().split("\n");
    const isMarker = (line: string, marker: string) => {
      const t = line.trim();
      return t === marker || t.startsWith(`${marker} `);
    };
    const begin = lines.findIndex((l) => isMarker(l, BODY_BEGIN));
    let end = lines.length - 1;
    while (end >= 0 && !isMarker(lines[end], BODY_END)) end--;
    if (begin < 0 && end < 0) continue; // a generated identity step: nothing hand-written
    if (begin < 0 || end < 0 || end < begin) {
      const line = fn.getStartLineNumber();
      throw new SchemaError(`${fileName}:${line}: function ${local} has a broken ${BODY_BEGIN} / ${BODY_END} pair; restore both markers so its body can be kept`);
    }
    const body = lines.slice(begin + 1, end).map((l) => `${l}\n`).join("");
    bodies.set(name, { body });
  }
  project.removeSourceFile(source);
  return { bodies, orphans: readOrphans(text) };
}

/** Orphan blocks: `// bpkit:orphan-begin Name` … `// bpkit:orphan-end Name`, lines commented with `//`. */
function readOrphans(text: string): Map<string, string[]> {
  const orphans = new Map<string, string[]>();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith(ORPHAN_BEGIN)) continue;
    const name = lines[i].slice(ORPHAN_BEGIN.length).trim();
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j] !== `${ORPHAN_END}${name}`; j++) body.push(lines[j]);
    if (j >= lines.length) throw new SchemaError(`orphan block ${name} has no "${ORPHAN_END}${name}" line`);
    orphans.set(name, body);
    i = j;
  }
  return orphans;
}

/** Comments out a body, line by line, for the orphan section. */
export function commentOut(body: string): string[] {
  const lines = body.endsWith("\n") ? body.slice(0, -1).split("\n") : body.split("\n");
  return lines.map((l) => (l === "" ? "//" : `// ${l}`));
}

/** Inverse of commentOut. */
function uncomment(lines: string[]): string {
  return lines.map((l) => (l === "//" ? "" : l.replace(/^\/\/ /, ""))).join("\n") + "\n";
}

/** The translation files for a model, merging bodies from the current files (by path). */
export function planTranslations(model: Model, existing: (path: string) => string | undefined): TranslationFilePlan[] {
  // ts-morph (the TypeScript compiler) is loaded only when there are files to read bodies from.
  let project: Project | undefined;
  const parser = () => (project ??= new (require("ts-morph") as typeof import("ts-morph")).Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true }));
  const plans: TranslationFilePlan[] = [];
  for (let n = 0; n + 1 < model.versions.length; n++) {
    const lower = model.versions[n];
    const upper = model.versions[n + 1];
    const sides = [
      { direction: "upgrade" as const, from: lower, to: upper, direction_: "client" },
      { direction: "downgrade" as const, from: upper, to: lower, direction_: "server" },
    ];
    for (const side of sides) {
      const path = `translate/${side.direction}-v${n}.ts`;
      const text = existing(path);
      const found = text === undefined ? { bodies: new Map<string, ExistingBody>(), orphans: new Map<string, string[]>() } : readExisting(parser(), path, text);
      const steps: StepPlan[] = [];
      // A "both" message's echo is answered at the client's own version, so it only ever upgrades.
      const messages = side.from.messages.filter((m) => m.direction === side.direction_ || (m.direction === "both" && side.direction_ === "client"));
      const names = new Set<string>();
      for (const m of messages) {
        names.add(m.name);
        const other: MessageModel | undefined = side.to.byName.get(m.name);
        const kind: StepKind = !other
          ? side.direction === "upgrade" ? "vanished" : "appeared"
          : other.canonical === m.canonical && other.direction === m.direction ? "identity" : "changed";
        const stub = defaultBody(side.from.version, side.to.version, m.name);
        const kept = found.bodies.get(m.name)?.body;
        const orphan = found.orphans.get(m.name);
        const handWritten = kept !== undefined && kept !== stub ? kept : orphan !== undefined && kept === undefined ? uncomment(orphan) : undefined;
        if (kind === "identity" && handWritten === undefined) {
          steps.push({ name: m.name, kind, unwritten: false, keptOverIdentity: false });
        } else {
          const body = handWritten ?? stub;
          steps.push({ name: m.name, kind, body, unwritten: body === stub, keptOverIdentity: kind === "identity" });
          if (orphan !== undefined && kept === undefined) found.orphans.delete(m.name); // restored
        }
      }
      const orphans: { name: string; lines: string[] }[] = [];
      for (const [name, e] of found.bodies) {
        if (names.has(name) || e.body === defaultBody(side.from.version, side.to.version, name)) continue;
        orphans.push({ name, lines: commentOut(e.body) });
      }
      for (const [name, lines] of found.orphans) {
        if (!orphans.some((o) => o.name === name)) orphans.push({ name, lines });
      }
      orphans.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      plans.push({ path, direction: side.direction, lower: n, from: side.from.version, to: side.to.version, steps, orphans });
    }
  }
  return plans;
}
