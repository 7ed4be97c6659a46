import { Readable } from "node:stream";
import { detectFormat, validateLog, type Problem } from "../../runtime/validate";
import type { SpecVersion } from "../../generated";
import { asHar, asJsonl, asLines, setIn, v0Session, v3Session, v4Session, type Step } from "./sessions";

async function check(text: string, options: { spec?: SpecVersion; format?: "lines" | "jsonl" | "har" } = {}) {
  const problems: Problem[] = [];
  const summary = await validateLog(Readable.from([text]), { ...options, onProblem: (p) => problems.push(p) });
  return { summary, problems, errors: problems.filter((p) => p.severity === "error") };
}

const clone = (steps: Step[]): Step[] => JSON.parse(JSON.stringify(steps));

describe("format detection", () => {
  it("tells frames per line, JSON Lines and HAR apart", () => {
    expect(detectFormat(asLines(v4Session()))).toBe("lines");
    expect(detectFormat(asJsonl(v4Session()))).toBe("jsonl");
    expect(detectFormat(asHar(v4Session()))).toBe("har");
    expect(detectFormat("hello")).toBeUndefined();
  });

  it("goes by the first line that parses, skipping unparsable ones", () => {
    expect(detectFormat(`oops\n{broken\n${asLines(v4Session())}`)).toBe("lines");
    expect(detectFormat(`[not json\n${asJsonl(v4Session())}`)).toBe("jsonl");
    expect(detectFormat("hello\n[oops\n")).toBeUndefined();
  });

  it("reports unparsable leading lines as problems and validates the rest", async () => {
    for (const [format, text] of [
      ["lines", asLines(v4Session())],
      ["jsonl", asJsonl(v4Session())],
    ] as const) {
      const { summary, problems } = await check(`garbage at the start\n{"dir": \n${text}`);
      expect(summary).toMatchObject({ format, version: 4, frames: 10, errors: 2, warnings: 0 });
      expect(problems).toEqual([
        expect.objectContaining({ severity: "error", line: 1, text: expect.stringMatching(/^not JSON/) }),
        expect.objectContaining({ severity: "error", line: 2, text: expect.stringMatching(/^not JSON/) }),
      ]);
    }
  });

  it("refuses a log in which no line parses, and a non-HAR file forced to --format har", async () => {
    await expect(check("hello\nworld\n[oops\n")).rejects.toThrow(
      /cannot tell the log's format: no line is a JSON frame/,
    );
    await expect(check(asJsonl(v4Session()), { format: "har" })).rejects.toThrow(
      /not a HAR document.*looks like the jsonl format/,
    );
    await expect(check(asLines(v4Session()), { format: "har" })).rejects.toThrow(
      /not a HAR document.*looks like the lines format/,
    );
    await expect(check("just some text\n", { format: "har" })).rejects.toThrow(/not a HAR document/);
  });
});

describe("validateLog on good sessions", () => {
  it.each([
    ["v0", v0Session, 0],
    ["v3", v3Session, 3],
    ["v4", v4Session, 4],
  ] as const)("accepts a well-behaved %s session in all three formats", async (_name, session, version) => {
    for (const [format, text] of [
      ["lines", asLines(session())],
      ["jsonl", asJsonl(session())],
      ["har", asHar(session())],
    ] as const) {
      const { summary, problems } = await check(text);
      expect(problems).toEqual([]);
      expect(summary).toMatchObject({ format, version, versionFrom: "handshake", frames: session().length, errors: 0 });
    }
  });
});

describe("validateLog finds problems", () => {
  it("reports a schema violation with line, position, message, Id and JSON pointer", async () => {
    const steps = clone(v4Session());
    setIn(steps[4]!, "/0/OutputCmd/Command/Vibrate/Value", -3);
    const { errors } = await check(asJsonl(steps));
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]).toMatchObject({ line: 5, position: 0, message: "OutputCmd", id: 3 });
    expect(errors[0]!.pointer).toMatch(/^\/0\/OutputCmd\/Command\/Vibrate\/Value/);
  });

  it("points an unknown property at itself and names it, without comparing its value", async () => {
    const steps = clone(v4Session());
    setIn(steps[4]!, "/0/OutputCmd/Bogus", 7);
    const { errors } = await check(asJsonl(steps));
    expect(errors).toEqual([
      expect.objectContaining({
        line: 5,
        pointer: "/0/OutputCmd/Bogus",
        text: "must NOT have additional property 'Bogus'",
      }),
    ]);
    expect(errors[0]).not.toHaveProperty("actual");
  });

  it("reports an unparsable line and goes on", async () => {
    const text = asLines(v4Session()).replace('[{"RequestDeviceList":{"Id":2}}]', "[{RequestDeviceList");
    const { errors, summary } = await check(text);
    expect(errors.some((e) => e.line === 3 && /not JSON/.test(e.text))).toBe(true);
    // the DeviceList reply to the lost request now answers nothing
    expect(errors.some((e) => e.line === 4 && /answers no outstanding request/.test(e.text))).toBe(true);
    expect(summary.frames).toBe(v4Session().length - 1);
  });

  it("reports a message in the wrong direction", async () => {
    const steps = clone(v4Session());
    steps[5]!.dir = "c2s"; // Ok sent by the client
    const { errors } = await check(asJsonl(steps));
    expect(errors.some((e) => e.line === 6 && /server→client message/.test(e.text))).toBe(true);
  });

  it("requires RequestServerInfo first", async () => {
    const steps = clone(v4Session());
    const [handshake, reply, ...rest] = steps;
    const { errors } = await check(asJsonl([rest[0]!, handshake!, reply!, ...rest.slice(1)]));
    expect(errors.some((e) => e.line === 1 && /before RequestServerInfo/.test(e.text))).toBe(true);
  });

  it("checks that replies answer an outstanding request with an allowed type", async () => {
    const steps = clone(v4Session());
    steps[3]!.frame = [{ Ok: { Id: 2 } }]; // RequestDeviceList answered with Ok
    steps[5]!.frame = [{ Ok: { Id: 99 } }]; // answers nothing
    const { errors } = await check(asJsonl(steps));
    expect(
      errors.some((e) => e.line === 4 && /not a reply to RequestDeviceList/.test(e.text) && /DeviceList/.test(e.text)),
    ).toBe(true);
    expect(errors.some((e) => e.line === 6 && /Id 99 answers no outstanding request/.test(e.text))).toBe(true);
  });

  it("checks device and feature indices and advertised ranges (v4)", async () => {
    const steps = clone(v4Session());
    steps.push(
      {
        dir: "c2s",
        t: 600,
        frame: [{ OutputCmd: { Id: 6, DeviceIndex: 7, FeatureIndex: 0, Command: { Vibrate: { Value: 1 } } } }],
      },
      {
        dir: "c2s",
        t: 601,
        frame: [{ OutputCmd: { Id: 7, DeviceIndex: 0, FeatureIndex: 5, Command: { Vibrate: { Value: 1 } } } }],
      },
      {
        dir: "c2s",
        t: 602,
        frame: [{ OutputCmd: { Id: 8, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 21 } } } }],
      },
      {
        dir: "c2s",
        t: 603,
        frame: [{ OutputCmd: { Id: 9, DeviceIndex: 0, FeatureIndex: 0, Command: { Rotate: { Value: 1 } } } }],
      },
      {
        dir: "c2s",
        t: 604,
        frame: [{ InputCmd: { Id: 10, DeviceIndex: 0, FeatureIndex: 1, Type: "Battery", Command: "Subscribe" } }],
      },
    );
    const { errors } = await check(asJsonl(steps));
    const at = (line: number) =>
      errors
        .filter((e) => e.line === line)
        .map((e) => e.text)
        .join(" | ");
    expect(at(11)).toMatch(/device 7 is not in the device list/);
    expect(at(12)).toMatch(/has no feature 5/);
    expect(at(13)).toMatch(/Value 21 is outside the advertised range \[0, 20\]/);
    expect(at(14)).toMatch(/has no Rotate output/);
    expect(at(15)).toMatch(/does not allow Subscribe/);
  });

  it("checks v3 attribute indices and actuator types", async () => {
    const steps = clone(v3Session());
    setIn(steps[4]!, "/0/ScalarCmd/Scalars", [
      { Index: 2, Scalar: 0.5, ActuatorType: "Vibrate" },
      { Index: 1, Scalar: 0.5, ActuatorType: "Rotate" },
    ]);
    const { errors } = await check(asJsonl(steps));
    expect(
      errors.some((e) => e.pointer === "/0/ScalarCmd/Scalars/0/Index" && /Index 2 does not exist/.test(e.text)),
    ).toBe(true);
    expect(
      errors.some(
        (e) => e.pointer === "/0/ScalarCmd/Scalars/1/ActuatorType" && /Vibrate actuator, not Rotate/.test(e.text),
      ),
    ).toBe(true);
  });

  it("checks v0 commands against the device's message list", async () => {
    const steps = clone(v0Session());
    steps.push({ dir: "c2s", t: 7, frame: [{ KiirooCmd: { Id: 4, DeviceIndex: 0, Command: "4" } }] });
    const { errors } = await check(asJsonl(steps));
    expect(errors.some((e) => e.line === 8 && /does not support KiirooCmd/.test(e.text))).toBe(true);
  });

  it("reports a client that did not ping within MaxPingTime, when the log has timestamps", async () => {
    const steps = clone(v4Session());
    steps[8]!.t = 1500; // first Ping 1.5 s after ServerInfo; MaxPingTime is 1000
    steps[9]!.t = 1501;
    const { errors } = await check(asJsonl(steps));
    expect(
      errors.some((e) => /no Ping for 1495 ms, longer than the server's MaxPingTime of 1000 ms/.test(e.text)),
    ).toBe(true);
  });

  it("warns about requests never answered, without failing the log", async () => {
    const steps = clone(v4Session()).slice(0, -1);
    const { problems, errors } = await check(asJsonl(steps));
    expect(errors).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: "warning", message: "Ping", id: 5, text: "Ping Id 5 was never answered" }),
    ]);
  });

  it("bounds the unanswered requests it tracks: past 10 000 the oldest is warned about at once and forgotten", async () => {
    const lines = [asLines(v4Session().slice(0, 2)).trimEnd()];
    // Id 2 is sent twice (the spec allows reuse once answered; here both are in flight)
    for (let id = 2; id <= 10_002; id++) lines.push(JSON.stringify([{ Ping: { Id: id } }]));
    lines.push(JSON.stringify([{ Ping: { Id: 2 } }]));
    lines.push(JSON.stringify([{ Ok: { Id: 2 } }])); // answers the second Ping Id 2: the first was dropped
    lines.push(JSON.stringify([{ Ok: { Id: 3 } }])); // Id 3 was dropped too
    const seen: Problem[] = [];
    const summary = await validateLog(Readable.from([`${lines.join("\n")}\n`]), {
      onProblem: (p) => seen.push(p),
    });
    expect(summary.errors).toBe(1);
    const early = seen.filter((p) => /no longer tracked/.test(p.text));
    expect(early).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 3,
        message: "Ping",
        id: 2,
        text: expect.stringMatching(/^Ping Id 2 was never answered/),
      }),
      expect.objectContaining({ severity: "warning", line: 4, message: "Ping", id: 3 }),
    ]);
    expect(seen).toContainEqual(
      expect.objectContaining({ severity: "error", line: 10_006, text: "Ok Id 3 answers no outstanding request" }),
    );
    // the rest (Ids 4…10 002) are reported when the log ends, oldest first
    const late = seen.filter((p) => p.text.endsWith("was never answered"));
    expect(late).toHaveLength(9_999);
    expect(late[0]).toMatchObject({ line: 5, id: 4 });
    expect(late[late.length - 1]).toMatchObject({ line: 10_003, id: 10_002 });
    expect(seen).toHaveLength(2 + 1 + 9_999);
  });

  it("uses --spec when there is no handshake, and refuses to guess otherwise", async () => {
    const tail = v4Session().slice(2);
    await expect(check(asLines(tail))).rejects.toThrow(/no RequestServerInfo handshake.*--spec/);
    // --spec without a handshake in the log: the session is taken as already initialised
    const { summary, problems } = await check(asLines(tail), { spec: 4 });
    expect(summary).toMatchObject({ version: 4, versionFrom: "--spec", frames: tail.length, errors: 0 });
    expect(problems).toEqual([]);
  });

  it("with --spec and a handshake in the log, still requires it first and warns once if the versions disagree", async () => {
    const steps = clone(v3Session());
    const [handshake, reply, ...rest] = steps;
    const { summary, problems } = await check(asJsonl([rest[0]!, handshake!, reply!, ...rest.slice(1)]), { spec: 2 });
    expect(summary).toMatchObject({ version: 2, versionFrom: "--spec" });
    expect(problems.filter((p) => /before RequestServerInfo/.test(p.text))).toEqual([
      expect.objectContaining({ severity: "error", line: 1 }),
    ]);
    const disagreements = problems.filter((p) => /disagrees with the handshake/.test(p.text));
    expect(disagreements).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 2,
        message: "RequestServerInfo",
        text: expect.stringMatching(/--spec 2 .*asks for spec v3/),
      }),
    ]);

    const agreeing = await check(asJsonl(v3Session()), { spec: 3 });
    expect(agreeing.problems).toEqual([]);
  });

  it("splits JSON Lines into sessions at each change of the records' session value", async () => {
    const tagged = (steps: Step[], session: unknown) => steps.map((s) => JSON.stringify({ ...s, session })).join("\n");
    const text = `${tagged(v4Session(), 17)}\n${tagged(v3Session(), "b")}\n${tagged(v4Session(), 17)}\n`;
    const { summary, problems } = await check(text);
    expect(problems.filter((p) => p.severity !== "note")).toEqual([]);
    expect(summary).toMatchObject({ format: "jsonl", sessions: 3, errors: 0 });
    // without the values, the second handshake is a mistake of one session
    const { errors } = await check(asJsonl([...v4Session(), ...v4Session()]));
    expect(errors[0]).toMatchObject({ rule: "handshake" });
    const lines = tagged(v4Session(), 1).split("\n");
    const last = lines.length - 1;
    lines[last] = lines[last]!.replace('"session":1', '"session":{"id":1}');
    const bad = await check(`${lines.join("\n")}\n`);
    expect(bad.errors).toEqual([
      expect.objectContaining({
        rule: "parse",
        line: lines.length,
        text: expect.stringMatching(/"session" must be a number or string/),
      }),
    ]);
  });

  it("validates messages against the negotiated version: a v4 message in a v3 session is unknown", async () => {
    const steps = clone(v3Session());
    steps.push({
      dir: "c2s",
      t: 8,
      frame: [{ OutputCmd: { Id: 5, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 1 } } } }],
    });
    const { errors } = await check(asJsonl(steps));
    expect(errors.some((e) => e.line === 9 && /OutputCmd/.test(e.text))).toBe(true);
  });
});
