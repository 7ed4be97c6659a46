/**
 * Data-driven schema examples: every message of every spec version in the generated registry has
 * valid and invalid example bodies in test/fixtures/messages/v{N}.json, and the generated
 * validators accept exactly the valid ones.
 *
 * Fixture shape: { "<MessageName>": { "valid": [body, …], "invalid": [{ "body": …, "why": "…" }, …] } }
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { registry, validateMessage, SPEC_VERSIONS, type SpecVersion } from "../../generated";

interface InvalidExample {
  body: unknown;
  why: string;
}
interface MessageExamples {
  valid: unknown[];
  invalid: InvalidExample[];
}
type Fixture = Record<string, MessageExamples>;

const FIXTURE_DIR = path.join(__dirname, "..", "fixtures", "messages");

/** Loads v{N}.json; a missing file reads as "no examples" so the coverage test names what is missing. */
function loadFixture(version: SpecVersion): Fixture {
  const file = path.join(FIXTURE_DIR, `v${version}.json`);
  if (!fs.existsSync(file)) return {};
  return JSON.parse(fs.readFileSync(file, "utf8")) as Fixture;
}

/** Short text of a body for test names. */
function show(body: unknown): string {
  const text = JSON.stringify(body) ?? String(body);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

describe.each(SPEC_VERSIONS.map((v) => [v] as const))("spec v%i examples", (version) => {
  const fixture = loadFixture(version);
  const names = Object.keys(registry[version]).sort();

  test("the registry has messages for this version", () => {
    expect(names.length).toBeGreaterThan(0);
  });

  test("every message has at least one valid and one invalid example", () => {
    const missing = names.filter((n) => !(fixture[n]?.valid?.length > 0 && fixture[n]?.invalid?.length > 0));
    expect(missing).toEqual([]);
  });

  test("fixtures only name messages of this version", () => {
    const unknown = Object.keys(fixture).filter((n) => registry[version][n] === undefined);
    expect(unknown).toEqual([]);
  });

  test("every invalid example says why it is invalid", () => {
    const unexplained = Object.entries(fixture).flatMap(([name, ex]) =>
      (ex.invalid ?? [])
        .filter((i) => typeof i.why !== "string" || i.why.trim() === "")
        .map((i) => `${name}: ${show(i.body)}`),
    );
    expect(unexplained).toEqual([]);
  });

  const valid = Object.entries(fixture).flatMap(([name, ex]) =>
    (ex.valid ?? []).map((body, i) => [name, i, body] as const),
  );
  const invalid = Object.entries(fixture).flatMap(([name, ex]) =>
    (ex.invalid ?? []).map((example, i) => [name, i, example] as const),
  );

  if (valid.length > 0) {
    test.each(valid)("%s valid[%i] passes", (name, _i, body) => {
      const result = validateMessage(version, name, body);
      // Show the issues on failure rather than a bare boolean.
      expect(result.ok ? [] : result.issues).toEqual([]);
    });
  }

  if (invalid.length > 0) {
    test.each(invalid)("%s invalid[%i] fails", (name, _i, example) => {
      const result = validateMessage(version, name, example.body);
      if (result.ok) throw new Error(`${name} accepted an invalid body (${example.why}): ${show(example.body)}`);
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(typeof issue.pointer).toBe("string");
        expect(issue.message.length).toBeGreaterThan(0);
      }
    });
  }
});
