/**
 * The dashboard in Firefox: Debian's firefox-esr (installed by scripts/test-prerequisites.js when
 * missing) driven by puppeteer-core over WebDriver BiDi through its executable path (no browser
 * download), against `bpkit serve --simulate` — npm start's devices. The core checks of
 * browser.test.ts: the device list, a v4 client's Vibrate as the shown level, Stop all.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";
import { connectWebsocket } from "../../runtime/transport";
import { until } from "../until";
import { FrameClient } from "../server/helpers";
import { firefoxPath } from "./browsers";
import { card, NPM_START_CARD_TITLES, npmStart } from "./helpers";

const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");

let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // puppeteer gives Firefox a fresh temporary profile of its own; its first start takes seconds
  browser = await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath: firefoxPath(),
    headless: true,
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

test("Firefox: lists npm start's devices; a v4 client's Vibrate shows as the level; Stop all stops every device", async () => {
  const { running, devices } = await npmStart();
  const page = await browser.newPage();
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error as Error));
  try {
    await page.setViewport({ width: 1200, height: 1000 });
    await page.goto(running.dashboardUrl!);
    await page.waitForSelector(card(4));
    const names = await page.$$eval("[data-device-index] h3", (els) => els.map((e) => e.textContent?.trim()));
    expect(names).toEqual(NPM_START_CARD_TITLES);

    const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
    await client.handshake("Firefox test app");
    await page.waitForSelector('[data-testid="client-name"]');
    await client.request({
      OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 13 } } },
    });
    await page.waitForSelector(`${card(0)} [data-output="0/Vibrate"][data-value="13"]`);
    const meter = await page.$eval(`${card(0)} [data-output="0/Vibrate"] [role="meter"]`, (e) =>
      e.getAttribute("aria-valuenow"),
    );
    expect(meter).toBe("13");
    await client.request({
      OutputCmd: { Id: 3, DeviceIndex: 2, FeatureIndex: 0, Command: { Vibrate: { Value: 5 } } },
    });
    const lush = devices.find((d) => d.kind === "lush")!;
    const nora = devices.find((d) => d.kind === "nora")!;
    await until(() => lush.state.vibrate === 13 && nora.state.vibrate === 5);
    writeFileSync(join(ARTIFACTS, "dashboard-firefox.png"), await page.screenshot({ fullPage: true }));

    await page.click('[data-testid="stop-all"]');
    await until(() => lush.state.vibrate === 0 && nora.state.vibrate === 0);
    await page.waitForSelector(`${card(0)} [data-output="0/Vibrate"][data-value="0"]`);
    await page.waitForSelector(`${card(2)} [data-output="0/Vibrate"][data-value="0"]`);
    expect(errors).toEqual([]);
    client.connection.close();
  } finally {
    await page.close();
    await running.stop();
  }
}, 90_000); // a loaded machine slows Firefox more than Chromium
