/**
 * The real browsers the tests drive, found by executable path (no browser download): Debian's
 * chromium and firefox-esr (installed by scripts/test-prerequisites.js when missing).
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** The first of `names` on PATH, or undefined. */
function onPath(names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of names) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** Chromium from PATH (Debian's `chromium` package), or BPKIT_CHROMIUM. */
export function chromiumPath(): string {
  if (process.env.BPKIT_CHROMIUM) return process.env.BPKIT_CHROMIUM;
  const found = onPath(["chromium", "chromium-browser"]);
  if (found) return found;
  throw new Error("no chromium on PATH: install Debian's chromium package (.ci/run does), or set BPKIT_CHROMIUM");
}

/** Headless Chromium flags for tests: no sandbox (root in CI), no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Firefox from PATH (Debian's `firefox-esr` package), or BPKIT_FIREFOX. */
export function firefoxPath(): string {
  if (process.env.BPKIT_FIREFOX) return process.env.BPKIT_FIREFOX;
  const found = onPath(["firefox-esr", "firefox"]);
  if (found) return found;
  throw new Error("no firefox on PATH: install Debian's firefox-esr package (.ci/run does), or set BPKIT_FIREFOX");
}
