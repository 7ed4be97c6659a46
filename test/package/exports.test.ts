/**
 * The package as a user installs it: `npm run build` output under node_modules/bpkit, imported
 * by plain JavaScript through the package's exports, with type declarations next to it.
 */
import { execFileSync } from "node:child_process";
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const root = join(__dirname, "../..");
const app = mkdtempSync(join(tmpdir(), "bpkit-consumer-"));
const installed = join(app, "node_modules", "bpkit");

beforeAll(() => {
  mkdirSync(installed, { recursive: true });
  copyFileSync(join(root, "package.json"), join(installed, "package.json"));
  // The package's runtime dependencies, as npm would install them next to it.
  const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  const link = (name: string) => {
    mkdirSync(dirname(join(app, "node_modules", name)), { recursive: true });
    symlinkSync(join(root, "node_modules", name), join(app, "node_modules", name), "dir");
  };
  for (const name of Object.keys(dependencies)) link(name);
  // What a TypeScript consumer has of its own: the compiler and Node's types.
  link("typescript");
  link("@types/node");
  mkdirSync(join(installed, "bin"));
  copyFileSync(join(root, "bin", "bpkit.js"), join(installed, "bin", "bpkit.js"));
  execFileSync(process.execPath, [join(root, "scripts/build.js"), "--out", join(installed, "dist")], { stdio: "pipe" });
}, 240_000);
afterAll(() => rmSync(app, { recursive: true, force: true }));

const runInApp = (code: string) =>
  execFileSync(process.execPath, ["-e", code], {
    cwd: app,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });

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
    for (const file of [
      "runtime/index.d.ts",
      "generated/index.d.ts",
      "generated/v3/types.d.ts",
      "generated/v3/validators.d.ts",
    ]) {
      expect(existsSync(join(installed, "dist", file))).toBe(true);
    }
  });

  it("carries the built-in device database", () => {
    expect(existsSync(join(installed, "dist/runtime/hardware/device-config/buttplug-device-config-v4.json"))).toBe(
      true,
    );
  });

  it("pulls in no development tool: the generator's and the TypeScript loader are devDependencies", () => {
    const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    for (const tool of ["ts-morph", "handlebars", "json-schema-to-typescript", "tsx", "typescript"])
      expect(Object.keys(dependencies)).not.toContain(tool);
  });

  it("runs the bpkit bin as compiled JavaScript, with only the runtime dependencies installed", () => {
    const bin = join(installed, "bin", "bpkit.js");
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], {
        cwd: app,
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "" },
      });
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version as string;
    expect(run("--version").stdout).toBe(`${version}\n`);
    writeFileSync(
      join(app, "one.txt"),
      '[{"RequestServerInfo":{"Id":1,"ClientName":"x","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}},{"ServerInfo":{"Id":1,"ServerName":"s","ProtocolVersionMajor":4,"ProtocolVersionMinor":0,"MaxPingTime":0}}]\n',
    );
    const validate = run("validate", "one.txt");
    expect(validate.stderr).toBe("");
    expect(validate.stdout).toMatch(/^valid: 1 frame/m);
    // The generator is a development tool: the installed package says where it runs instead of a stack trace.
    const generate = run("generate", "--check");
    expect(generate.status).toBe(1);
    expect(generate.stderr).toMatch(
      /^bpkit generate: the generator is not part of the installed package; run it in a checkout of bpkit/,
    );
  });

  it("compiles a strict TypeScript consumer with skipLibCheck off against the installed declarations", () => {
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          module: "node16",
          moduleResolution: "node16",
          target: "ES2022",
          types: ["node"],
        },
        files: ["consumer.ts"],
      }),
    );
    writeFileSync(
      join(app, "consumer.ts"),
      `import { ButtplugClient, ButtplugServer, InProcessConnector } from "bpkit";
import { validateMessage, type v4 } from "bpkit/generated";
const ping: v4.Ping = { Id: 1 };
const checked: boolean = validateMessage(4, "Ping", ping).ok;
async function main(): Promise<void> {
  const client = new ButtplugClient({ name: "consumer" });
  await client.connect(new InProcessConnector(new ButtplugServer({ name: "embedded" })));
}
void main;
void checked;
`,
    );
    const tsc = spawnSync(process.execPath, [join(app, "node_modules", "typescript", "bin", "tsc"), "-p", app], {
      cwd: app,
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});
