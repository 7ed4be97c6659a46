/**
 * The dashboard in a real browser: Debian's headless Chromium (installed by .ci/run) driven by
 * playwright-core through its executable path (no browser download), against `bpkit serve
 * --simulate` — npm start's devices. Screenshots go to test-artifacts/ (not committed).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import { connectWebsocket } from "../../runtime/transport";
import { FrameClient } from "../server/helpers";
import { until } from "../until";
import { CHROMIUM_ARGS, chromiumPath } from "./browsers";
import { card, NPM_START_CARD_TITLES, npmStart } from "./helpers";

const ROOT = join(__dirname, "..", "..");
const ARTIFACTS = join(ROOT, "test-artifacts");

let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // playwright's launch() gives the browser a fresh temporary --user-data-dir of its own.
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function openPage(_url: string, width = 1200): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
  return page;
}

describe("dashboard in Chromium", () => {
  test("lists npm start's devices; a v4 client's Vibrate shows as the level within 200 ms (best of three)", async () => {
    const { running } = await npmStart();
    const page = await openPage(running.dashboardUrl!);
    try {
      await page.goto(running.dashboardUrl!);
      await page.waitForSelector(`${card(4)}`);
      const names = await page.$$eval("[data-device-index] h3", (els) => els.map((e) => e.textContent?.trim()));
      expect(names).toEqual(NPM_START_CARD_TITLES);

      const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
      await client.handshake("Browser test app");
      await page.waitForSelector('[data-testid="client-name"]');
      const level = page.locator(`${card(0)} [data-output="0/Vibrate"]`);
      expect(await level.getAttribute("data-value")).toBe("0");
      // The page notes when the level changed (its own clock, the same machine's): playwright's
      // polling latency is not part of what is measured. A loaded machine (2 cores shared with the
      // rest of the suite) can stall any one sample, so the best of three levels must show within
      // 200 ms, and every one within 2 s: still live, not a stale page.
      const latencies: number[] = [];
      for (const [id, value] of [
        [2, 7],
        [3, 0],
        [4, 13],
      ] as const) {
        const shown = page.evaluate(
          (selector) =>
            new Promise<number>((resolve) => {
              const observer = new MutationObserver(() => {
                if (document.querySelector(selector)) {
                  observer.disconnect();
                  resolve(Date.now());
                }
              });
              observer.observe(document.body, { subtree: true, attributes: true, childList: true });
            }),
          `${card(0)} [data-output="0/Vibrate"][data-value="${value}"]`,
        );
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        const sent = Date.now();
        await client.request({
          OutputCmd: { Id: id, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: value } } },
        });
        latencies.push((await shown) - sent);
      }
      expect(Math.min(...latencies)).toBeLessThanOrEqual(200);
      expect(Math.max(...latencies)).toBeLessThanOrEqual(2000);
      expect(await level.locator('[role="meter"]').getAttribute("aria-valuenow")).toBe("13");
      await client.request({
        OutputCmd: {
          Id: 5,
          DeviceIndex: 3,
          FeatureIndex: 0,
          Command: { HwPositionWithDuration: { Value: 700, Duration: 1500 } },
        },
      });
      await page.waitForSelector(`${card(3)} [data-value="700"]`);
      await page.waitForSelector(".entry.out");
      await page.screenshot({ path: join(ARTIFACTS, "dashboard-1200.png"), fullPage: true });
      await page.setViewportSize({ width: 320, height: 800 });
      await page.screenshot({ path: join(ARTIFACTS, "dashboard-320.png"), fullPage: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      client.connection.close();
    } finally {
      await page.context().close();
      await running.stop();
    }
  });

  test("the page's slider (keyboard) makes the simulated device receive the right bytes; Stop all stops every device", async () => {
    const { running, devices, received } = await npmStart();
    const page = await openPage(running.dashboardUrl!);
    try {
      await page.goto(running.dashboardUrl!);
      const slider = page.locator(`${card(0)} [data-output="0/Vibrate"] input[type="range"]`);
      await slider.focus();
      await page.keyboard.press("End");
      const lush = devices.find((d) => d.kind === "lush")!;
      await until(() => lush.state.vibrate === 20, "the Lush at 20");
      expect(received.get("lush")).toContain("Vibrate:20;");
      await page.waitForSelector(`${card(0)} [data-output="0/Vibrate"][data-value="20"]`);

      const nora = page.locator(`${card(2)} [data-output="0/Vibrate"] input[type="range"]`);
      await nora.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
      const noraDevice = devices.find((d) => d.kind === "nora")!;
      await until(() => noraDevice.state.vibrate === 5, "the Nora at 5");

      await page.getByTestId("stop-all").click();
      await until(() => lush.state.vibrate === 0 && noraDevice.state.vibrate === 0, "every device stopped");
      expect(received.get("lush")!.slice(-1)).toEqual(["Vibrate:0;"]);
      await page.waitForSelector(`${card(0)} [data-output="0/Vibrate"][data-value="0"]`);
      await page.waitForSelector(`${card(2)} [data-output="0/Vibrate"][data-value="0"]`);
      // An input's Read button shows the device's answer.
      await page.locator(`${card(0)} [data-input="1/Battery"] button`).click();
      await page.waitForFunction(
        (selector) => /\d/.test(document.querySelector(selector)?.textContent ?? ""),
        `${card(0)} [data-input="1/Battery"] .value b`,
      );
      // Keyboard reachable: Stop all is in the tab order.
      await page.keyboard.press("Shift+Tab");
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBeTruthy();
    } finally {
      await page.context().close();
      await running.stop();
    }
  });

  test("the downloaded recording validates with bpkit validate", async () => {
    const { running } = await npmStart();
    const page = await openPage(running.dashboardUrl!);
    const dir = mkdtempSync(join(tmpdir(), "bpkit-download-"));
    try {
      await page.goto(running.dashboardUrl!);
      const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
      await client.handshake();
      await client.request({ RequestDeviceList: { Id: 2 } });
      await client.request({
        OutputCmd: { Id: 3, DeviceIndex: 1, FeatureIndex: 0, Command: { Vibrate: { Value: 9 } } },
      });
      await client.request({ StopCmd: { Id: 4 } });
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
      const file = join(dir, download.suggestedFilename());
      expect(file).toMatch(/\.jsonl$/);
      await download.saveAs(file);
      const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, "bin", "bpkit.js"), "validate", file]);
      expect(stdout).toMatch(/8 frames?/);
      client.connection.close();
    } finally {
      await page.context().close();
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("with --websocket-use-all-interfaces the page refuses a request without the token, and works with the printed URL", async () => {
    const { running } = await npmStart(["--websocket-use-all-interfaces"], true);
    const page = await openPage(running.dashboardUrl!);
    try {
      const response = await page.goto(`http://127.0.0.1:${running.port}/`);
      expect(response!.status()).toBe(401);
      expect(await page.textContent("body")).toMatch(/token/);
      await page.goto(running.dashboardUrl!);
      await page.waitForSelector(card(4));
      expect(await page.textContent(".dot")).toMatch(/live/);
    } finally {
      await page.context().close();
      await running.stop();
    }
  });
});
