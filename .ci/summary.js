#!/usr/bin/env node
// Summarise jest's JSON results for CI: "Tests: N passed, N failed, N skipped", and fail when a
// test was skipped (skip, todo, or a suite skipped as a whole) without an entry, with its reason,
// in the skip allowlist. Usage: node .ci/summary.js <jest-results.json> <skip-allowlist.json>

const fs = require("node:fs");
const path = require("node:path");

/** Skipped tests in jest's JSON results: { file, test } with file relative to the root dir. */
function skippedTests(results, rootDir) {
  const skipped = [];
  for (const suite of results.testResults ?? []) {
    const file = path
      .relative(rootDir, suite.name ?? suite.testFilePath ?? "")
      .split(path.sep)
      .join("/");
    for (const test of suite.assertionResults ?? []) {
      if (test.status === "pending" || test.status === "skipped" || test.status === "todo") {
        skipped.push({ file, test: test.fullName ?? test.title });
      }
    }
  }
  return skipped;
}

/** Check the skipped tests against the allowlist; returns the summary line and the problems. */
function summarise(results, allowlist, rootDir) {
  const skipped = skippedTests(results, rootDir);
  const entries = allowlist.skips ?? [];
  const problems = [];
  for (const entry of entries) {
    if (typeof entry.reason !== "string" || entry.reason.trim() === "")
      problems.push(`skip allowlist: ${entry.file} "${entry.test}" has no reason`);
  }
  for (const s of skipped) {
    const allowed = entries.some(
      (e) => e.file === s.file && e.test === s.test && typeof e.reason === "string" && e.reason.trim() !== "",
    );
    if (!allowed) problems.push(`skipped without an allowlist entry: ${s.file} "${s.test}"`);
  }
  const failed = (results.numFailedTests ?? 0) + (results.numRuntimeErrorTestSuites ?? 0);
  const line = `Tests: ${results.numPassedTests ?? 0} passed, ${failed} failed, ${skipped.length} skipped`;
  return { line, problems };
}

module.exports = { skippedTests, summarise };

if (require.main === module) {
  const [resultsFile, allowlistFile] = process.argv.slice(2);
  const results = JSON.parse(fs.readFileSync(resultsFile, "utf8"));
  const allowlist = fs.existsSync(allowlistFile) ? JSON.parse(fs.readFileSync(allowlistFile, "utf8")) : { skips: [] };
  const { line, problems } = summarise(results, allowlist, process.cwd());
  for (const problem of problems) console.log(problem);
  console.log(line);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
