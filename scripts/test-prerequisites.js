#!/usr/bin/env node
/**
 * Before `npm test`: the system programs some tests drive (Debian's headless chromium and firefox-esr
 * for the dashboard's browser tests, socat for serial tests over real pseudo-terminals). Missing ones are
 * installed with apt-get when we may (root on Debian), so `npm install && npm test` stays the whole
 * set-up; otherwise we say what to install and stop before a long run that would fail anyway.
 */

const { execFileSync } = require("node:child_process");

const NEEDED = [
  {
    program: "chromium",
    alternatives: ["chromium", "chromium-browser"],
    debianPackage: "chromium",
    why: "the Chromium tests of the dashboard and of bpkit/browser",
  },
  {
    program: "firefox",
    alternatives: ["firefox-esr", "firefox"],
    debianPackage: "firefox-esr",
    why: "the dashboard's Firefox tests",
  },
  { program: "socat", alternatives: ["socat"], debianPackage: "socat", why: "serial tests on pseudo-terminals" },
];

/** A browser given by its environment variable (test/dashboard/browsers.ts) needs no install. */
const GIVEN = { chromium: "BPKIT_CHROMIUM", firefox: "BPKIT_FIREFOX" };

function onPath(name) {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const missing = NEEDED.filter((n) => !n.alternatives.some(onPath) && !process.env[GIVEN[n.program]]);
if (missing.length === 0) process.exit(0);

const packages = missing.map((n) => n.debianPackage);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && onPath("apt-get")) {
  console.log(`npm test: installing ${packages.join(", ")} (${missing.map((n) => n.why).join("; ")}) with apt-get`);
  try {
    execFileSync("apt-get", ["update"], { stdio: "ignore" });
    execFileSync("apt-get", ["install", "-y", ...packages], {
      stdio: "ignore",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } catch (error) {
    console.error(`npm test: apt-get install ${packages.join(" ")} failed: ${error.message}`);
    process.exit(1);
  }
  const still = missing.filter((n) => !n.alternatives.some(onPath));
  if (still.length === 0) process.exit(0);
  console.error(`npm test: still missing after apt-get: ${still.map((n) => n.program).join(", ")}`);
  process.exit(1);
}
for (const n of missing)
  console.error(
    `npm test: '${n.program}' is not installed; ${n.why} need it (Debian/Ubuntu: apt-get install ${n.debianPackage})`,
  );
process.exit(1);
