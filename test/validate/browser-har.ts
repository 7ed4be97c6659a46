/**
 * A HAR recorded by a real browser: Debian's headless Chromium, driven by playwright-core, records
 * (`recordHar`, websocket messages embedded) a page that runs two client sessions against
 * `bpkit serve --simulate`:
 *   1. the official `buttplug` 5 client's web bundle: connect, scan, list, vibrate, battery, stop;
 *   2. a page script on a plain WebSocket that pings every 150 ms for a while (MaxPingTime 1000 by
 *      default), so the capture's timestamps matter; with `broken`, it also sends one out-of-range Vibrate.
 * Playwright writes `_webSocketMessages` like Chrome's dev tools, except that `time` is in
 * milliseconds since the epoch (Chrome's "Save all as HAR" writes seconds).
 *
 * Also the generator of test/fixtures/har/chromium-playwright.har (so the format stays tested
 * without a browser):  npx tsx test/validate/browser-har.ts test/fixtures/har/chromium-playwright.har
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { silentLogger } from "../../runtime/log";
import { parseServeArgs, startServe } from "../../scripts/serve";
import { CHROMIUM_ARGS, chromiumPath } from "../dashboard/browsers";

const ROOT = join(__dirname, "..", "..");

/** What browser-har-page.js defines on the page. */
interface PageSessions {
  officialSession(url: string): Promise<{ devices: string[]; battery: number }>;
  pingSession(url: string, broken: boolean): Promise<number>;
}

/** What the official client saw, to check the session really ran. */
export interface RecordedRun {
  devices: string[];
  battery: number;
  pings: number;
}

/** Record the two sessions into `harPath`. */
export async function recordBrowserHar(
  harPath: string,
  options: { broken?: boolean; maxPingTime?: number } = {},
): Promise<RecordedRun> {
  const running = await startServe(
    parseServeArgs([
      "--simulate",
      "--no-bluetooth",
      "--no-dashboard",
      "--websocket-port",
      "0",
      "--max-ping-time",
      String(options.maxPingTime ?? 1000),
    ])!,
    { log: silentLogger },
  );
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ recordHar: { path: harPath, content: "embed" } });
    const page = await context.newPage();
    await page.setContent("<!doctype html><title>buttplug client</title><p>client</p>");
    await page.addScriptTag({
      content: readFileSync(join(ROOT, "node_modules", "buttplug", "dist", "web", "buttplug.js"), "utf8"),
    });
    await page.addScriptTag({ path: join(__dirname, "browser-har-page.js") });
    const url = `ws://127.0.0.1:${running.port}`;
    const official = await page.evaluate((url) => (window as unknown as PageSessions).officialSession(url), url);
    const pings = await page.evaluate(([url, broken]) => (window as unknown as PageSessions).pingSession(url, broken), [
      url,
      options.broken ?? false,
    ] as const);
    await context.close(); // writes the HAR
    return { ...official, pings };
  } finally {
    await browser.close();
    await running.stop();
  }
}

if (require.main === module) {
  const out = process.argv[2];
  if (!out) {
    console.error("usage: npx tsx test/validate/browser-har.ts <out.har>");
    process.exit(2);
  }
  recordBrowserHar(out).then(
    (run) => console.log(`recorded ${out}: ${run.devices.length} devices, ${run.pings} pings`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
