/**
 * `npm run bench:validate`: synthesize a large v4 session as JSON Lines, frames per line and HAR,
 * then compare `bpkit validate`'s throughput in each format with plain JSON.parse of the same
 * records and with JSON.parse + the generated validators (the floor), and report its peak RSS.
 * Each measurement runs in its own process so its peak RSS is its own.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import {
  choiceFlag,
  type CommandSpec,
  type Parsed,
  parseOrExit,
  positiveNumberFlag,
  switchFlag,
  UsageError,
  flagSection,
} from "../args";
import { PACKAGE_ROOT } from "../paths";

/** Read size for both measurements: the same as `bpkit validate` uses. */
const READ_CHUNK = 256 * 1024;

export const BENCH_VALIDATE_COMMAND: CommandSpec = {
  command: "dev bench-validate",
  operands: "[file]",
  description: `Synthesize a large v4 session (JSON Lines, frames per line and HAR) and compare bpkit validate's
throughput in each format with JSON.parse alone and with JSON.parse + the generated validators,
each in its own process, with its peak RSS.`,
  maxPositionals: 1,
  flags: [
    { name: "mb", value: "n", help: "size of the synthesized log in MB (default 200)" },
    { name: "keep", help: "keep the synthesized logs (their folder is printed)" },
    ...flagSection("Internal (the benchmark starts itself with these, naming the file)", [
      {
        name: "worker",
        value: "parse|parse+validators|validate",
        help: "run one measurement on the file in this process",
      },
      { name: "format", value: "jsonl|lines|har", help: "the file's format (default jsonl)" },
    ]),
  ],
};

/** Write a well-formed v4 session of about `mb` megabytes. */
async function synthesize(path: string, mb: number): Promise<void> {
  const out = createWriteStream(path);
  const write = async (record: unknown) => {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, "drain");
  };
  const features: Record<string, unknown> = {};
  for (let i = 0; i < 4; i++)
    features[i] = { FeatureIndex: i, FeatureDescription: `Vibrator ${i}`, Output: { Vibrate: { Value: [0, 20] } } };
  features[4] = {
    FeatureIndex: 4,
    FeatureDescription: "Battery",
    Input: { Battery: { Value: [[0, 100]], Command: ["Read"] } },
  };
  await write({
    dir: "c2s",
    t: 0,
    frame: [{ RequestServerInfo: { Id: 1, ClientName: "bench", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } }],
  });
  await write({
    dir: "s2c",
    t: 1,
    frame: [
      {
        ServerInfo: { Id: 1, ServerName: "bpkit", MaxPingTime: 1000, ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 },
      },
    ],
  });
  await write({ dir: "c2s", t: 2, frame: [{ RequestDeviceList: { Id: 2 } }] });
  await write({
    dir: "s2c",
    t: 3,
    frame: [
      {
        DeviceList: {
          Id: 2,
          Devices: {
            "0": { DeviceName: "Bench Vibrator", DeviceIndex: 0, DeviceMessageTimingGap: 0, DeviceFeatures: features },
          },
        },
      },
    ],
  });
  const target = mb * 1024 * 1024;
  let id = 3;
  let t = 4;
  while (out.bytesWritten + out.writableLength < target) {
    for (let k = 0; k < 1000; k++) {
      const feature = id % 4;
      if (id % 50 === 0) {
        await write({ dir: "c2s", t, frame: [{ Ping: { Id: id } }] });
      } else {
        await write({
          dir: "c2s",
          t,
          frame: [
            { OutputCmd: { Id: id, DeviceIndex: 0, FeatureIndex: feature, Command: { Vibrate: { Value: id % 21 } } } },
          ],
        });
      }
      await write({ dir: "s2c", t: t + 1, frame: [{ Ok: { Id: id } }] });
      id = id >= 4294967295 ? 3 : id + 1;
      t += 2;
    }
  }
  out.end();
  await once(out, "finish");
}

type Format = "lines" | "jsonl" | "har";

/** The same session as frames per line and as a HAR (one websocket message per line, as Chrome pretty-prints). */
async function derive(jsonl: string, lines: string, har: string): Promise<void> {
  const linesOut = createWriteStream(lines);
  const harOut = createWriteStream(har);
  const write = async (out: ReturnType<typeof createWriteStream>, text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(
    harOut,
    '{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"entries":[{"request":{"url":"ws://127.0.0.1:12345/"},"_webSocketMessages":[\n',
  );
  let first = true;
  for await (const record of eachLine(jsonl)) {
    const { dir, t, frame } = JSON.parse(record) as { dir: string; t: number; frame: unknown };
    const text = JSON.stringify(frame);
    await write(linesOut, `${text}\n`);
    await write(
      harOut,
      `${first ? "" : ",\n"}${JSON.stringify({ type: dir === "c2s" ? "send" : "receive", time: 1.7e9 + t / 1000, opcode: 1, data: text })}`,
    );
    first = false;
  }
  await write(harOut, "\n]}]}}\n");
  linesOut.end();
  harOut.end();
  await Promise.all([once(linesOut, "finish"), once(harOut, "finish")]);
}

async function* eachLine(path: string): AsyncGenerator<string> {
  let pending = "";
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: READ_CHUNK })) {
    const text = pending + chunk;
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl < 0) break;
      yield text.slice(start, nl);
      start = nl + 1;
    }
    pending = text.slice(start);
  }
  if (pending) yield pending;
}

/**
 * Baseline workers: JSON.parse of every record (HAR: of each message line, then of its data), and
 * optionally the generated validator of every message — the floor `bpkit validate` is held to.
 */
async function parseWorker(path: string, format: Format, validators: boolean): Promise<number> {
  const { registry } = require("../../generated") as typeof import("../../generated");
  const v4 = registry[4] as Record<string, { validate: (body: unknown) => boolean } | undefined>;
  let count = 0;
  for await (const line of eachLine(path)) {
    let frame: unknown;
    if (format === "lines") frame = JSON.parse(line);
    else if (format === "jsonl") frame = (JSON.parse(line) as { frame: unknown }).frame;
    else {
      if (!line.startsWith('{"type"') && !line.startsWith(",")) continue;
      frame = JSON.parse((JSON.parse(line.replace(/,$/, "")) as { data: string }).data);
    }
    count++;
    if (!validators) continue;
    for (const message of frame as Record<string, unknown>[])
      for (const name in message) v4[name]!.validate(message[name]);
  }
  return count;
}

async function validateWorker(path: string, format: Format): Promise<number> {
  const { validateLog } = require("../../runtime/validate") as typeof import("../../runtime/validate");
  let problems = 0;
  const summary = await validateLog(createReadStream(path, { highWaterMark: READ_CHUNK }), {
    format,
    onProblem: () => problems++,
  });
  if (problems) throw new Error(`the synthesized ${format} log should be valid, found ${problems} problem(s)`);
  return summary.frames;
}

function measure(
  kind: "parse" | "parse+validators" | "validate",
  format: Format,
  path: string,
): { seconds: number; maxRssMb: number; count: number } {
  const r = spawnSync(
    process.execPath,
    [join(PACKAGE_ROOT, "bin/bpkit.js"), "dev", "bench-validate", "--worker", kind, "--format", format, path],
    {
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`${kind} worker failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

const WORKERS = ["parse", "parse+validators", "validate"] as const;
const FORMATS: readonly Format[] = ["jsonl", "lines", "har"];

function readBenchValidateOptions(parsed: Parsed) {
  const worker = choiceFlag(parsed, "worker", WORKERS);
  const path = parsed.positionals[0];
  if (worker && path === undefined) throw new UsageError("--worker needs the file to read");
  if (!worker && path !== undefined) throw new UsageError(`a file is read only with --worker (got '${path}')`);
  return {
    worker,
    path,
    format: choiceFlag(parsed, "format", FORMATS) ?? "jsonl",
    mb: positiveNumberFlag(parsed, "mb", 200),
    keep: switchFlag(parsed, "keep"),
  };
}

export async function run(argv: string[]): Promise<number> {
  const options = parseOrExit(BENCH_VALIDATE_COMMAND, argv, readBenchValidateOptions);
  if (typeof options === "number") return options;
  const { worker, path, format, mb } = options;
  if (worker && path !== undefined) {
    const start = process.hrtime.bigint();
    const count =
      worker === "validate"
        ? await validateWorker(path, format)
        : await parseWorker(path, format, worker === "parse+validators");
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, count }));
    return 0;
  }
  const dir = mkdtempSync(join(tmpdir(), "bpkit-bench-"));
  const paths: Record<Format, string> = {
    jsonl: join(dir, "session.jsonl"),
    lines: join(dir, "session.lines"),
    har: join(dir, "session.har"),
  };
  try {
    process.stdout.write(
      `synthesizing a ${mb} MB v4 session log (JSON Lines, and the same session as lines and HAR)… `,
    );
    await synthesize(paths.jsonl, mb);
    await derive(paths.jsonl, paths.lines, paths.har);
    console.log("done");
    console.log("format  size MB  JSON.parse  parse+validators  bpkit validate  ×parse  ×floor  peak RSS");
    let met = true;
    for (const format of ["lines", "jsonl", "har"] as const) {
      const size = statSync(paths[format]).size / (1024 * 1024);
      const parse = measure("parse", format, paths[format]);
      const floor = measure("parse+validators", format, paths[format]);
      const validate = measure("validate", format, paths[format]);
      const rate = (m: { seconds: number }) => size / m.seconds;
      const vsParse = rate(validate) / rate(parse);
      const vsFloor = rate(validate) / rate(floor);
      met &&= vsParse >= 0.65 && vsFloor >= 0.8 && validate.maxRssMb < 150;
      console.log(
        `${format.padEnd(6)}  ${size.toFixed(0).padStart(7)}  ${rate(parse).toFixed(1).padStart(7)} MB/s  ${rate(floor).toFixed(1).padStart(10)} MB/s  ${rate(validate).toFixed(1).padStart(9)} MB/s  ${vsParse.toFixed(2).padStart(6)}  ${vsFloor.toFixed(2).padStart(6)}  ${validate.maxRssMb.toFixed(0).padStart(5)} MB`,
      );
    }
    console.log(
      `goals: ≥ 0.65× JSON.parse, ≥ 0.8× parse+validators, peak RSS < 150 MB in every format — ${met ? "met" : "NOT met"}`,
    );
    return 0;
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
    else console.log(`logs kept in ${dir}`);
  }
}
