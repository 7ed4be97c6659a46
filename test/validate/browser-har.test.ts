/**
 * HARs recorded by a real browser (headless Chromium through playwright-core's `recordHar`) while
 * the official `buttplug` 5 client and a page script talk to `bpkit serve`: `bpkit validate` accepts
 * the valid sessions with no problem at all and catches a deliberately broken frame. The vendored
 * capture (test/fixtures/har/chromium-playwright.har, written by ./browser-har.ts) keeps the format
 * tested without a browser.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { validateLog, type Problem } from "../../runtime/validate";
import { NPM_START_DEVICES } from "../dashboard/helpers";
import { recordBrowserHar } from "./browser-har";

const FIXTURE = join(__dirname, "..", "fixtures", "har", "chromium-playwright.har");

async function check(text: string) {
  const problems: Problem[] = [];
  const summary = await validateLog(Readable.from([text]), { onProblem: (p) => problems.push(p) });
  return { summary, problems };
}

interface Har {
  log: { entries: Array<{ _webSocketMessages?: Array<{ type: string; time: number; opcode: number; data: string }> }> };
}

/** The fixture with each websocket message passed through `change`. */
function fixtureWith(change: (m: { type: string; time: number; data: string }) => void): string {
  const har = JSON.parse(readFileSync(FIXTURE, "utf8")) as Har;
  for (const entry of har.log.entries) for (const m of entry._webSocketMessages ?? []) change(m);
  return JSON.stringify(har);
}

describe("a HAR recorded by Chromium (playwright recordHar)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bpkit-har-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the official client's session and a pinging page script validate with no problem at all", async () => {
    const file = join(dir, "valid.har");
    // The official client pings every MaxPingTime / 2; a loaded CI machine can stall the page for half a
    // second, and a real 1005 ms gap is rightly an error. 3 s keeps the live capture valid; the vendored
    // capture below keeps the 1 s timing tested.
    const run = await recordBrowserHar(file, { maxPingTime: 3000 });
    expect(run.devices).toEqual(NPM_START_DEVICES);
    const text = readFileSync(file, "utf8");
    // Playwright embeds the frames as Chrome's dev tools do, with times in milliseconds
    const har = JSON.parse(text) as Har;
    const messages = har.log.entries.flatMap((e) => e._webSocketMessages ?? []);
    expect(messages.length).toBeGreaterThan(20);
    expect(messages[0]!.time).toBeGreaterThan(1e12);
    const { summary, problems } = await check(text);
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ format: "har", version: 4, sessions: 2, frames: messages.length, errors: 0 });
  }, 60_000);

  test("a deliberately broken frame from the page is caught, and only it", async () => {
    const file = join(dir, "broken.har");
    await recordBrowserHar(file, { broken: true, maxPingTime: 3000 });
    const { summary, problems } = await check(readFileSync(file, "utf8"));
    expect(problems).toEqual([
      expect.objectContaining({
        severity: "error",
        rule: "range",
        session: 2,
        message: "OutputCmd",
        id: 3,
        actual: 21,
        expected: [0, 20],
      }),
    ]);
    expect(summary.errors).toBe(1);
  }, 60_000);
});

describe("the vendored Chromium capture (no browser needed)", () => {
  test("validates with no problem at all: its millisecond times keep MaxPingTime", async () => {
    const { summary, problems } = await check(readFileSync(FIXTURE, "utf8"));
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ format: "har", version: 4, sessions: 2, errors: 0, warnings: 0 });
  });

  test("the same capture with Chrome dev tools' times (seconds), or none (omitTiming: -1), validates too", async () => {
    expect((await check(fixtureWith((m) => (m.time /= 1000)))).problems).toEqual([]);
    expect((await check(fixtureWith((m) => (m.time = -1)))).problems).toEqual([]);
  });

  test("a late Ping in it is caught at the real gap", async () => {
    // the page script's pings come every ~150 ms; push the second connection's last one 2 s later
    const har = JSON.parse(readFileSync(FIXTURE, "utf8")) as Har;
    const second = har.log.entries.filter((e) => e._webSocketMessages)[1]!._webSocketMessages!;
    for (const m of second.slice(-2)) m.time += 2000;
    const { problems } = await check(JSON.stringify(har));
    expect(problems).toEqual([expect.objectContaining({ severity: "error", rule: "ping", session: 2 })]);
    expect(problems[0]!.actual).toBeGreaterThan(2000);
    expect(problems[0]!.actual).toBeLessThan(3000);
  });

  test("a broken frame in it is caught", async () => {
    const text = fixtureWith((m) => {
      m.data = m.data.replace('"Vibrate":{"Value":10}', '"Vibrate":{"Value":21}');
    });
    const { problems } = await check(text);
    expect(problems).toEqual([
      expect.objectContaining({ severity: "error", rule: "range", message: "OutputCmd", actual: 21 }),
    ]);
  });
});
