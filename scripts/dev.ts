/**
 * `bpkit dev <script>`: developer scripts, one file each in scripts/dev/<script>.ts exporting
 * `run(argv): Promise<number>`, listed here with what each does (test/scripts/cli.test.ts checks
 * that every such file has its entry; helper modules there export no `run`).
 */
import { dispatch, type Subcommand } from "./args";

export const DEV_SCRIPTS: Record<string, Subcommand> = {
  "bench-validate": {
    summary: "benchmark: bpkit validate's throughput against JSON.parse on a synthetic 200 MB log, and its peak RSS",
    load: () => require("./dev/bench-validate"),
  },
  "bench-cli": {
    summary: "benchmark: start-up of the compiled bin (bpkit --help, bpkit validate on one line) against node -e 0",
    load: () => require("./dev/bench-cli"),
  },
  "bench-server": {
    summary:
      "benchmark: server round trips, in process against the reference server (WASM) and over websocket loopback",
    load: () => require("./dev/bench-server"),
  },
  "bench-soak": {
    summary:
      "benchmark: a long steady load (100 devices × 50 commands/s, 10 min by default); server RSS early vs late, every stop delivered",
    load: () => require("./dev/bench-soak"),
  },
  "import-device-config": {
    summary: "import the official device-config file (with its licence) from a buttplug checkout or a file",
    load: () => require("./dev/import-device-config"),
  },
  "import-device-cases": {
    summary:
      "import the reference server's device test cases and configs (with licence and commit) from a buttplug checkout",
    load: () => require("./dev/import-device-cases"),
  },
  "import-spec-examples": {
    summary:
      "import the spec docs' example messages (docs.buttplug.io, with commit and licence note) into test/fixtures/spec-examples.json",
    load: () => require("./dev/import-spec-examples"),
  },
  "protocol-table": {
    summary:
      "regenerate docs/protocols.md from the device config and runtime/hardware/protocols/ (--check: fail when stale)",
    load: () => require("./dev/protocol-table"),
  },
};

export async function run(argv: string[]): Promise<number> {
  return dispatch("bpkit dev", DEV_SCRIPTS, argv);
}
