/**
 * bpkit/browser in a real browser: Debian's headless Chromium (installed by .ci/run), driven by
 * playwright-core through its executable path, imports the ES module build (scripts/build-browser.js)
 * from an http server on 127.0.0.1, talks spec v4, v3 or v2 to a bpkit server and drives a device.
 * The page fetches the entry, the chunks the entry imports and the chunk of the version it talks:
 * never another version's validators. A page without modules loads one classic script
 * (bpkit-client-v4.iife.js, -v3, -v2) with a script tag and speaks that script's version.
 */
import { readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../dashboard/browsers";
import { buildBrowserBundle, classicScript, type Metafile, outputUrlPath, pageOutputs } from "./browser-bundle";
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

/** The client code of a page: drives device 0 through `client` (connected to `url`), returns what it spoke. */
function driveDevice(client: string, url: string): string {
  return `
    await ${client}.connect(new b.WebsocketConnector(${JSON.stringify(url)}));
    await ${client}.startScanning();
    while (${client}.devices.size < 2) await new Promise((r) => setTimeout(r, 10));
    await ${client}.device(0).feature(1).vibrate({ fraction: 0.5 });
    const spoken = ${client}.specVersion;
    await ${client}.disconnect();
    return spoken;`;
}

/** A fresh page of the build's web server with a bpkit server to talk to, recording what the page fetches and throws. */
async function withPage(
  run: (page: Page, url: string) => Promise<void>,
): Promise<{ fetched: string[]; errors: string[]; outputs: unknown[] }> {
  const f = await startServer("websocket");
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${base}/`);
    await run(page, f.url!);
    return { fetched: fetched.filter((p) => p.endsWith(".js")).sort(), errors, outputs: f.vibrator.outputs };
  } finally {
    await context.close();
    await f.close();
  }
}

const vibratedHalf = [{ featureIndex: 1, command: { Vibrate: { Value: 10 } } }];

test.each([4, 3, 2])(
  "a page talking spec v%i imports bpkit/browser, fetches only that version's chunk and drives a device",
  async (version) => {
    let spoken: unknown;
    const { fetched, errors, outputs } = await withPage(async (page, url) => {
      // A string, not a function: the test's own compiler would turn import() into require().
      spoken = await page.evaluate(`(async () => {
        const b = await import("/bpkit-client.js");
        const client = new b.ButtplugClient({ name: "chromium", specVersion: ${version} });
        ${driveDevice("client", url)}
      })()`);
    });
    expect(spoken).toBe(version);
    expect(errors).toEqual([]);
    expect(outputs).toEqual(vibratedHalf);
    expect(fetched).toEqual(pageFiles(version));
    // The other versions' chunks exist; the page did not fetch them.
    for (const other of [2, 3, 4].filter((v) => v !== version)) {
      expect(pageFiles(other).filter((p) => !fetched.includes(p))).not.toEqual([]);
    }
  },
);

test.each([4, 3, 2])(
  "a page without modules loads bpkit-client-v%i.iife.js with a script tag, speaks its version and drives a device",
  async (version) => {
    let seen: unknown;
    const { fetched, errors, outputs } = await withPage(async (page, url) => {
      await page.addScriptTag({ url: `/bpkit-client-v${version}.iife.js` });
      seen = await page.evaluate(`(async () => {
        const b = globalThis.bpkit;
        let refused;
        try { new b.ButtplugClient({ specVersion: ${version === 4 ? 2 : 4} }); } catch (e) { refused = e.name + ": " + e.message; }
        const client = new b.ButtplugClient({ name: "classic page" });
        return [document.scripts[0].type, refused, await (async () => { ${driveDevice("client", url)} })()];
      })()`);
    });
    const other = version === 4 ? 2 : 4;
    expect(seen).toEqual([
      "",
      `ButtplugMessageError: specVersion ${other}: bpkit-client-v${version}.iife.js speaks spec v${version} only: load bpkit-client-v${other}.iife.js to speak spec v${other}`,
      version,
    ]);
    expect(errors).toEqual([]);
    expect(outputs).toEqual(vibratedHalf);
    // The one script, nothing else.
    expect(fetched).toEqual([outputUrlPath(out, classicScript(meta, version))]);
  },
);
