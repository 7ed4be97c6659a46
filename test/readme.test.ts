/**
 * The README's client sample, run as written (only the import and the URL are pointed at this
 * checkout and a test server) against `bpkit serve --simulate`'s default devices.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Logger } from "../runtime/log";
import { parseServeArgs, startServe, type RunningServer } from "../scripts/serve";

const root = join(__dirname, "..");

/** The first ```ts block after a heading. */
function sampleAfter(heading: string): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf(heading));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error(`no ts sample after "${heading}"`);
  return match[1]!;
}

describe("README", () => {
  let running: RunningServer | undefined;
  const dir = mkdtempSync(join(tmpdir(), "bpkit-readme-"));
  afterAll(async () => {
    await running?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the 'Using the client' sample runs against the simulated devices of npm start", async () => {
    running = await startServe(parseServeArgs(["--websocket-port", "0", "--no-bluetooth", "--simulate"])!, {
      log: new Logger("error", "test", () => {}),
    });
    const sample = sampleAfter("## Using the client")
      .replace(/from "bpkit"/, `from ${JSON.stringify(join(root, "runtime"))}`)
      .replace("ws://127.0.0.1:12345", `ws://127.0.0.1:${running.port}`);
    expect(sample).toContain(`ws://127.0.0.1:${running.port}`);
    const file = join(dir, "sample.ts");
    // tsx runs it as CommonJS: wrap the sample's top-level awaits.
    const [imports, body] = [
      sample.split("\n").filter((l) => l.startsWith("import ")),
      sample.split("\n").filter((l) => !l.startsWith("import ")),
    ];
    writeFileSync(
      file,
      `${imports.join("\n")}\n(async () => {\n${body.join("\n")}\n})().catch((e) => { console.error(e); process.exit(1); });\n`,
    );
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(root, "node_modules/tsx/dist/cli.mjs"), file],
      { cwd: root, timeout: 60_000 },
    );
    expect(stdout).toMatch(/^0: Lovense Lush$/m);
    expect(stdout).toMatch(/^battery 85%$/m);
  }, 90_000);
});
