/**
 * `npm run bench:cli`: start-up cost of the compiled `bpkit` bin, measured side by side with a
 * bare `node -e 0` in the same run (runs interleaved, median of each): `bpkit --help` (goal ≤ 1.5×)
 * and `bpkit validate` on a one-line log (goal ≤ 2×).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CommandSpec, integerFlag, parseOrExit } from "../args";
import { PACKAGE_ROOT } from "../paths";

export const BENCH_CLI_COMMAND: CommandSpec = {
  command: "dev bench-cli",
  flags: [{ name: "runs", value: "n", help: "runs of each command (default 30)" }],
};

function milliseconds(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: PACKAGE_ROOT,
    stdio: "ignore",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrExit(BENCH_CLI_COMMAND, argv);
  if (typeof parsed === "number") return parsed;
  const runs = integerFlag(parsed, "runs", 30, 3, 10_000);
  const dir = mkdtempSync(join(tmpdir(), "bpkit-bench-cli-"));
  const log = join(dir, "one.txt");
  writeFileSync(
    log,
    '[{"RequestServerInfo":{"Id":1,"ClientName":"bench","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]\n',
  );
  const bin = join(PACKAGE_ROOT, "bin", "bpkit.js");
  const cases = {
    "node -e 0": ["-e", "0"],
    "bpkit --help": [bin, "--help"],
    "bpkit validate (one line)": [bin, "validate", log],
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  try {
    for (const args of Object.values(cases)) milliseconds(args); // warm the file cache
    for (let i = 0; i < runs; i++)
      for (const [name, args] of Object.entries(cases)) times[name]!.push(milliseconds(args));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const base = median(times["node -e 0"]!);
  const goals: Record<string, number> = { "bpkit --help": 1.5, "bpkit validate (one line)": 2 };
  console.log(`bench-cli: median of ${runs} interleaved runs each`);
  for (const name of Object.keys(cases)) {
    const ms = median(times[name]!);
    const goal = goals[name];
    console.log(
      `  ${name.padEnd(27)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}×${goal ? ` (goal ≤ ${goal}×: ${ms / base <= goal ? "met" : "NOT met"})` : ""}`,
    );
  }
  return 0;
}
