/**
 * `bpkit dev import-device-cases <source>`: bring the reference server's own device test data into
 * the project (test/fixtures/reference-device-cases/), with its licence and the source commit:
 *
 * - `device_test_case/*.yaml` and `device_test_case/config/*.json`: the device test cases of
 *   crates/buttplug_tests (expected bytes per client command) and the config files they name;
 * - `runs.json`: at which spec versions the reference's runner (tests/test_device_protocols.rs)
 *   runs each case, and which cases it comments out, with the comment it gives as the reason;
 * - `device-config/`: the device-config schema and the sample config files of the reference's
 *   tests (what bpkit's config-compatibility tests compare against).
 *
 * The source is required (no machine's path is built in): a git directory of buttplugio/buttplug
 * (read with `git show REV:path`) or a checkout of it (read from its files).
 *
 *   bpkit dev import-device-cases <git-dir | checkout> [--rev REV] [--out DIR]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { stringFlag } from "../args";
import { PACKAGE_ROOT } from "../paths";
import { importCommand, openSourceTree, runImport } from "./import-source";

export const IMPORT_DEVICE_CASES_COMMAND = importCommand({
  script: "import-device-cases",
  operands: "<git-dir | checkout of buttplugio/buttplug>",
  description: `Import the reference server's device test cases, the configs they name, its runner's version lists and
its device-config samples (with licence and source commit) into test/fixtures/reference-device-cases/.`,
  missingOperand: "the source is required (a buttplug clone)",
  flags: [{ name: "out", value: "dir", help: "write here instead of test/fixtures/reference-device-cases/" }],
});

/** Where the data lives in bpkit. */
export const DATA_DIR = resolve(PACKAGE_ROOT, "test/fixtures/reference-device-cases");

/** The reference repository, and paths inside it. */
const REPO = "buttplugio/buttplug";
const TESTS = "crates/buttplug_tests/tests";
export const CASE_DIR = `${TESTS}/util/device_test/device_test_case`;
export const RUNNER = `${TESTS}/test_device_protocols.rs`;
const CONFIG_FILES = [
  "crates/buttplug_server_device_config/device-config-v4/buttplug-device-config-schema-v4.json",
  "buttplug-user-device-config-v4.json",
];
const CONFIG_DIRS = ["crates/buttplug_server_device_config/tests/test_configs"];

/** What the reference's runner does with the cases, by spec version. */
export interface Runs {
  /** Spec version → case files the runner runs at that version (its embedded-client list). */
  versions: Record<string, string[]>;
  /** Spec version → case file → why the runner has it commented out (its comment, or a note that it gives none). */
  disabled: Record<string, Record<string, string>>;
}

/**
 * The runner's lists: every `async fn test_device_protocols_embedded_vN` is preceded by its
 * `#[test_case("file.yaml" ; …)]` lines. A commented-out line (`//#[test_case(…)]`) is a case the
 * reference disables at that version. Its reason is the `//` comment right above it inside the list
 * (a comment before a list's first case describes the whole list instead); the comment also covers
 * the commented-out cases after it whose protocol it names ("TryFun protocols …" → test_tryfun_*).
 * A list may also leave a case out with a comment alone (`// aneros excluded: multi-vibrator …`):
 * the case the runner names elsewhere as test_aneros…yaml is disabled there with that comment.
 */
export function parseRunner(text: string): Runs {
  const named = [...text.matchAll(/#\[test_case\("([^"]+)"/g)].map((m) => m[1]!);
  const versions: Record<string, string[]> = {};
  const disabled: Record<string, Record<string, string>> = {};
  let enabled: string[] = [];
  let off: Record<string, string> = {};
  let reason: string[] = [];
  let runStarted = false;
  let casesSeen = false;
  let commentOpen = false;
  const NONE = "commented out in the reference's runner, without a comment";
  const protocolWord = (file: string) => file.replace(/^test_/, "").split(/[_.]/)[0] ?? "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const testCase = /^(\/\/+\s*)?#\[test_case\("([^"]+)"/.exec(line);
    const fn = /^async fn test_device_protocols_embedded_v(\d+)\s*\(/.exec(line);
    if (testCase && testCase[1] === undefined) {
      enabled.push(testCase[2]);
      reason = [];
      casesSeen = true;
    } else if (testCase) {
      const file = testCase[2];
      const covered =
        reason.length > 0 && (!runStarted || reason.join(" ").toLowerCase().includes(protocolWord(file).toLowerCase()));
      off[file] = covered ? reason.join(" ") : NONE;
      if (!covered) reason = [];
      runStarted = true;
      casesSeen = true;
    } else if (fn) {
      versions[fn[1]] = enabled;
      disabled[fn[1]] = off;
    } else if (line.startsWith("//")) {
      const text = line.replace(/^\/\/+\s*/, "");
      const excluded = /^(\w+) excluded: /.exec(text);
      if (excluded) {
        const word = excluded[1]!;
        for (const file of new Set(named))
          if (file === `test_${word}.yaml` || file.startsWith(`test_${word}_`)) off[file] = text;
      }
      if (casesSeen) reason = commentOpen ? [...reason, text] : [text];
      runStarted = false;
      commentOpen = true;
      continue;
    } else if (line === "}") {
      enabled = [];
      off = {};
      reason = [];
      casesSeen = false;
    }
    commentOpen = false;
  }
  return { versions, disabled };
}

function readme(origin: string, counts: { cases: number; configs: number; versions: Record<string, number> }): string {
  const perVersion = Object.entries(counts.versions)
    .sort(([a], [b]) => Number(b) - Number(a))
    .map(([v, n]) => `v${v}: ${n}`)
    .join(", ");
  return `# The reference server's device test data

Imported unchanged from the reference implementation (the Rust Buttplug server) by
\`node bin/bpkit.js dev import-device-cases <source>\`; replayed by \`test/hardware/device-cases.test.ts\`.

- Source: ${origin}
- \`device_test_case/\`: ${counts.cases} device test cases and ${counts.configs} config files
  (\`${CASE_DIR}\`)
- \`runs.json\`: the cases the reference's runner (\`${RUNNER}\`) runs per spec version
  (${perVersion}) and the ones it comments out, with its reason
- \`device-config/\`: the device-config schema and the sample config files of the reference's tests
- Licence: BSD-3-Clause, Copyright (c) Nonpolynomial Labs, LLC — see \`LICENSE\` (the reference
  repository's LICENSE file, copied verbatim).

Do not edit these files by hand; re-import instead:

\`\`\`sh
node bin/bpkit.js dev import-device-cases <git-dir | checkout of buttplugio/buttplug> [--rev <commit>]
\`\`\`
`;
}

/** Import everything; returns the files written (relative to the output directory). */
export function importDeviceCases(options: { source: string; rev?: string; outDir?: string }): string[] {
  const tree = openSourceTree(options.source, options.rev, REPO, CASE_DIR);
  const outDir = options.outDir ?? DATA_DIR;
  const files = new Map<string, string>();
  const cases = tree.list(CASE_DIR).filter((f) => f.endsWith(".yaml"));
  if (cases.length === 0) throw new Error(`no device test cases in ${CASE_DIR}`);
  for (const name of cases) files.set(`device_test_case/${name}`, tree.read(`${CASE_DIR}/${name}`));
  const configs = tree.list(`${CASE_DIR}/config`).filter((f) => f.endsWith(".json"));
  for (const name of configs) files.set(`device_test_case/config/${name}`, tree.read(`${CASE_DIR}/config/${name}`));
  for (const path of CONFIG_FILES) files.set(`device-config/${path.split("/").pop()}`, tree.read(path));
  for (const dir of CONFIG_DIRS) {
    for (const name of tree.list(dir).filter((f) => f.endsWith(".json")))
      files.set(`device-config/test_configs/${name}`, tree.read(`${dir}/${name}`));
  }
  const runs = parseRunner(tree.read(RUNNER));
  if (Object.keys(runs.versions).length === 0)
    throw new Error(`${RUNNER}: no test_device_protocols_embedded_vN lists found`);
  files.set("runs.json", `${JSON.stringify(runs, null, 2)}\n`);
  files.set("LICENSE", tree.read("LICENSE"));
  const versions = Object.fromEntries(Object.entries(runs.versions).map(([v, list]) => [v, list.length]));
  files.set("README.md", readme(tree.origin, { cases: cases.length, configs: configs.length, versions }));
  // Replace the whole directory: a case the reference deleted must not linger here.
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), text);
  }
  return [...files.keys()];
}

/** CLI entry. */
export async function run(argv: string[]): Promise<number> {
  return runImport(IMPORT_DEVICE_CASES_COMMAND, argv, (source, rev, parsed) => {
    const outDir = stringFlag(parsed, "out");
    const written = importDeviceCases({ source, rev, outDir });
    console.log(`wrote ${written.length} files to ${outDir ?? DATA_DIR}`);
  });
}
