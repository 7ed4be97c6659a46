/**
 * `bpkit dev import-spec-examples <source>`: bring the spec documentation's example messages
 * (docs.buttplug.io: `docs/spec/*.md` for spec v4, `versioned_docs/version-spec-v3/spec/*.md` for
 * v3) into test/fixtures/spec-examples.json, with the source commit and its licence note. Each
 * ```json block of those pages that is a wire frame (an array of one-key message objects) is one
 * example; test/validate/spec-examples.test.ts checks each against bpkit's schemas.
 *
 * The source is required (no machine's path is built in): a git directory of
 * buttplugio/docs.buttplug.io (read with `git show REV:path`) or a checkout of it.
 *
 *   bpkit dev import-spec-examples <git-dir | checkout> [--rev REV]
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PACKAGE_ROOT } from "../paths";
import { importCommand, openSourceTree, runImport, type SourceTree } from "./import-source";

export const IMPORT_SPEC_EXAMPLES_COMMAND = importCommand({
  script: "import-spec-examples",
  operands: "<git-dir | checkout of buttplugio/docs.buttplug.io>",
  description: `Import the example messages of the spec docs (v4 and v3 pages, with the source commit and a licence note)
into test/fixtures/spec-examples.json.`,
  missingOperand: "the source is required (a clone of buttplugio/docs.buttplug.io)",
});

const REPO = "buttplugio/docs.buttplug.io";

export const FIXTURE = resolve(PACKAGE_ROOT, "test/fixtures/spec-examples.json");

/** Documentation folders and the spec version their examples are written in. */
const PAGES: { dir: string; version: number }[] = [
  { dir: "docs/spec", version: 4 },
  { dir: "versioned_docs/version-spec-v3/spec", version: 3 },
];

/** One example frame, located in its page. */
export interface SpecExample {
  version: number;
  /** Page path in the docs repository. */
  page: string;
  /** 1-based line of the ```json fence. */
  line: number;
  frame: unknown[];
}

export interface SpecExamplesFixture {
  source: string;
  licence: string;
  examples: SpecExample[];
}

/** The ```json blocks of a page that are wire frames. */
export function framesOf(text: string): { line: number; frame: unknown[] }[] {
  const out: { line: number; frame: unknown[] }[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== "```json") continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== "```"; i++) body.push(lines[i]!);
    let value: unknown;
    try {
      value = JSON.parse(body.join("\n"));
    } catch {
      continue; // not JSON (an excerpt with comments): not an example frame
    }
    const isFrame =
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((m) => m !== null && typeof m === "object" && !Array.isArray(m) && Object.keys(m).length === 1);
    if (isFrame) out.push({ line: start + 1, frame: value as unknown[] });
  }
  return out;
}

export function importSpecExamples(tree: SourceTree): SpecExamplesFixture {
  const examples: SpecExample[] = [];
  for (const { dir, version } of PAGES) {
    // deprecated.md documents messages of earlier versions in their old shapes, without a version
    // per example that can be read reliably: those are covered by the per-version fixtures instead.
    for (const name of tree
      .list(dir)
      .filter((n) => n.endsWith(".md") && n !== "deprecated.md")
      .sort()) {
      const page = `${dir}/${name}`;
      for (const f of framesOf(tree.read(page))) examples.push({ version, page, ...f });
    }
  }
  return {
    source: tree.origin,
    licence:
      "The Buttplug protocol documentation, Copyright Nonpolynomial Labs, LLC (the site's footer); the repository carries no licence file. Only the example protocol messages are kept, as test data for interoperability.",
    examples,
  };
}

export async function run(argv: string[]): Promise<number> {
  return runImport(IMPORT_SPEC_EXAMPLES_COMMAND, argv, (source, rev) => {
    const fixture = importSpecExamples(openSourceTree(resolve(source), rev, REPO, "docs/spec"));
    writeFileSync(FIXTURE, `${JSON.stringify(fixture, null, 2)}\n`);
    console.log(`wrote ${FIXTURE}: ${fixture.examples.length} example frames from ${fixture.source}`);
  });
}
