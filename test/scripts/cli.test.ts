/**
 * The bpkit command line as a whole: one parser (scripts/args.ts) behind every command and dev
 * script, the same error wording, "did you mean", --help per command and script, --version, and
 * Intiface Engine's flag names accepted by serve.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { helpText, parseCommandLine, suggest, UsageError, type CommandSpec } from "../../scripts/args";
import { DEV_SCRIPTS } from "../../scripts/dev";
import { parseServeRequest, SERVE_FLAGS, usage as serveUsage } from "../../scripts/serve";

const ROOT = join(__dirname, "..", "..");
const BPKIT = join(ROOT, "bin", "bpkit.js");
const packageVersion = (require("../../package.json") as { version: string }).version;

function bpkit(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BPKIT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Every flag of Intiface Engine 3.0.8 (src/bin/main.rs, its argh struct), each with a value where
 * it takes one. A command line written for Intiface Engine must parse unchanged.
 */
const INTIFACE_FLAGS: [string, string?][] = [
  ["--websocket-use-all-interfaces"],
  ["--websocket-port", "12345"],
  ["--websocket-client-address", "ws://127.0.0.1:9999"],
  ["--frontend-websocket-port", "0"],
  ["--server-name", "Engine"],
  ["--device-config-file", "main.json"],
  ["--user-device-config-file", "user.json"],
  ["--max-ping-time", "1000"],
  ["--log", "debug"],
  ["--allow-raw"],
  ["--use-bluetooth-le"],
  ["--use-serial"],
  ["--use-hid"],
  ["--use-lovense-dongle-serial"],
  ["--use-lovense-dongle-hid"],
  ["--use-xinput"],
  ["--use-lovense-connect"],
  ["--use-device-websocket-server"],
  ["--device-websocket-server-port", "54817"],
  ["--broadcast-server-mdns"],
  ["--mdns-suffix", "home"],
  ["--repeater"],
  ["--repeater-port", "12346"],
  ["--repeater-remote-address", "ws://127.0.0.1:12345"],
];

describe("bpkit serve takes Intiface Engine's flags as Intiface Engine spells them", () => {
  test("the serve table has every flag of Intiface Engine, plus --version and --server-version", () => {
    const names = new Set(SERVE_FLAGS.map((f) => `--${f.name}`));
    for (const [flag] of INTIFACE_FLAGS) expect(names).toContain(flag);
    expect(names).toContain("--version");
    expect(names).toContain("--server-version");
  });

  test("an Intiface Engine command line with all its flags parses, and each flag lands where it should", () => {
    const request = parseServeRequest(
      INTIFACE_FLAGS.flatMap(([flag, value]) => (value === undefined ? [flag] : [flag, value])),
    );
    if (request.kind !== "serve") throw new Error(request.kind);
    expect(request.options).toMatchObject({
      websocketPort: 12345,
      websocketUseAllInterfaces: true,
      serverName: "Engine",
      maxPingTime: 1000,
      logLevel: "debug",
      allowRawMessages: true,
      frontendWebsocketPort: 0,
      websocketClientAddress: "ws://127.0.0.1:9999",
      broadcastServerMdns: true,
      mdnsSuffix: "home",
    });
    expect(request.options.hardware).toMatchObject({
      deviceConfigFile: "main.json",
      userDeviceConfigFile: "user.json",
      useBluetooth: true,
      useSerial: true,
      useHid: true,
      useLovenseConnect: true,
      useLovenseDongleSerial: true,
      useLovenseDongleHid: true,
      useDeviceWebsocketServer: true,
      deviceWebsocketServerPort: 54817,
    });
  });

  test("the only flag whose feature bpkit lacks is --use-xinput, and it says it is Windows-only", () => {
    const request = parseServeRequest([
      "--use-hid",
      "--use-xinput",
      "--use-lovense-connect",
      "--broadcast-server-mdns",
    ]);
    // --use-hid, --use-lovense-connect and --broadcast-server-mdns are wired: no notice.
    if (request.kind !== "serve") throw new Error(request.kind);
    expect(request.notices).toEqual([
      "--use-xinput: XInput is Windows-only, and bpkit has no XInput support; the flag is ignored",
    ]);
    expect(SERVE_FLAGS.filter((flag) => flag.unavailable).map((flag) => flag.name)).toEqual(["use-xinput"]);
  });

  test("bpkit's own spelling --allow-raw-messages stays an alias of --allow-raw", () => {
    const request = parseServeRequest(["--allow-raw-messages"]);
    expect(request.kind === "serve" && request.options.allowRawMessages).toBe(true);
  });

  test("--log takes Intiface Engine's level names in any case", () => {
    const request = parseServeRequest(["--log", "WARN"]);
    expect(request.kind === "serve" && request.options.logLevel).toBe("warn");
  });

  test("serve --help lists every flag and says where bpkit's defaults differ from Intiface Engine's, and why", () => {
    for (const flag of SERVE_FLAGS) expect(serveUsage).toContain(`--${flag.name}`);
    expect(serveUsage).toMatch(/Defaults that differ:/);
    expect(serveUsage).toMatch(/"bpkit" instead of "Buttplug Server"/);
    expect(serveUsage).toMatch(
      /Bluetooth LE +on unless --no-bluetooth \(Intiface Engine: off unless --use-bluetooth-le\)/,
    );
    expect(serveUsage).toMatch(/--use-xinput +XInput gamepads \(Windows only\)/);
  });
});

describe("one parser, one wording", () => {
  const spec: CommandSpec = {
    command: "demo",
    maxPositionals: 1,
    flags: [
      { name: "port", value: "n", help: "a port" },
      { name: "quiet", aliases: ["silent"], help: "say less" },
      { name: "simulate", value: "devices", bareValue: "default", help: "devices" },
    ],
  };

  test("values by canonical name, aliases, --flag=value, bare values, one positional", () => {
    expect(parseCommandLine(spec, ["--port=5", "--silent", "file", "--simulate"]).values).toEqual({
      port: "5",
      quiet: true,
      simulate: "default",
    });
    expect(parseCommandLine(spec, ["--simulate", "--port", "6"]).values).toEqual({ simulate: "default", port: "6" });
    expect(parseCommandLine(spec, ["--simulate", "lush", "x"]).positionals).toEqual(["x"]);
  });

  test.each([
    [["--prot", "5"], "unknown option '--prot' (did you mean --port?)"],
    [["--port"], "--port needs a value (--port <n>)"],
    [["--port", "--quiet"], "--port needs a value (--port <n>)"],
    [["--quiet=yes"], "--quiet takes no value"],
    [["a", "b"], "unexpected extra argument 'b'"],
    [["--zzzzzzzz"], "unknown option '--zzzzzzzz'"],
  ])("%j: %s", (argv, message) => {
    expect(() => parseCommandLine(spec, argv)).toThrow(UsageError);
    expect(() => parseCommandLine(spec, argv)).toThrow(message);
  });

  test("a required operand: its own message when missing, not when only --help is asked", () => {
    const needsFile: CommandSpec = { ...spec, missingOperand: "no file given" };
    expect(() => parseCommandLine(needsFile, ["--port", "5"])).toThrow(new UsageError("no file given"));
    expect(parseCommandLine(needsFile, ["--help"]).values.help).toBe(true);
    expect(parseCommandLine(needsFile, ["a"]).positionals).toEqual(["a"]);
  });

  test("suggestions are for typos and prefixes, not for anything at all", () => {
    expect(suggest("servee", ["serve", "simulate"])).toBe("serve");
    expect(suggest("valid", ["validate", "serve"])).toBe("validate");
    expect(suggest("xyz", ["validate", "serve"])).toBeUndefined();
  });

  test("help comes from the same table, aliases included", () => {
    expect(helpText(spec)).toMatch(/--quiet +say less \(also --silent\)/);
    expect(helpText(spec)).toMatch(/-h, --help +show this help/);
  });
});

describe("the bpkit process", () => {
  test("--version prints the package version; serve --version and --server-version too, as Intiface Engine does", () => {
    expect(bpkit("--version")).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: "" });
    expect(bpkit("serve", "--server-version")).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: "" });
    expect(bpkit("serve", "--version").stdout).toMatch(new RegExp(`^bpkit ${packageVersion.replace(/\./g, "\\.")} `));
  });

  test.each([
    [["servee"], /^bpkit: unknown command 'servee' \(did you mean serve\?\)\nRun `bpkit --help` for the list\.\n$/],
    [
      ["serve", "--websocket-prot", "1"],
      /^bpkit serve: unknown option '--websocket-prot' \(did you mean --websocket-port\?\)\nRun `bpkit serve --help` for the options\.\n$/,
    ],
    [
      ["validate", "x.log", "--fromat", "har"],
      /^bpkit validate: unknown option '--fromat' \(did you mean --format\?\)\n/,
    ],
    [["generate", "--chek"], /^bpkit generate: unknown option '--chek' \(did you mean --check\?\)\n/],
    [["simulate", "lush", "--prot", "1"], /^bpkit simulate: unknown option '--prot' \(did you mean --port\?\)\n/],
    [["dev", "bench-valdate"], /^bpkit dev: unknown script 'bench-valdate' \(did you mean bench-validate\?\)\n/],
    [
      ["conform", "ws://127.0.0.1:1", "--jsn"],
      /^bpkit conform: unknown option '--jsn' \(did you mean --json\?\)\nRun `bpkit conform --help` for the options\.\n$/,
    ],
    [["conform", "--client", "--port", "x"], /^bpkit conform: --port: expected an integer, got 'x'\n/],
    [
      ["dev", "bench-validate", "--frobnicate"],
      /^bpkit dev bench-validate: unknown option '--frobnicate'\nRun `bpkit dev bench-validate --help` for the options\.\n$/,
    ],
    [
      ["dev", "bench-server", "--iteratons", "50"],
      /^bpkit dev bench-server: unknown option '--iteratons' \(did you mean --iterations\?\)\n/,
    ],
    [["dev", "bench-server", "--iterations", "5"], /^bpkit dev bench-server: --iterations: 5 is outside 10…/],
    [
      ["dev", "bench-soak", "--rate", "0"],
      /^bpkit dev bench-soak: --rate: expected a number above 0 and at most 1000, got '0'\n/,
    ],
    [["dev", "bench-validate", "--worker", "parse"], /^bpkit dev bench-validate: --worker needs the file to read\n/],
    [
      ["dev", "protocol-table", "--chek"],
      /^bpkit dev protocol-table: unknown option '--chek' \(did you mean --check\?\)\n/,
    ],
    [["dev", "import-device-cases"], /^bpkit dev import-device-cases: the source is required \(a buttplug clone\)\n/],
    [["dev", "import-device-config", "a", "b"], /^bpkit dev import-device-config: unexpected extra argument 'b'\n/],
    [
      ["dev", "import-spec-examples", "--rev"],
      /^bpkit dev import-spec-examples: --rev needs a value \(--rev <rev>\)\n/,
    ],
  ])("bpkit %j: exit 2, the same wording everywhere", (args, pattern) => {
    const r = bpkit(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
  });

  test.each(["import-device-cases", "import-spec-examples"])(
    "bpkit dev %s with a source that is not a directory: exit 1, one line naming the script and the source",
    (script) => {
      const missing = join(ROOT, "no-such-source");
      const r = bpkit("dev", script, missing);
      expect(r).toEqual({
        code: 1,
        stdout: "",
        stderr: expect.stringMatching(
          new RegExp(
            `^${script}: .*no-such-source: not a directory \\(a git directory or a checkout of buttplugio/[^)]+\\)\n$`,
          ),
        ),
      });
    },
  );

  test("conform and every dev script have their own --help, from their flag table", () => {
    const conform = bpkit("conform", "--help");
    expect(conform).toMatchObject({ code: 0, stderr: "" });
    expect(conform.stdout).toMatch(/^Usage: bpkit conform ws:\/\/host:port \| --client \[options\]\n/);
    expect(conform.stdout).toMatch(/\n {2}--device-websocket <ws-url> +attach conform's simulated devices/);
    for (const name of Object.keys(DEV_SCRIPTS)) {
      const r = bpkit("dev", name, "--help");
      expect({ name, code: r.code, stderr: r.stderr }).toEqual({ name, code: 0, stderr: "" });
      expect(r.stdout).toMatch(new RegExp(`^Usage: bpkit dev ${name} `));
      expect(r.stdout).toMatch(/\n {2}-h, --help +show this help\n/);
    }
  });

  test("bpkit dev --help describes each script, and every script in scripts/dev (a file exporting run) has its entry", () => {
    const dir = join(ROOT, "scripts", "dev");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && /^export async function run\(/m.test(readFileSync(join(dir, f), "utf8")))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(Object.keys(DEV_SCRIPTS).sort()).toEqual(files);
    const r = bpkit("dev", "--help");
    expect(r.code).toBe(0);
    for (const [name, summary] of Object.entries(DEV_SCRIPTS)) {
      expect(r.stdout).toContain(`${name}  `);
      expect(r.stdout).toContain(summary);
    }
  });
});

test("the README lists every bpkit serve flag", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const serving = readme.slice(readme.indexOf("## Serving"), readme.indexOf("\n## ", readme.indexOf("## Serving") + 1));
  for (const flag of SERVE_FLAGS) expect(serving).toContain(`\`--${flag.name}`);
  expect(serving).toContain("npm start -- --websocket-port");
});
