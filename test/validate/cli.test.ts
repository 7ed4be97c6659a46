import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asHar, asJsonl, asLines, setIn, v4Session } from "./sessions";

const bin = join(__dirname, "../../bin/bpkit.js");
const dir = mkdtempSync(join(tmpdir(), "bpkit-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bpkit(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, "validate", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("bpkit validate (command line)", () => {
  it("exits 0 and prints a summary for a valid log in each format", () => {
    for (const [name, text] of [
      ["good.lines", asLines(v4Session())],
      ["good.jsonl", asJsonl(v4Session())],
      ["good.har", asHar(v4Session())],
    ]) {
      const r = bpkit([file(name!, text!)]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /^valid: 10 frame\(s\), 10 message\(s\), 0 error\(s\), 0 warning\(s\) — spec v4 \(from handshake\)/m,
      );
    }
  });

  it("exits 1 and names line, message and pointer for an invalid log", () => {
    const steps = v4Session();
    setIn(steps[4]!, "/0/OutputCmd/FeatureIndex", 9);
    const path = file("bad.jsonl", asJsonl(steps));
    const r = bpkit([path]);
    expect(r.code).toBe(1);
    // a frame's only message needs no "message 0"
    expect(r.stdout).toContain(
      `${path}: error: line 5, OutputCmd Id 3, /0/OutputCmd/FeatureIndex: device 0 has no feature 9`,
    );
    expect(r.stdout).toMatch(/^INVALID: /m);
    // a schema text names the value found and the limit; several messages in a frame: their position
    steps[4]!.frame = [
      { Ping: { Id: 9 } },
      { OutputCmd: { Id: 3, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: -1 } } } },
    ];
    const twice = bpkit([file("bad2.jsonl", asJsonl(steps))]);
    expect(twice.stdout).toContain(
      "error: line 5, message 1, OutputCmd Id 3, /1/OutputCmd/Command/Vibrate/Value: Value -1 must be >= 0",
    );
  });

  it("reads stdin with - and writes a JSON report with --json", () => {
    const steps = v4Session();
    setIn(steps[2]!, "/0/RequestDeviceList/Id", 0);
    const r = bpkit(["-", "--json"], asLines(steps));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ valid: false, version: 4, format: "lines" });
    expect(report.problems[0]).toMatchObject({
      severity: "error",
      line: 3,
      message: "RequestDeviceList",
      pointer: "/0/RequestDeviceList/Id",
    });
  });

  it("reports an unparsable first line as a problem (exit 1), not as a usage error", () => {
    const path = file("garbled-start.lines", `\u0000\u0001 binary junk\n${asLines(v4Session())}`);
    const r = bpkit([path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: error: line 1: not JSON`, "m"),
    );
    expect(r.stdout).toMatch(
      /^INVALID: 10 frame\(s\), 10 message\(s\), 1 error\(s\), 0 warning\(s\) — spec v4 \(from handshake\), format lines/m,
    );
  });

  it("exits 2 with a clear message on usage and I/O errors", () => {
    const missing = bpkit([join(dir, "nope.jsonl")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.jsonl: ENOENT/);

    const noHandshake = bpkit([file("tail.lines", asLines(v4Session().slice(2)))]);
    expect(noHandshake.code).toBe(2);
    expect(noHandshake.stderr).toMatch(/no RequestServerInfo handshake.*--spec/);
    // README: `bpkit validate frames.txt --spec 3`, one wire frame per line, no handshake in the log
    const withSpec = bpkit([file("tail2.lines", asLines(v4Session().slice(2))), "--spec", "4"]);
    expect(withSpec.stdout).toMatch(
      /^valid: 8 frame\(s\), 8 message\(s\), 0 error\(s\), 0 warning\(s\) — spec v4 \(from --spec\)/m,
    );
    expect(withSpec.code).toBe(0);

    const notHar = bpkit([file("frames.lines", asLines(v4Session())), "--format", "har"]);
    expect(notHar.code).toBe(2);
    expect(notHar.stderr).toMatch(/not a HAR document/);

    expect(bpkit([file("x.lines", "[]\n"), "--format", "xml"]).stderr).toMatch(
      /--format: expected one of lines, jsonl, har, got/,
    );
    expect(bpkit([file("y.lines", "[]\n"), "--spec", "7"]).code).toBe(2);
    expect(bpkit([file("z.lines", "[]\n"), "--max-line-bytes", "lots"]).stderr).toMatch(
      /--max-line-bytes: expected an integer, got 'lots'/,
    );
    expect(bpkit([]).code).toBe(2);
    expect(bpkit(["--bogus", "f"]).code).toBe(2);
  });

  it("`bpkit validate big.jsonl | head` exits quietly with the log's own exit status", () => {
    const lines = [JSON.stringify(v4Session()[0]!.frame)];
    for (let i = 0; i < 50_000; i++) lines.push(`garbage ${i}`);
    const path = file("big.lines", `${lines.join("\n")}\n`);
    const r = spawnSync(
      "bash",
      ["-c", `"$0" "$1" validate "$2" | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`, process.execPath, bin, path],
      {
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "" },
      },
    );
    expect(r.stdout.split("\n")).toHaveLength(2); // head's one line
    expect(r.stderr).toBe("status 1\n"); // no EPIPE stack; invalid log → 1
  });

  it("--json: the README's example record, one key order, problems in line order with warnings", () => {
    const steps = v4Session();
    setIn(steps[4]!, "/0/OutputCmd/Command/Vibrate/Value", 21);
    const report = JSON.parse(bpkit([file("session.jsonl", asJsonl(steps)), "--json"]).stdout);
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    const example = JSON.parse(/`--json` prints one report[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]!);
    expect(report).toEqual({ ...example, file: report.file });

    // a "never answered" warning comes at its own line, before later errors
    const late = v4Session().filter((_, i) => i !== 5); // Ok Id 3 missing
    setIn(late[8]!, "/0/Ok/Id", 77); // the Ping's reply now answers nothing (line 9)
    const out = JSON.parse(bpkit([file("late.jsonl", asJsonl(late)), "--json"]).stdout);
    // the Ping (line 8) is known unanswered only at the end, yet is listed before line 9's error
    expect(out.problems.map((p: { line: number; rule: string }) => [p.line, p.rule])).toEqual([
      [5, "unanswered"],
      [8, "unanswered"],
      [9, "reply"],
    ]);
    for (const p of out.problems)
      expect(Object.keys(p)).toEqual([
        "severity",
        "rule",
        "line",
        "session",
        "position",
        "message",
        "id",
        "pointer",
        "expected",
        "actual",
        "text",
      ]);
  });

  it("a broken handshake line is an invalid log (exit 1, the problem on that line), not a usage error", () => {
    const steps = v4Session();
    setIn(steps[0]!, "/0/RequestServerInfo/ProtocolVersionMajor", "4");
    const r = bpkit([file("broken-handshake.jsonl", asJsonl(steps))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /error: line 1, RequestServerInfo Id 1, \/0\/RequestServerInfo\/ProtocolVersionMajor: ProtocolVersionMajor "4" must be integer/,
    );
    const garbled = bpkit([
      file("garbled-handshake.lines", asLines(v4Session()).replace(/^.*\n/, "[{RequestServerInfo\n")),
    ]);
    expect(garbled.code).toBe(1);
    expect(garbled.stdout).toMatch(/error: line 1: not JSON/);
  });
});
