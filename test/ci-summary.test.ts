/**
 * CI's summary (.ci/summary.js, run by .ci/run): the line counts passed, failed and skipped tests,
 * and a skipped test fails CI unless test/skip-allowlist.json lists it with a reason.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface Summary {
  summarise(results: object, allowlist: object, rootDir: string): { line: string; problems: string[] };
}
// A plain Node script (CI runs it without a build step); its shape is the interface above.
const { summarise } = require("../.ci/summary.js") as Summary;

const ROOT = "/repo";
const results = (statuses: string[], extra: object = {}) => ({
  numPassedTests: statuses.filter((s) => s === "passed").length,
  numFailedTests: statuses.filter((s) => s === "failed").length,
  numRuntimeErrorTestSuites: 0,
  testResults: [
    {
      name: `${ROOT}/test/a.test.ts`,
      assertionResults: statuses.map((status, i) => ({ status, fullName: `case ${i}` })),
    },
  ],
  ...extra,
});

describe(".ci/summary.js", () => {
  test("counts passed, failed and skipped tests in one line", () => {
    expect(summarise(results(["passed", "failed", "passed"]), { skips: [] }, ROOT)).toEqual({
      line: "Tests: 2 passed, 1 failed, 0 skipped",
      problems: [],
    });
  });

  test("a skipped or todo test not in the allowlist is a problem naming its file and name", () => {
    const { line, problems } = summarise(results(["passed", "pending", "todo"]), { skips: [] }, ROOT);
    expect(line).toBe("Tests: 1 passed, 0 failed, 2 skipped");
    expect(problems).toEqual([
      'skipped without an allowlist entry: test/a.test.ts "case 1"',
      'skipped without an allowlist entry: test/a.test.ts "case 2"',
    ]);
  });

  test("an allowlisted skip passes only with a reason", () => {
    const withReason = { skips: [{ file: "test/a.test.ts", test: "case 0", reason: "needs a BLE adapter" }] };
    expect(summarise(results(["pending"]), withReason, ROOT).problems).toEqual([]);
    const noReason = { skips: [{ file: "test/a.test.ts", test: "case 0", reason: " " }] };
    expect(summarise(results(["pending"]), noReason, ROOT).problems).toEqual([
      'skip allowlist: test/a.test.ts "case 0" has no reason',
      'skipped without an allowlist entry: test/a.test.ts "case 0"',
    ]);
  });

  test("the committed allowlist is well formed and every entry has a reason", () => {
    const allowlist = JSON.parse(readFileSync(join(__dirname, "skip-allowlist.json"), "utf8")) as {
      skips: { file: string; test: string; reason: string }[];
    };
    for (const entry of allowlist.skips) expect(entry.reason.trim()).not.toBe("");
  });
});
