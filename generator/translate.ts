/**
 * Translation steps (docs/internals.md §3). For each adjacent boundary and direction: which
 * messages cross unchanged (generated identity steps) and which are cases that need a hand-written
 * body. The bodies live outside generated/, in `runtime/translation/steps/<direction>-vN.ts`, as an
 * object that `satisfies` the generated type; this module keeps that file in step with the schemas:
 * it adds a throwing stub entry for every new case (ts-morph finds where; existing text is never
 * touched) and lists entries whose case no longer exists and stubs not written yet.
 */
import type { Node, ObjectLiteralExpression, Project } from "ts-morph";
import type { Model } from "./model";
import { byCodeUnit, SchemaError } from "./schema-set";

/** How one message needing a body crosses one boundary. */
export type CaseKind = "changed" | "vanished" | "appeared";

/** One case of a boundary: a message whose schema differs (or that exists on one side only). */
export interface StepCase {
  name: string;
  kind: CaseKind;
}

/** One boundary and direction: generated `translate/<direction>-vN.ts` and its hand-written step file. */
export interface BoundaryPlan {
  direction: "upgrade" | "downgrade";
  /** The lower version of the boundary (N in vN ↔ vN+1). */
  lower: number;
  /** Version the messages come from and version they go to. */
  from: number;
  to: number;
  /** Generated file, relative to the output folder. */
  generatedPath: string;
  /** Hand-written step file name inside the steps folder. */
  stepsFile: string;
  /** `upgradeV3`: the step file's exported object. */
  exportName: string;
  /** `UpgradeV3Steps`: the generated type of the cases. */
  typeName: string;
  /** `upgradeV3Identity`: the generated identity table. */
  identityName: string;
  /** Messages that cross unchanged, sorted. */
  identity: string[];
  /** Messages that need a body, sorted. */
  cases: StepCase[];
}

/** The boundaries of a model: every client message of vN goes up, every server message of vN+1 down. */
export function planBoundaries(model: Model): BoundaryPlan[] {
  const plans: BoundaryPlan[] = [];
  for (let n = 0; n + 1 < model.versions.length; n++) {
    const lower = model.versions[n];
    const upper = model.versions[n + 1];
    const sides = [
      { direction: "upgrade" as const, from: lower, to: upper, sender: "client" },
      { direction: "downgrade" as const, from: upper, to: lower, sender: "server" },
    ];
    for (const side of sides) {
      const identity: string[] = [];
      const cases: StepCase[] = [];
      // A "both" message's echo is answered at the client's own version, so it only ever upgrades.
      const messages = side.from.messages.filter(
        (x) => x.direction === side.sender || (x.direction === "both" && side.sender === "client"),
      );
      for (const m of messages) {
        const other = side.to.byName.get(m.name);
        if (!other) cases.push({ name: m.name, kind: side.direction === "upgrade" ? "vanished" : "appeared" });
        else if (other.canonical === m.canonical && other.direction === m.direction) identity.push(m.name);
        else cases.push({ name: m.name, kind: "changed" });
      }
      const stem = `${side.direction}V${n}`;
      plans.push({
        direction: side.direction,
        lower: n,
        from: side.from.version,
        to: side.to.version,
        generatedPath: `translate/${side.direction}-v${n}.ts`,
        stepsFile: `${side.direction}-v${n}.ts`,
        exportName: stem,
        typeName: `${stem[0].toUpperCase()}${stem.slice(1)}Steps`,
        identityName: `${stem}Identity`,
        identity,
        cases,
      });
    }
  }
  return plans;
}

/** The statement of an unwritten stub. */
export function stubStatement(plan: BoundaryPlan, name: string): string {
  return `throw new tx.NotTranslatedError("v${plan.from}", "v${plan.to}", ${JSON.stringify(name)});`;
}

/** A stub entry as inserted into a step file (two-space indent, trailing comma). */
function stubEntry(plan: BoundaryPlan, name: string): string {
  return `  ${name}(message, ctx) {\n    ${stubStatement(plan, name)}\n  },`;
}

/** What syncing one step file found and did. */
export interface StepFileSync {
  /** The file's new text (equal to the input when nothing was added). */
  text: string;
  /** Stub entries added for new cases. */
  added: string[];
  /** Entries still equal to the generated stub. */
  unwritten: string[];
  /** Entries whose case no longer exists (the compiler rejects them as excess properties). */
  extra: string[];
}

/** An entry of the step object: its name and the node (method, property or shorthand). */
interface Entry {
  name: string;
  node: Node;
}

function entriesOf(object: ObjectLiteralExpression): Entry[] {
  const { Node: N } = require("ts-morph") as typeof import("ts-morph");
  const out: Entry[] = [];
  for (const p of object.getProperties()) {
    if (N.isMethodDeclaration(p) || N.isPropertyAssignment(p) || N.isShorthandPropertyAssignment(p)) {
      const nameNode = p.getNameNode();
      const name = N.isStringLiteral(nameNode) ? nameNode.getLiteralText() : nameNode.getText();
      out.push({ name, node: p });
    }
  }
  return out;
}

/** Whether an entry is still the generated stub: a body of exactly the throwing statement. */
function isStub(entry: Entry, plan: BoundaryPlan): boolean {
  const { Node: N } = require("ts-morph") as typeof import("ts-morph");
  const node = entry.node;
  let fn: Node | undefined = node;
  if (N.isPropertyAssignment(node)) fn = node.getInitializer();
  if (!fn || !(N.isMethodDeclaration(fn) || N.isFunctionExpression(fn) || N.isArrowFunction(fn))) return false;
  const body = fn.getBody();
  if (!body || !N.isBlock(body)) return false;
  const statements = body.getStatements();
  return statements.length === 1 && statements[0].getText().replace(/\s+/g, " ") === stubStatement(plan, entry.name);
}

/** Finds `export const <exportName> = { … } satisfies …` (or a plain object literal) in a step file. */
function stepObject(project: Project, label: string, text: string, plan: BoundaryPlan): ObjectLiteralExpression {
  const { Node: N } = require("ts-morph") as typeof import("ts-morph");
  const source = project.createSourceFile(`/steps/${plan.stepsFile}`, text, { overwrite: true });
  let init: Node | undefined = source.getVariableDeclaration(plan.exportName)?.getInitializer();
  while (init && (N.isSatisfiesExpression(init) || N.isAsExpression(init) || N.isParenthesizedExpression(init)))
    init = init.getExpression();
  if (!init || !N.isObjectLiteralExpression(init)) {
    throw new SchemaError(
      `${label}: expected \`export const ${plan.exportName} = { … } satisfies ${plan.typeName}<TranslationContext>;\` (the hand-written steps v${plan.from} → v${plan.to}); restore it so new cases can be added`,
    );
  }
  return init;
}

/**
 * Brings a step file up to date: inserts a stub entry for every case it lacks (before the first
 * entry whose name sorts after it, else at the end) without changing any other character, and
 * reports unwritten stubs and entries whose case no longer exists.
 */
export function syncStepFile(project: Project, label: string, text: string, plan: BoundaryPlan): StepFileSync {
  const object = stepObject(project, label, text, plan);
  const entries = entriesOf(object);
  const present = new Set(entries.map((e) => e.name));
  const cases = new Set(plan.cases.map((c) => c.name));
  const unwritten = entries.filter((e) => cases.has(e.name) && isStub(e, plan)).map((e) => e.name);
  const extra = entries.filter((e) => !cases.has(e.name)).map((e) => e.name);
  const added = plan.cases.map((c) => c.name).filter((name) => !present.has(name));

  let out = text;
  if (entries.length === 0) {
    // An empty object (a new file): its text is replaced as a whole.
    if (added.length)
      out = `${text.slice(0, object.getStart())}{\n${added.map((n) => stubEntry(plan, n)).join("\n\n")}\n}${text.slice(object.getEnd())}`;
  } else {
    // Insertions as [position, text], applied from the end so earlier positions stay valid.
    const inserts: Array<[number, string]> = [];
    const lineStart = (pos: number) => text.lastIndexOf("\n", pos - 1) + 1;
    const atEnd: string[] = [];
    for (const name of added) {
      const next = entries.find((e) => byCodeUnit(e.name, name) > 0);
      if (next) inserts.push([lineStart(next.node.getStart(true)), `${stubEntry(plan, name)}\n\n`]);
      else atEnd.push(name);
    }
    if (atEnd.length) {
      const stubs = atEnd.map((name) => stubEntry(plan, name)).join("\n\n");
      const after = entries[entries.length - 1].node.getEnd();
      const comma = /^\s*,/.exec(text.slice(after));
      inserts.push(comma ? [after + comma[0].length, `\n\n${stubs}`] : [after, `,\n\n${stubs}`]);
    }
    // Stable sort by position, then applied last first: several stubs before one entry stay in order.
    for (const [pos, insert] of inserts
      .map((x, i) => [x, i] as const)
      .sort((a, b) => b[0][0] - a[0][0] || b[1] - a[1])
      .map(([x]) => x)) {
      out = out.slice(0, pos) + insert + out.slice(pos);
    }
  }
  project.removeSourceFile(object.getSourceFile());
  return { text: out, added, unwritten: [...unwritten, ...added], extra };
}
