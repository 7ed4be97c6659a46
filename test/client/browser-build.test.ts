/**
 * The browser build of the client (scripts/build-browser.js): the bundle imports no Node built-in,
 * carries only the spec versions the client speaks (v2–v4, each its own chunk or classic script),
 * every file a page loads stays within the gzip size goal, it loads as an ES module with its chunks,
 * and the v4 classic script runs in a sandbox offering only what a browser does (no require,
 * process, Buffer or setImmediate; a browser-style WebSocket), talking to a bpkit server on
 * 127.0.0.1:0, and refuses another spec version naming the script that speaks it.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import NodeWebSocket from "ws";
import type * as Client from "../../runtime/client";
import {
  BUILD_SCRIPT,
  buildBrowserBundle,
  classicScript,
  entryOutput,
  type Metafile,
  outputFile,
  pageOutputs,
  versionChunks,
} from "./browser-bundle";
import { startServer, type ServerFixture } from "./helpers";
import { WebsocketServerTransport } from "../../runtime/transport";
import { until } from "../until";

const root = resolve(__dirname, "../..");
const script = BUILD_SCRIPT;

/** The goal for what a page loads to talk any one spec version (the entry and that version's chunk, or that version's classic script), gzip bytes. */
const PAGE_GZIP_GOAL = 25 * 1024;

/** Node-only module names: built-ins (with and without `node:`) and the ws package. */
const nodeOnly = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), "ws"]);

/**
 * A browser-style WebSocket over the `ws` package: only `new WebSocket(url)`, readyState,
 * addEventListener, send and close — events carry `data` / `code` / `reason` as in a browser, and
 * an error event carries no detail.
 */
class BrowserStyleWebSocket {
  static readonly constructed: string[] = [];
  binaryType = "blob";
  private readonly socket: NodeWebSocket;
  private readonly listeners = new Map<string, Array<(event: object) => void>>();

  constructor(url: string) {
    BrowserStyleWebSocket.constructed.push(url);
    this.socket = new NodeWebSocket(url);
    this.socket.on("open", () => this.dispatch("open", {}));
    this.socket.on("message", (data: Buffer, isBinary: boolean) =>
      this.dispatch("message", { data: isBinary ? new Uint8Array(data).buffer : data.toString("utf8") }),
    );
    this.socket.on("error", () => this.dispatch("error", {}));
    this.socket.on("close", (code: number, reason: Buffer) =>
      this.dispatch("close", { code, reason: reason.toString("utf8"), wasClean: code === 1000 }),
    );
  }

  get readyState(): number {
    return this.socket.readyState;
  }

  addEventListener(type: string, listener: (event: object) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  removeEventListener(type: string, listener: (event: object) => void): void {
    this.listeners.set(
      type,
      (this.listeners.get(type) ?? []).filter((l) => l !== listener),
    );
  }

  send(data: string): void {
    this.socket.send(data);
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  private dispatch(type: string, fields: object): void {
    const event = { type, target: this, ...fields };
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

/** A fresh context with only the browser globals the client needs. */
function browserContext(): vm.Context {
  return vm.createContext({
    WebSocket: BrowserStyleWebSocket,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    console,
    TextEncoder,
    TextDecoder,
  });
}

describe("browser build of the client", () => {
  let out: string;
  let meta: Metafile;

  beforeAll(() => {
    ({ out, meta } = buildBrowserBundle("bpkit-browser-"));
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("the bundle imports no Node built-in and leaves out the ws fallback", () => {
    const nodeImports = Object.entries(meta.inputs).flatMap(([file, input]) =>
      input.imports.filter((i) => nodeOnly.has(i.path) || i.path.startsWith("node:")).map((i) => `${file} → ${i.path}`),
    );
    expect(nodeImports).toEqual([]);
    // Only esbuild's own helpers are external: everything else is inside the bundle.
    const external = Object.values(meta.inputs).flatMap((input) =>
      input.imports.filter((i) => i.external).map((i) => i.path),
    );
    expect([...new Set(external)]).toEqual(["<runtime>"]);
    const inputs = Object.keys(meta.inputs);
    expect(inputs).toEqual(
      expect.arrayContaining(["runtime/client/index.ts", "runtime/events.ts", "generated/v4/validators.js"]),
    );
    // Only the versions the client speaks, through the registry that loads them on demand.
    expect(inputs.filter((f) => /^generated\/v\d\/validators\.js$/.test(f)).sort()).toEqual([
      "generated/v2/validators.js",
      "generated/v3/validators.js",
      "generated/v4/validators.js",
    ]);
    expect(inputs).toContain("generated/registry-on-demand.ts");
    expect(inputs).not.toContain("generated/registry.ts");
    expect(inputs.filter((f) => /websocket-(client|server)\.ts$|node_modules\/ws\//.test(f))).toEqual([]);
    // From node_modules only the ajv runtime helpers the standalone validators require.
    const packages = inputs.filter((f) => f.startsWith("node_modules/"));
    expect(packages).toContain("node_modules/ajv/dist/runtime/equal.js");
    expect(packages.filter((f) => !/^node_modules\/(ajv\/dist\/runtime\/|fast-deep-equal\/)/.test(f))).toEqual([]);
    const esm = Object.entries(meta.outputs).find(([file]) => file.endsWith("bpkit-client.js"));
    expect(esm?.[1].exports).toEqual(
      expect.arrayContaining(["ButtplugClient", "WebsocketConnector", "ButtplugDeviceError"]),
    );
  });

  test("each spec version is its own chunk and its own classic script, and what a page loads stays within the gzip goal", () => {
    const gzipBytes = (file: string) => gzipSync(readFileSync(outputFile(file)), { level: 9 }).length;
    const entry = entryOutput(meta);
    const classic = [2, 3, 4].map((version) => classicScript(meta, version));
    // Every file the build emits is the entry, one of its chunks or a classic script: all bounded below.
    expect(
      Object.keys(meta.outputs).filter((f) => f !== entry && !f.includes("/chunks/") && !classic.includes(f)),
    ).toEqual([]);
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith(".js"))
        .sort(),
    ).toEqual(["bpkit-client-v2.iife.js", "bpkit-client-v3.iife.js", "bpkit-client-v4.iife.js", "bpkit-client.js"]);
    // A classic script holds its own version's validators, no other version's.
    for (const [i, version] of [2, 3, 4].entries()) {
      const validators = Object.keys(meta.outputs[classic[i]!]!.inputs).filter((f) => /\/validators\.js$/.test(f));
      expect({ version, validators }).toEqual({ version, validators: [`generated/v${version}/validators.js`] });
      expect(gzipBytes(classic[i]!)).toBeLessThanOrEqual(PAGE_GZIP_GOAL);
      expect(readFileSync(outputFile(classic[i]!), "utf8").split("\n").length).toBeLessThan(10);
    }
    for (const version of [2, 3, 4]) {
      const chunks = versionChunks(meta, version);
      expect(chunks).toEqual([expect.stringMatching(/\/chunks\/[^/]+\.js$/)]);
      expect(meta.outputs[entry]!.imports).toContainEqual({ path: chunks[0], kind: "dynamic-import" });
    }
    // A page talking spec vN loads the entry and vN's chunk (with what they import), nothing of another version.
    const pages = [2, 3, 4].map((version) => ({
      version,
      gzipBytes: [...pageOutputs(meta, version)].reduce((sum, f) => sum + gzipBytes(f), 0),
    }));
    expect(pages.filter((p) => p.gzipBytes > PAGE_GZIP_GOAL)).toEqual([]);
    // Minified: no line of the entry is code as written.
    expect(readFileSync(outputFile(entry), "utf8").split("\n").length).toBeLessThan(10);
  });

  describe("the ES module bundle with its chunks, imported by Node's module loader", () => {
    let f: ServerFixture;
    beforeEach(async () => {
      f = await startServer("websocket");
    });
    afterEach(async () => {
      await f.close();
    });

    test.each([4, 3, 2])(
      "talking spec v%i it loads only that version's chunk, validates that version's messages and drives a device",
      async (version) => {
        // The out dir becomes an ES module package, so bpkit-client.js and its chunks load as they would from a server.
        writeFileSync(join(out, "package.json"), '{ "type": "module" }\n');
        const code = `
        const { WebSocket } = await import("ws");
        globalThis.WebSocket = WebSocket; // Node 20 has no global WebSocket; ws offers the browser API
        const b = await import(${JSON.stringify(pathToFileURL(join(out, "bpkit-client.js")).href)});
        const check = (v, message) => { try { b.assertValid(v, message, "page"); return "valid"; } catch (e) { return e.message; } };
        const checks = () => [2, 3, 4].map((v) => check(v, { Ping: { Id: 1 } }));
        const seen = [checks()];
        const c = new b.ButtplugClient({ name: "esm", specVersion: ${version} });
        await c.connect(new b.WebsocketConnector(${JSON.stringify(f.url)}));
        seen.push(c.connected, c.specVersion, checks(), check(${version}, { Ping: { Id: -1 } }));
        await c.startScanning();
        while (c.devices.size < 2) await new Promise((r) => setTimeout(r, 10));
        await c.device(0).feature(1).vibrate({ fraction: 0.5 });
        await c.disconnect();
        console.log(JSON.stringify(seen));
      `;
        // Asynchronously: the server answering it runs in this process.
        const result = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", code], {
          cwd: root,
          encoding: "utf8",
          timeout: 20_000,
        });
        expect(result.stderr).toBe("");
        const notLoaded = (v: number) => expect.stringMatching(new RegExp(`spec v${v} is not loaded in this bundle`));
        expect(JSON.parse(result.stdout)).toEqual([
          [notLoaded(2), notLoaded(3), notLoaded(4)],
          true,
          version,
          [2, 3, 4].map((v) => (v === version ? "valid" : notLoaded(v))),
          expect.stringMatching(
            new RegExp(`^page: Ping is not a valid spec v${version} message \\(/Ping/Id: must be >= 1`),
          ),
        ]);
        expect(f.vibrator.outputs).toEqual([{ featureIndex: 1, command: { Vibrate: { Value: 10 } } }]);
      },
    );
  });

  test("a Node built-in reachable from the entry point fails the build, naming it and its importer", () => {
    const dir = mkdtempSync(join(tmpdir(), "bpkit-browser-bad-"));
    try {
      const entry = join(dir, "entry.js");
      writeFileSync(
        entry,
        'import { EventEmitter } from "node:events";\nimport { readFileSync } from "fs";\nexport const e = new EventEmitter();\nexport const r = readFileSync;\n',
      );
      const result = spawnSync(process.execPath, [script, "--out", join(dir, "out"), "--entry", entry], {
        cwd: root,
        encoding: "utf8",
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('"node:events" imported by');
      expect(result.stderr).toContain('"fs" imported by');
      expect(result.stderr).toContain("entry.js");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("the v4 classic script in a browser-like sandbox", () => {
    let f: ServerFixture;
    let context: vm.Context;
    let bpkit: typeof Client;

    beforeAll(() => {
      context = browserContext();
      vm.runInContext(readFileSync(join(out, "bpkit-client-v4.iife.js"), "utf8"), context, {
        filename: "bpkit-client-v4.iife.js",
      });
      bpkit = (context as { bpkit: typeof Client }).bpkit;
    });

    beforeEach(async () => {
      f = await startServer("websocket");
      BrowserStyleWebSocket.constructed.length = 0;
    });

    afterEach(async () => {
      await f.close();
    });

    test("the sandbox has no Node globals, and the bundle defines globalThis.bpkit", () => {
      const kinds = vm.runInContext(
        "[typeof require, typeof process, typeof Buffer, typeof setImmediate, typeof module, typeof global, typeof bpkit]",
        context,
      ) as string[];
      expect(kinds).toEqual(["undefined", "undefined", "undefined", "undefined", "undefined", "undefined", "object"]);
    });

    test("connects through the browser WebSocket, lists devices, vibrates: the device receives the v4 command", async () => {
      const client = new bpkit.ButtplugClient({ name: "browser test" });
      const added: string[] = [];
      client.on("deviceAdded", (device) => added.push(device.name));
      const connector = new bpkit.WebsocketConnector(f.url!);
      expect(connector.implementation).toBe("browser");
      await client.connect(connector);
      expect(BrowserStyleWebSocket.constructed).toEqual([f.url]);
      expect(f.server.session?.clientName).toBe("browser test");

      await client.startScanning();
      await until(() => added.length === 2, "two devices");
      await client.requestDeviceList();
      expect(added).toEqual(["Test Vibrator", "Everything"]);
      expect([...client.devices.values()].map((d) => [d.index, d.name])).toEqual([
        [0, "Test Vibrator"],
        [1, "Everything"],
      ]);

      await client.device(0).feature(1).vibrate({ fraction: 0.5 }); // 10 of [0, 20]
      expect(f.vibrator.outputs).toEqual([{ featureIndex: 1, command: { Vibrate: { Value: 10 } } }]);

      // Refused before sending, with the bundle's own error class.
      await expect(client.device(0).feature(0).vibrate(21)).rejects.toBeInstanceOf(bpkit.ButtplugDeviceError);
      expect(f.vibrator.outputs).toHaveLength(1);

      const closed = new Promise<string>((done) => client.once("disconnect", done));
      await client.disconnect();
      expect(await closed).toEqual(expect.any(String));
      expect(client.connected).toBe(false);
    });

    test('its client speaks v4; another spec version (or "auto") fails, naming the script that speaks it', () => {
      expect(new bpkit.ButtplugClient().requestedSpecVersion).toBe(4);
      expect(() => new bpkit.ButtplugClient({ specVersion: 3 })).toThrow(
        "specVersion 3: bpkit-client-v4.iife.js speaks spec v4 only: load bpkit-client-v3.iife.js to speak spec v3",
      );
      expect(() => new bpkit.ButtplugClient({ specVersion: 2 })).toThrow(
        /load bpkit-client-v2\.iife\.js to speak spec v2$/,
      );
      expect(() => new bpkit.ButtplugClient({ specVersion: "auto" })).toThrow(
        /^specVersion auto: bpkit-client-v4\.iife\.js speaks spec v4 only: "auto" \(v4, else v3\) needs the ES module bpkit-client\.js/,
      );
      expect(() => new bpkit.ButtplugClient({ specVersion: 3 })).toThrow(bpkit.ButtplugMessageError);
    });

    test("a server that refuses the v4 handshake: the error names the scripts an older server needs", async () => {
      // An old server, as the reference v3 server answers a v4 RequestServerInfo (legacy-v3.test.ts has the same).
      const old = new WebsocketServerTransport({ port: 0 });
      old.on("connection", (connection) =>
        connection.on("frame", (frame) => {
          const [request] = JSON.parse(frame) as Array<{ RequestServerInfo?: { Id: number } }>;
          const Id = request?.RequestServerInfo?.Id ?? 0;
          connection.send(
            JSON.stringify([{ Error: { Id, ErrorCode: 3, ErrorMessage: "unknown field ProtocolVersionMajor" } }]),
          );
        }),
      );
      const { port } = await old.listen();
      try {
        const client = new bpkit.ButtplugClient({ name: "browser test" });
        const refused = client.connect(new bpkit.WebsocketConnector(`ws://127.0.0.1:${port}`));
        await expect(refused).rejects.toThrow(
          "unknown field ProtocolVersionMajor (if the server speaks an older spec: bpkit-client-v4.iife.js speaks spec v4 only; load bpkit-client-v3.iife.js or bpkit-client-v2.iife.js)",
        );
        await expect(refused).rejects.toBeInstanceOf(bpkit.ButtplugMessageError);
        expect(client.connected).toBe(false);
      } finally {
        await old.close();
      }
    });

    test("the ws implementation is not in the bundle: asking for it fails with a clear message", async () => {
      const client = new bpkit.ButtplugClient({ name: "browser test" });
      await expect(client.connect(new bpkit.WebsocketConnector(f.url!, { implementation: "ws" }))).rejects.toThrow(
        /no "ws" fallback; it needs globalThis\.WebSocket/,
      );
      expect(BrowserStyleWebSocket.constructed).toEqual([]);
    });
  });
});
