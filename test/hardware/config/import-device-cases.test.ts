import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  CASE_DIR,
  DATA_DIR,
  RUNNER,
  importDeviceCases,
  parseRunner,
  run,
  type Runs,
} from "../../../scripts/dev/import-device-cases";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bpkit-import-cases-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RUNNER_TEXT = `
// A comment about the whole list is no reason.
//#[test_case("test_a.yaml" ; "A")]
#[test_case("test_b.yaml" ; "B")]
#[tokio::test]
async fn test_device_protocols_embedded_v4(test_file: &str) {
  run();
}

#[test_case("test_b.yaml" ; "B")]
// TryFun counts its packets; v2 skips Scalar.
//#[test_case("test_tryfun_x.yaml" ; "T1")]
//#[test_case("test_tryfun_y.yaml" ; "T2")]
//#[test_case("test_vorze.yaml" ; "V")]
#[tokio::test]
async fn test_device_protocols_embedded_v2(test_file: &str) {
  run();
}

// multi excluded: two motors, one speed
#[test_case("test_b.yaml" ; "B")]
#[tokio::test]
async fn test_device_protocols_embedded_v0(test_file: &str) {
  run();
}
#[test_case("test_multi_protocol.yaml" ; "M")]
async fn test_device_protocols_json_v0(test_file: &str) {}
#[test_case("test_b.yaml" ; "B")]
async fn test_device_protocols_json_v2(test_file: &str) {}
`;

describe("import-device-cases", () => {
  test("reads the runner's per-version lists, and the reasons it gives for commented-out and excluded cases", () => {
    expect(parseRunner(RUNNER_TEXT)).toEqual<Runs>({
      versions: { "4": ["test_b.yaml"], "2": ["test_b.yaml"], "0": ["test_b.yaml"] },
      disabled: {
        "4": { "test_a.yaml": "commented out in the reference's runner, without a comment" },
        "2": {
          "test_tryfun_x.yaml": "TryFun counts its packets; v2 skips Scalar.",
          "test_tryfun_y.yaml": "TryFun counts its packets; v2 skips Scalar.",
          "test_vorze.yaml": "commented out in the reference's runner, without a comment",
        },
        "0": { "test_multi_protocol.yaml": "multi excluded: two motors, one speed" },
      },
    });
  });

  test("imports cases, configs, runner lists and licence from a git directory, naming the commit; replaces what was there", () => {
    const repo = join(dir, "repo");
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    };
    put(`${CASE_DIR}/test_b.yaml`, "devices: []\n");
    put(`${CASE_DIR}/config/user.json`, "{}\n");
    put(RUNNER, RUNNER_TEXT);
    put("LICENSE", "BSD 3-Clause test licence\n");
    put("buttplug-user-device-config-v4.json", "{}\n");
    put("crates/buttplug_server_device_config/device-config-v4/buttplug-device-config-schema-v4.json", "{}\n");
    put("crates/buttplug_server_device_config/tests/test_configs/base.json", "{}\n");
    const git = (...args: string[]) =>
      execFileSync("git", ["-C", repo, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" });
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "c");
    const commit = git("rev-parse", "HEAD").trim();
    // A bare clone has no work tree: everything comes through git show.
    const bare = join(dir, "bare.git");
    execFileSync("git", ["clone", "-q", "--bare", repo, bare]);
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "stale.yaml"), "");
    importDeviceCases({ source: bare, outDir: out });
    expect(existsSync(join(out, "stale.yaml"))).toBe(false);
    expect(readFileSync(join(out, "device_test_case/test_b.yaml"), "utf8")).toBe("devices: []\n");
    expect(readdirSync(join(out, "device_test_case/config"))).toEqual(["user.json"]);
    expect(readdirSync(join(out, "device-config/test_configs"))).toEqual(["base.json"]);
    expect(JSON.parse(readFileSync(join(out, "runs.json"), "utf8"))).toEqual(parseRunner(RUNNER_TEXT));
    expect(readFileSync(join(out, "LICENSE"), "utf8")).toBe("BSD 3-Clause test licence\n");
    expect(readFileSync(join(out, "README.md"), "utf8")).toContain(commit);
    // A checkout reads the same files from disk.
    const fromCheckout = join(dir, "out-checkout");
    importDeviceCases({ source: repo, outDir: fromCheckout });
    expect(readFileSync(join(fromCheckout, "runs.json"), "utf8")).toBe(readFileSync(join(out, "runs.json"), "utf8"));
  });

  test("the source is required: without it the CLI says so, points to --help and exits 2", async () => {
    const errors: string[] = [];
    const spy = jest.spyOn(process.stderr, "write").mockImplementation((m) => errors.push(String(m)) > 0);
    try {
      expect(await run(["--out", join(dir, "none")])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join("")).toBe(
      "bpkit dev import-device-cases: the source is required (a buttplug clone)\nRun `bpkit dev import-device-cases --help` for the options.\n",
    );
    expect(existsSync(join(dir, "none"))).toBe(false);
  });

  test("the committed fixtures carry the licence, the source commit and the runner's lists", () => {
    expect(readFileSync(join(DATA_DIR, "LICENSE"), "utf8")).toMatch(
      /Redistribution and use in source and binary forms/,
    );
    expect(readFileSync(join(DATA_DIR, "README.md"), "utf8")).toMatch(/commit [0-9a-f]{40}/);
    const runs = JSON.parse(readFileSync(join(DATA_DIR, "runs.json"), "utf8")) as Runs;
    const cases = new Set(readdirSync(join(DATA_DIR, "device_test_case")).filter((f) => f.endsWith(".yaml")));
    for (const list of Object.values(runs.versions))
      for (const file of list) expect(cases.has(file) ? file : `missing ${file}`).toBe(file);
  });
});
