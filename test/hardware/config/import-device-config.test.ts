import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DATA_DIR,
  DATA_FILE,
  LICENSE_FILE,
  README_FILE,
  describeConfig,
  importDeviceConfig,
  run,
} from "../../../scripts/dev/import-device-config";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bpkit-import-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = `${JSON.stringify({ version: { major: 4, minor: 7 }, protocols: { a: {}, b: {} } }, null, 2)}\n`;

describe("import-device-config", () => {
  test("imports a plain file unchanged, with the licence found above it and a README naming source and version", () => {
    const repo = join(dir, "checkout");
    execFileSync("mkdir", ["-p", join(repo, "build-config")]);
    writeFileSync(join(repo, "LICENSE"), "BSD 3-Clause test licence\n");
    const source = join(repo, "build-config", "config.json");
    writeFileSync(source, sample);
    const out = join(dir, "out");
    const written = importDeviceConfig({ source, outDir: out });
    expect(written.map((p) => p.slice(out.length + 1))).toEqual([DATA_FILE, LICENSE_FILE, README_FILE]);
    expect(readFileSync(join(out, DATA_FILE), "utf8")).toBe(sample);
    expect(readFileSync(join(out, LICENSE_FILE), "utf8")).toBe("BSD 3-Clause test licence\n");
    const readme = readFileSync(join(out, README_FILE), "utf8");
    expect(readme).toContain("4.7 (2 protocols)");
    expect(readme).toContain(source);
    expect(readme).toContain("import-device-config");
  });

  test("imports from a git snapshot with git show, naming the commit", () => {
    const repo = join(dir, "git-repo");
    const path = "crates/buttplug_server_device_config/build-config";
    execFileSync("mkdir", ["-p", join(repo, path)]);
    writeFileSync(join(repo, path, "buttplug-device-config-v4.json"), sample);
    writeFileSync(join(repo, "LICENSE"), "licence text\n");
    const git = (...args: string[]) =>
      execFileSync("git", ["-C", repo, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" });
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "c");
    const commit = git("rev-parse", "HEAD").trim();
    const out = join(dir, "out-git");
    importDeviceConfig({ source: repo, outDir: out });
    expect(readFileSync(join(out, DATA_FILE), "utf8")).toBe(sample);
    expect(readFileSync(join(out, README_FILE), "utf8")).toContain(commit);
  });

  test("refuses a file that is not a v4 device config, and the CLI says so", async () => {
    expect(() => describeConfig(JSON.stringify({ version: { major: 2, minor: 0 }, protocols: {} }))).toThrow(
      /major version 2/,
    );
    expect(() => describeConfig("{}")).toThrow(/version/);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{}");
    const errors: string[] = [];
    const spy = jest.spyOn(console, "error").mockImplementation((m: string) => void errors.push(m));
    try {
      expect(await run([bad, "--license", bad, "--out", join(dir, "never")])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(errors[0]).toMatch(/version/);
    expect(existsSync(join(dir, "never", DATA_FILE))).toBe(false);
  });

  test("the source is a required argument: without it the CLI says so, points to --help and exits 2, writing nothing", async () => {
    const errors: string[] = [];
    const spy = jest.spyOn(process.stderr, "write").mockImplementation((m) => errors.push(String(m)) > 0);
    try {
      expect(await run(["--out", join(dir, "none")])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join("")).toMatch(
      /^bpkit dev import-device-config: the source is required \(a clone of buttplugio\/buttplug, or the config file\)\nRun `bpkit dev import-device-config --help`/,
    );
    expect(existsSync(join(dir, "none"))).toBe(false);
  });

  test("the committed data carries its licence and a README naming the source commit", () => {
    expect(describeConfig(readFileSync(join(DATA_DIR, DATA_FILE), "utf8")).major).toBe(4);
    expect(readFileSync(join(DATA_DIR, LICENSE_FILE), "utf8")).toMatch(/BSD|Redistribution/);
    expect(readFileSync(join(DATA_DIR, README_FILE), "utf8")).toMatch(/commit [0-9a-f]{40}/);
  });
});
