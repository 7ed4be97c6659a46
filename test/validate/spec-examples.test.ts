/**
 * The spec documentation's example messages (imported by `bpkit dev import-spec-examples`, see
 * test/fixtures/spec-examples.json for source and licence) are valid for bpkit's schemas, except
 * the few listed here, each with the schema note that explains it.
 */
import { validateFrame, type SpecVersion } from "../../generated";
import fixture from "../fixtures/spec-examples.json";

/** page:line → why bpkit's schema rejects the docs' example (the schema's "x-bpkit".note says so too). */
const EXPLAINED: Record<string, string> = {
  "docs/spec/messages.md:86": "a placeholder frame showing the structure (MessageType, MessageType2), not messages",
  "versioned_docs/version-spec-v3/spec/messages.md:69":
    "a placeholder frame showing the structure (MessageType, MessageType2), not messages",
  "docs/spec/output.md:186":
    "schema/v4/OutputCmd.json note: the example's key RotateWithDirection contradicts the type's name RotationWithDirection",
  "versioned_docs/version-spec-v3/spec/enumeration.md:216":
    'schema/v3/DeviceList.json note: LinearCmd ActuatorType "Linear", which no reference implementation sends',
};

describe("the spec docs' example messages", () => {
  it("were imported (both the v4 and the v3 spec pages)", () => {
    expect(fixture.examples.filter((e) => e.version === 4).length).toBeGreaterThan(20);
    expect(fixture.examples.filter((e) => e.version === 3).length).toBeGreaterThan(20);
  });

  it.each(fixture.examples.map((e) => [`v${e.version} ${e.page}:${e.line}`, e] as const))(
    "%s validates",
    (key, example) => {
      const result = validateFrame(example.version as SpecVersion, example.frame);
      const why = EXPLAINED[key.slice(key.indexOf(" ") + 1)];
      if (why) expect(result.ok).toBe(false);
      else expect(result).toEqual({ ok: true });
    },
  );
});
