/**
 * `npm run bench:validate`: synthesize a large v4 JSON Lines log, then compare `bpkit validate`'s
 * throughput with plain JSON.parse over the same lines, and report validate's peak RSS.
 * Each measurement runs in its own process so its peak RSS is its own.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";

/** Read size for both measurements: the same as `bpkit validate` uses. */
const READ_CHUNK = 256 * 1024;

export const summary = "benchmark bpkit validate against JSON.parse on a synthesized log (--mb N, default 200)";

/** Write a well-formed v4 session of about `mb` megabytes. */
async function synthesize(path: string, mb: number): Promise<void> {
  const out = createWriteStream(path);
  const write = async (record: unknown) => {
    if (!out.write(JSON.stringify(record) + "\n")) await once(out, "drain");
  };
  const features: Record<string, unknown> = {};
  for (let i = 0; i < 4; i++) features[i] = { FeatureIndex: i, FeatureDescription: `Vibrator ${i}`, Output: { Vibrate: { Value: [0, 20] } } };
  features[4] = { FeatureIndex: 4, FeatureDescription: "Battery", Input: { Battery: { Value: [[0, 100]], Command: ["Read"] } } };
  await write({ dir: "c2s", t: 0, frame: [{ RequestServerInfo: { Id: 1, ClientName: "bench", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } }] });
  await write({ dir: "s2c", t: 1, frame: [{ ServerInfo: { Id: 1, ServerName: "bpkit", MaxPingTime: 1000, ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } }] });
  await write({ dir: "c2s", t: 2, frame: [{ RequestDeviceList: { Id: 2 } }] });
  await write({
    dir: "s2c",
    t: 3,
    frame: [{ DeviceList: { Id: 2, Devices: { "0": { DeviceName: "Bench Vibrator", DeviceIndex: 0, DeviceMessageTimingGap: 0, DeviceFeatures: features } } } }],
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
        await write({ dir: "c2s", t, frame: [{ OutputCmd: { Id: id, DeviceIndex: 0, FeatureIndex: feature, Command: { Vibrate: { Value: id % 21 } } } }] });
      }
      await write({ dir: "s2c", t: t + 1, frame: [{ Ok: { Id: id } }] });
      id = id >= 4294967295 ? 3 : id + 1;
      t += 2;
    }
  }
  out.end();
  await once(out, "finish");
}

/** Worker: JSON.parse every line of the file. */
async function parseWorker(path: string): Promise<number> {
  let pending = "";
  let count = 0;
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: READ_CHUNK })) {
    const text = pending + chunk;
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl < 0) break;
      JSON.parse(text.slice(start, nl));
      count++;
      start = nl + 1;
    }
    pending = text.slice(start);
  }
  return count;
}

async function validateWorker(path: string): Promise<number> {
  const { validateLog } = require("../../runtime/validate") as typeof import("../../runtime/validate");
  let problems = 0;
  const summary = await validateLog(createReadStream(path, { highWaterMark: READ_CHUNK }), { onProblem: () => problems++ });
  if (problems) throw new Error(`the synthesized log should be valid, found ${problems} problem(s)`);
  return summary.frames;
}

function measure(kind: "parse" | "validate", path: string): { seconds: number; maxRssMb: number; count: number } {
  const r = spawnSync(process.execPath, [join(__dirname, "../../bin/bpkit.js"), "dev", "bench-validate", "--worker", kind, path], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`${kind} worker failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { mb: { type: "string", default: "200" }, worker: { type: "string" }, keep: { type: "boolean", default: false } },
  });
  if (values.worker) {
    const path = positionals[0]!;
    const start = process.hrtime.bigint();
    const count = values.worker === "parse" ? await parseWorker(path) : await validateWorker(path);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, count }));
    return 0;
  }
  const mb = Number(values.mb);
  if (!Number.isFinite(mb) || mb <= 0) {
    console.error(`bench-validate: --mb must be a positive number, got '${values.mb}'`);
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), "bpkit-bench-"));
  const path = join(dir, "session.jsonl");
  try {
    process.stdout.write(`synthesizing a ${mb} MB v4 session log… `);
    await synthesize(path, mb);
    const size = statSync(path).size / (1024 * 1024);
    console.log(`${size.toFixed(0)} MB`);
    const parse = measure("parse", path);
    const validate = measure("validate", path);
    const parseRate = size / parse.seconds;
    const validateRate = size / validate.seconds;
    console.log(`JSON.parse per line : ${parseRate.toFixed(1)} MB/s (${parse.count} lines in ${parse.seconds.toFixed(2)} s)`);
    console.log(`bpkit validate      : ${validateRate.toFixed(1)} MB/s (${validate.count} frames in ${validate.seconds.toFixed(2)} s)`);
    console.log(`ratio               : ${(validateRate / parseRate).toFixed(2)} of JSON.parse (target ≥ 0.5)`);
    console.log(`validate peak RSS   : ${validate.maxRssMb.toFixed(0)} MB (target < 200 MB)`);
    return 0;
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
    else console.log(`log kept at ${path}`);
  }
}
