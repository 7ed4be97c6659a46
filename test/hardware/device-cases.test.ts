/**
 * The reference server's own device test suite (vendored in test/fixtures/reference-device-cases by
 * `bpkit dev import-device-cases`) replayed through bpkit at every spec version where the
 * reference's runner runs each case, byte for byte. Cases the reference comments out are reported
 * as disabled by the reference, with its reason; nothing else is left out.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SpecVersion } from "../../generated";
import type { Runs } from "../../scripts/dev/import-device-cases";
import { caseProtocol, REPLAYED_VERSIONS } from "../../scripts/dev/protocol-table";
import { loadCase, runCase } from "./device-cases/runner";

const REFERENCE = join(__dirname, "../fixtures/reference-device-cases");
const CASES = join(REFERENCE, "device_test_case");
const runs = JSON.parse(readFileSync(join(REFERENCE, "runs.json"), "utf8")) as Runs;
/** The spec versions the reference runs its device cases at (every one bpkit speaks). */
const VERSIONS = REPLAYED_VERSIONS.map((v) => Number(v) as SpecVersion);

const passed = new Map<number, number>();
/** docs/protocols.md counts each case for the protocol scripts/dev/protocol-table.ts attributes it to. */
const attributed = (file: string) => caseProtocol(readFileSync(join(CASES, file), "utf8"), join(CASES, "config"));

afterAll(() => {
  const lines = VERSIONS.map(
    (v) => `  v${v}: ${passed.get(v) ?? 0} of ${runs.versions[v]!.length} reference cases passed`,
  );
  for (const v of VERSIONS) {
    for (const [file, reason] of Object.entries(runs.disabled[v] ?? {}))
      lines.push(`  v${v}: ${file} disabled by the reference: ${reason}`);
  }
  console.log(`reference device cases\n${lines.join("\n")}`);
});

describe.each(VERSIONS)("reference device cases at spec v%i", (version) => {
  test.each(runs.versions[version]!)("%s", async (file) => {
    const result = await runCase(loadCase(join(CASES, file)), version, join(CASES, "config"));
    expect(result.problems).toEqual([]);
    expect(result.protocols[0]).toBe(await attributed(file));
    passed.set(version, (passed.get(version) ?? 0) + 1);
  });
});
