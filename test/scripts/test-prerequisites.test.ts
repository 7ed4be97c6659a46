/** `npm test` first makes sure of the system programs its tests drive (scripts/test-prerequisites.js). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const script = join(__dirname, "..", "..", "scripts", "test-prerequisites.js");

test("without chromium, firefox and socat and no apt-get to install them, it names the packages and fails", () => {
  const bin = mkdtempSync(join(tmpdir(), "bpkit-prereq-"));
  try {
    symlinkSync("/bin/sh", join(bin, "sh"));
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: bin };
    delete env.BPKIT_CHROMIUM;
    delete env.BPKIT_FIREFOX;
    const run = spawnSync(process.execPath, [script], { env, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "'chromium' is not installed; the Chromium tests of the dashboard and of bpkit/browser need it (Debian/Ubuntu: apt-get install chromium)",
    );
    expect(run.stderr).toContain(
      "'firefox' is not installed; the dashboard's Firefox tests need it (Debian/Ubuntu: apt-get install firefox-esr)",
    );
    expect(run.stderr).toContain(
      "'socat' is not installed; serial tests on pseudo-terminals need it (Debian/Ubuntu: apt-get install socat)",
    );
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
});

test("with the programs on PATH it passes quietly", () => {
  const run = spawnSync(process.execPath, [script], { encoding: "utf8" });
  expect(run.status).toBe(0);
  expect(run.stdout + run.stderr).toBe("");
});
