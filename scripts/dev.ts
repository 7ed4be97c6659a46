/**
 * `bpkit dev <script>`: developer scripts, one file each in scripts/dev/<script>.ts exporting
 * `run(argv): Promise<number>`, listed here with what each does (test/scripts/cli.test.ts checks
 * that every such file has its entry; helper modules there export no `run`).
 */
import { dispatch, type SubcommandModule } from "./args";

/** Each script and what it does; its code is scripts/dev/<script>.ts. */
export const DEV_SCRIPTS: Readonly<Record<string, string>> = {
  "bench-validate":
    "benchmark: bpkit validate's throughput against JSON.parse on a synthetic 200 MB log, and its peak RSS",
  "bench-cli": "benchmark: start-up of the compiled bin (bpkit --help, bpkit validate on one line) against node -e 0",
  "bench-server":
    "benchmark: server round trips, in process against the reference server (WASM) and over websocket loopback",
  "bench-soak":
    "benchmark: a long steady load (100 devices × 50 commands/s, 10 min by default); server RSS early vs late, every stop delivered",
  "import-device-config":
    "import the official device-config file (with its licence) from a buttplug checkout or a file",
  "import-device-cases":
    "import the reference server's device test cases and configs (with licence and commit) from a buttplug checkout",
  "import-spec-examples":
    "import the spec docs' example messages (docs.buttplug.io, with commit and licence note) into test/fixtures/spec-examples.json",
  "protocol-table":
    "regenerate docs/protocols.md from the device config and runtime/hardware/protocols/ (--check: fail when stale)",
};

export async function run(argv: string[]): Promise<number> {
  return dispatch("bpkit dev", DEV_SCRIPTS, (name) => require(`./dev/${name}`) as SubcommandModule, argv);
}
