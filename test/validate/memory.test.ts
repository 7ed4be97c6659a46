/**
 * Adversarial logs must not make `bpkit validate` hold memory in proportion to the log: each case
 * runs the real CLI in a child with a 64 MB heap.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = join(__dirname, "../../bin/bpkit.js");
const backlogProbe = join(__dirname, "output-backlog.js");
const dir = mkdtempSync(join(tmpdir(), "bpkit-validate-memory-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HANDSHAKE = JSON.stringify([
  { RequestServerInfo: { Id: 1, ClientName: "x", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
]);

interface Run {
  code: number | null;
  stdoutBytes: number;
  lastLine: string;
  stderr: string;
}

/**
 * Run `bpkit validate path` with a 64 MB heap. The parent reads stdout slowly (a pause after every
 * chunk), as a pager or a slow pipe would, so unwritten output piles up unless the CLI waits.
 */
function validateSlowly(path: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-old-space-size=64", "-r", backlogProbe, bin, "validate", path], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    let stdoutBytes = 0;
    let tail = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text: string) => {
      stdoutBytes += text.length;
      tail = (tail + text).slice(-400);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdoutBytes, lastLine: tail.trimEnd().split("\n").pop() ?? "", stderr }),
    );
  });
}

describe("bpkit validate memory on adversarial logs", () => {
  it("200k Pings never answered: finishes in a 64 MB heap and warns about each one", async () => {
    const count = 200_000;
    const lines = [HANDSHAKE];
    for (let id = 2; id < count + 2; id++) lines.push(`[{"Ping":{"Id":${id}}}]`);
    const path = join(dir, "pings.lines");
    writeFileSync(path, `${lines.join("\n")}\n`);
    const r = await validateSlowly(path);
    expect(r.stderr).not.toMatch(/heap out of memory/);
    expect(r.code).toBe(0);
    // the handshake itself is never answered either
    expect(r.lastLine).toMatch(
      new RegExp(
        `^valid: ${count + 1} frame\\(s\\), ${count + 1} message\\(s\\), 0 error\\(s\\), ${count + 1} warning\\(s\\)`,
      ),
    );
  });

  it("200k garbage lines with a slow reader of stdout: output waits for the reader instead of piling up", async () => {
    const count = 200_000;
    const lines = [HANDSHAKE];
    for (let i = 0; i < count; i++) lines.push(`garbage ${i}`);
    const path = join(dir, "garbage.lines");
    writeFileSync(path, `${lines.join("\n")}\n`);
    const r = await validateSlowly(path);
    expect(r.code).toBe(1);
    expect(r.lastLine).toMatch(new RegExp(`^INVALID: 1 frame\\(s\\), 1 message\\(s\\), ${count} error\\(s\\)`));
    expect(r.stdoutBytes).toBeGreaterThan(15_000_000);
    const backlog = Number(/output backlog (\d+)/.exec(r.stderr)?.[1]);
    // about one batch of problems at most (a 256 KiB read of short lines → ~2 MB of text), not the whole report
    expect(backlog).toBeLessThan(5_000_000);
  });
});

/** Run `bpkit validate` with a small heap; returns exit status, stdout and peak RSS (from the child). */
function validateInSmallHeap(args: string[]): Promise<Run & { stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-old-space-size=48", bin, "validate", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout, stdoutBytes: stdout.length, lastLine: stdout.trimEnd().split("\n").pop() ?? "", stderr }),
    );
  });
}

describe("bpkit validate bounds what one record may cost", () => {
  const ping = (id: number) => `[{"Ping":{"Id":${id}}}]`;

  it("a 200 MB line is reported as over-long and skipped, in a 48 MB heap; the lines around it are checked", async () => {
    const path = join(dir, "long-line.lines");
    const { openSync, writeSync, closeSync } = await import("node:fs");
    const fd = openSync(path, "w");
    writeSync(fd, `${HANDSHAKE}\n[{"Ping":{"Id":2,"Pad":"`);
    const block = "x".repeat(4 * 1024 * 1024);
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    writeSync(fd, `"}}]\n${ping(3)}\n`);
    closeSync(fd);
    const r = await validateInSmallHeap([path, "--max-line-bytes", "1048576"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}: error: line 2: line longer than 1048576 bytes (--max-line-bytes); skipped`);
    // line 3 is still read: its Ping is the third unanswered request
    expect(r.lastLine).toMatch(/^INVALID: 2 frame\(s\), 2 message\(s\), 1 error\(s\), 2 warning\(s\)/);
  }, 60_000);

  it("a line nested 4 million levels deep is reported, not parsed", async () => {
    const path = join(dir, "deep.lines");
    const depth = 4_000_000;
    writeFileSync(path, `${HANDSHAKE}\n[{"Ping":{"Id":2,"x":${"[".repeat(depth)}${"]".repeat(depth)}}}]\n${ping(3)}\n`);
    const r = await validateInSmallHeap([path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}: error: line 2: nested deeper than 100 levels; skipped`);
    expect(r.lastLine).toMatch(/^INVALID: 2 frame\(s\), 2 message\(s\), 1 error\(s\)/);
  }, 60_000);

  it("a HAR that is mostly '[' costs no memory per bracket", async () => {
    const path = join(dir, "brackets.har");
    writeFileSync(
      path,
      `{"log":{"entries":[{"_webSocketMessages":[{"type":"send","time":1,"opcode":1,"data":${JSON.stringify(HANDSHAKE)}},${"[".repeat(30_000_000)}`,
    );
    const r = await validateInSmallHeap([path]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error: line 1: a _webSocketMessages element must be an object/);
    expect(r.stdout).toMatch(/the HAR document ends in the middle/);
  }, 60_000);
});
