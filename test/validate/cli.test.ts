import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asHar, asJsonl, asLines, v4Session } from "./sessions";

const bin = join(__dirname, "../../bin/bpkit.js");
const dir = mkdtempSync(join(tmpdir(), "bpkit-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bpkit(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, "validate", ...args], { input, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
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
      expect(r.stdout).toMatch(/^valid: 10 frame\(s\), 10 message\(s\), 0 error\(s\), 0 warning\(s\) — spec v4 \(from handshake\)/m);
    }
  });

  it("exits 1 and names line, message and pointer for an invalid log", () => {
    const steps = v4Session();
    (steps[4]!.frame[0] as any).OutputCmd.FeatureIndex = 9;
    const path = file("bad.jsonl", asJsonl(steps));
    const r = bpkit([path]);
    expect(r.code).toBe(1);
    // a frame's only message needs no "message 0"
    expect(r.stdout).toContain(`${path}: error: line 5, OutputCmd Id 3, /0/OutputCmd/FeatureIndex: device 0 has no feature 9`);
    expect(r.stdout).toMatch(/^INVALID: /m);
    // a schema text names the value found and the limit; several messages in a frame: their position
    steps[4]!.frame = [{ Ping: { Id: 9 } }, { OutputCmd: { Id: 3, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: -1 } } } }];
    const twice = bpkit([file("bad2.jsonl", asJsonl(steps))]);
    expect(twice.stdout).toContain("error: line 5, message 1, OutputCmd Id 3, /1/OutputCmd/Command/Vibrate/Value: Value -1 must be >= 0");
  });

  it("reads stdin with - and writes a JSON report with --json", () => {
    const steps = v4Session();
    (steps[2]!.frame[0] as any).RequestDeviceList.Id = 0;
    const r = bpkit(["-", "--json"], asLines(steps));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ valid: false, version: 4, format: "lines" });
    expect(report.problems[0]).toMatchObject({ severity: "error", line: 3, message: "RequestDeviceList", pointer: "/0/RequestDeviceList/Id" });
  });

  it("reports an unparsable first line as a problem (exit 1), not as a usage error", () => {
    const path = file("garbled-start.lines", "\u0000\u0001 binary junk\n" + asLines(v4Session()));
    const r = bpkit([path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: error: line 1: not JSON`, "m"));
    expect(r.stdout).toMatch(/^INVALID: 10 frame\(s\), 10 message\(s\), 1 error\(s\), 0 warning\(s\) — spec v4 \(from handshake\), format lines/m);
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
    expect(withSpec.stdout).toMatch(/^valid: 8 frame\(s\), 8 message\(s\), 0 error\(s\), 0 warning\(s\) — spec v4 \(from --spec\)/m);
    expect(withSpec.code).toBe(0);

    const notHar = bpkit([file("frames.lines", asLines(v4Session())), "--format", "har"]);
    expect(notHar.code).toBe(2);
    expect(notHar.stderr).toMatch(/not a HAR document/);

    expect(bpkit([file("x.lines", "[]\n"), "--format", "xml"]).stderr).toMatch(/--format must be one of lines, jsonl, har/);
    expect(bpkit([file("y.lines", "[]\n"), "--spec", "7"]).code).toBe(2);
    expect(bpkit([file("z.lines", "[]\n"), "--max-line-bytes", "lots"]).stderr).toMatch(/--max-line-bytes must be a positive whole number, got 'lots'/);
    expect(bpkit([]).code).toBe(2);
    expect(bpkit(["--bogus", "f"]).code).toBe(2);
  });
});
