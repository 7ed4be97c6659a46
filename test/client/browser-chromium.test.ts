/**
 * bpkit/browser in a real browser: Debian's headless Chromium (installed by .ci/run), driven by
 * playwright-core through its executable path, imports the ES module build (scripts/build-browser.js)
 * from an http server on 127.0.0.1, talks spec v4, v3 or v2 to a bpkit server and drives a device.
 * The page fetches the entry, the chunks the entry imports and the chunk of the version it talks:
 * never another version's validators.
 */
import { readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve, sep } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../dashboard/browsers";
import { buildBrowserBundle, type Metafile, outputUrlPath, pageOutputs } from "./browser-bundle";
import { startServer } from "./helpers";

let out: string;
let meta: Metafile;
let http: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ({ out, meta } = buildBrowserBundle("bpkit-browser-chromium-"));
  // The build folder as a web server would serve it, plus an empty page to run the import from.
  http = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/") {
      res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>bpkit/browser</title>");
      return;
    }
    const file = resolve(out, `.${path}`);
    if (!file.startsWith(out + sep) || !file.endsWith(".js")) {
      res.writeHead(404).end();
      return;
    }
    try {
      res.writeHead(200, { "content-type": "text/javascript" }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((listening) => http.listen(0, "127.0.0.1", listening));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  // playwright's launch() gives the browser a fresh temporary --user-data-dir of its own.
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => http?.close(closed));
  rmSync(out, { recursive: true, force: true });
});

/** The URL paths of what a page talking `version` loads. */
function pageFiles(version: number): string[] {
  return [...pageOutputs(meta, version)].map((file) => outputUrlPath(out, file)).sort();
}

test.each([4, 3, 2])(
  "a page talking spec v%i imports bpkit/browser, fetches only that version's chunk and drives a device",
  async (version) => {
    const f = await startServer("websocket");
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const fetched: string[] = [];
      page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(`${base}/`);
      // A string, not a function: the test's own compiler would turn import() into require().
      const spoken = await page.evaluate(`(async () => {
        const b = await import("/bpkit-client.js");
        const client = new b.ButtplugClient({ name: "chromium", specVersion: ${version} });
        await client.connect(new b.WebsocketConnector(${JSON.stringify(f.url)}));
        await client.startScanning();
        while (client.devices.size < 2) await new Promise((r) => setTimeout(r, 10));
        await client.device(0).feature(1).vibrate({ fraction: 0.5 });
        const spoken = client.specVersion;
        await client.disconnect();
        return spoken;
      })()`);
      expect(spoken).toBe(version);
      expect(errors).toEqual([]);
      expect(f.vibrator.outputs).toEqual([{ featureIndex: 1, command: { Vibrate: { Value: 10 } } }]);
      expect(fetched.filter((p) => p.endsWith(".js")).sort()).toEqual(pageFiles(version));
      // The other versions' chunks exist; the page did not fetch them.
      for (const other of [2, 3, 4].filter((v) => v !== version)) {
        expect(pageFiles(other).filter((p) => !fetched.includes(p))).not.toEqual([]);
      }
    } finally {
      await context.close();
      await f.close();
    }
  },
);
