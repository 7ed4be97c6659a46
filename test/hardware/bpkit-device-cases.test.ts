/**
 * bpkit's own device cases (test/fixtures/device-cases: protocols and situations the reference's
 * suite does not cover), in the reference's format with the few extensions its README lists,
 * replayed by the same runner as the reference's cases at the spec versions each names.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { caseProtocol } from "../../scripts/dev/protocol-table";
import { loadCase, runCase } from "./device-cases/runner";

const CASES = join(__dirname, "../fixtures/device-cases");
const CONFIG = join(CASES, "config");
const files = readdirSync(CASES)
  .filter((f) => f.endsWith(".yaml"))
  .sort();
const runs = files.flatMap((file) =>
  (loadCase(join(CASES, file)).spec_versions ?? [4]).map((version) => [file, version] as const),
);

const passed = new Map<number, number>();
afterAll(() => {
  const counts = [...new Set(runs.map(([, v]) => v))]
    .sort((a, b) => b - a)
    .map((v) => `v${v}: ${passed.get(v) ?? 0} of ${runs.filter(([, w]) => w === v).length}`);
  console.log(`bpkit device cases passed: ${counts.join(", ")}`);
});

test("there are cases", () => expect(files.length).toBeGreaterThan(0));

test.each(runs)("%s at spec v%i", async (file, version) => {
  const result = await runCase(loadCase(join(CASES, file)), version, CONFIG);
  expect(result.problems).toEqual([]);
  // docs/protocols.md counts each case for the protocol scripts/dev/protocol-table.ts attributes it to.
  expect(result.protocols[0]).toBe(await caseProtocol(readFileSync(join(CASES, file), "utf8"), CONFIG));
  passed.set(version, (passed.get(version) ?? 0) + 1);
});
