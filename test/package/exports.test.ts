/**
 * The package as a user installs it: `npm run build` output under node_modules/bpkit, imported
 * by plain JavaScript through the package's exports, with type declarations next to it.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "../..");
const app = mkdtempSync(join(tmpdir(), "bpkit-consumer-"));
const installed = join(app, "node_modules", "bpkit");

beforeAll(() => {
  mkdirSync(installed, { recursive: true });
  copyFileSync(join(root, "package.json"), join(installed, "package.json"));
  // The package's runtime dependencies, as npm would install them next to it.
  const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  for (const name of Object.keys(dependencies)) symlinkSync(join(root, "node_modules", name), join(app, "node_modules", name), "dir");
  execFileSync(process.execPath, [join(root, "scripts/build.js"), "--out", join(installed, "dist")], { stdio: "pipe" });
}, 240_000);
afterAll(() => rmSync(app, { recursive: true, force: true }));

const runInApp = (code: string) =>
  execFileSync(process.execPath, ["-e", code], { cwd: app, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });

describe("the built package", () => {
  it("lets plain JavaScript import bpkit/generated and validate messages", () => {
    const out = runInApp(`
      const { validateFrame, validateMessage, registry, v3 } = require("bpkit/generated");
      const bad = validateMessage(3, "ScalarCmd", { Id: 1, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: 1.5, ActuatorType: "Vibrate" }] });
      const good = validateFrame(4, [{ Ping: { Id: 5 } }]);
      console.log(JSON.stringify({ bad, good, known: Object.keys(registry[0]).length, ns: typeof v3 }));
    `);
    const result = JSON.parse(out);
    expect(result.good).toEqual({ ok: true });
    expect(result.bad.ok).toBe(false);
    expect(result.bad.issues[0]).toMatchObject({ pointer: "/Scalars/0/Scalar", message: "must be <= 1" });
    expect(result.known).toBe(22);
    expect(result.ns).toBe("object");
  });

  it("lets plain JavaScript import bpkit and run a client against an embedded server", () => {
    const out = runInApp(`
      const { ButtplugServer, ButtplugClient, InProcessConnector, ErrorCode, client, server } = require("bpkit");
      (async () => {
        const bp = new ButtplugServer({ name: "embedded" });
        const c = new ButtplugClient({ name: "consumer" });
        await c.connect(new InProcessConnector(bp));
        const name = c.serverInfo.serverName;
        await c.disconnect();
        await bp.shutdown();
        console.log(JSON.stringify({ name, device: ErrorCode.Device, namespaces: [typeof client.ButtplugClient, typeof server.TestDevice] }));
      })().catch((e) => { console.error(e); process.exit(1); });
    `);
    expect(JSON.parse(out)).toEqual({ name: "embedded", device: 4, namespaces: ["function", "function"] });
  });

  it("ships type declarations for what it exports, including the validators", () => {
    for (const file of ["runtime/index.d.ts", "generated/index.d.ts", "generated/v3/types.d.ts", "generated/v3/validators.d.ts"]) {
      expect(existsSync(join(installed, "dist", file))).toBe(true);
    }
  });

  it("carries the built-in device database", () => {
    expect(existsSync(join(installed, "dist/runtime/hardware/device-config/buttplug-device-config-v4.json"))).toBe(true);
  });
});
