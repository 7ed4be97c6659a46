/**
 * Valid traffic `bpkit validate` once rejected (issue: no false alarms on valid logs). Each case is a
 * small real-shaped log that must validate without errors.
 */
import { Readable } from "node:stream";
import { validateLog, type Problem } from "../../runtime/validate";
import type { SpecVersion } from "../../generated";
import { asHar, asJsonl, asLines, v0Session, type Step } from "./sessions";

async function check(text: string, options: { spec?: SpecVersion; format?: "lines" | "jsonl" | "har" } = {}) {
  const problems: Problem[] = [];
  const summary = await validateLog(Readable.from([text]), { ...options, onProblem: (p) => problems.push(p) });
  return { summary, problems, errors: problems.filter((p) => p.severity === "error") };
}

describe("v0/v1 Test travels both ways", () => {
  const withTest = (version: 0 | 1): Step[] => {
    const steps = version === 0 ? v0Session() : v0Session().slice(0, 2);
    if (version === 1) (steps[0]!.frame[0] as any).RequestServerInfo.MessageVersion = 1;
    if (version === 1) (steps[1]!.frame[0] as any).ServerInfo.MessageVersion = 1;
    return [
      ...steps,
      { dir: "c2s", t: 10, frame: [{ Test: { Id: 7, TestString: "hello" } }] },
      { dir: "s2c", t: 11, frame: [{ Test: { Id: 7, TestString: "hello" } }] },
    ];
  };
  it.each([0, 1] as const)("the server's echo of Test is a valid reply in v%i (jsonl, har and lines)", async (version) => {
    for (const text of [asJsonl(withTest(version)), asHar(withTest(version)), asLines(withTest(version))]) {
      const { problems, summary } = await check(text);
      expect(problems).toEqual([]);
      expect(summary.version).toBe(version);
    }
  });
  it("an echo nobody asked for is still an error", async () => {
    const steps = withTest(0);
    (steps[steps.length - 1]!.frame[0] as any).Test.Id = 8;
    const { errors } = await check(asJsonl(steps));
    expect(errors).toEqual([expect.objectContaining({ line: steps.length, message: "Test", text: "Test Id 8 answers no outstanding request" })]);
  });
});
