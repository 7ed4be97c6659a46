/**
 * `npm run bench:server`: round-trip latency of bpkit's server.
 * (a) In-process, driven by the official buttplug 3.x client (spec v3, so every message goes
 *     through the v3 ↔ v4 translation): StopAllDevices through bpkit's in-process connector,
 *     against the same client embedding the reference server compiled to WebAssembly
 *     (buttplug-wasm 2.0.1, ButtplugWasmClientConnector). Prints both and the ratio.
 * (b) Websocket loopback (127.0.0.1): a raw v4 client sending StopCmd to bpkit's server, p50/p99.
 */
import { cpus, loadavg } from "node:os";
import { join, dirname } from "node:path";
import * as Buttplug3 from "buttplug3";
import { benchServer } from "./bench-kit";
import { choiceFlag, type CommandSpec, flagSection, integerFlag, type Parsed, parseOrExit, switchFlag } from "../args";
import { dashboardOverhead } from "./bench-dashboard";
import { type LoadServer, loadRatios, serveForBench } from "./bench-load";
import {
  ButtplugJsConnector,
  connectWebsocket,
  WebsocketServerTransport,
  type FrameConnection,
} from "../../runtime/transport";
import { errorText } from "../../runtime/errors";

export const BENCH_SERVER_COMMAND: CommandSpec = {
  command: "dev bench-server",
  description: `Server round trips: in process (the buttplug 3 client with bpkit against the reference server compiled
to WebAssembly) and over websocket loopback (p50/p99), with ratios measured in the same run.`,
  flags: [
    { name: "iterations", value: "n", help: "timed round trips of each measurement (default 2000, at least 10)" },
    { name: "warmup", value: "n", help: "untimed round trips before each measurement (default 2000)" },
    { name: "no-wasm", help: "skip the reference server (buttplug-wasm) measurement" },
    ...flagSection("Internal (the benchmark starts itself with these)", [
      { name: "serve", value: "bpkit|baseline", help: "run one server alone in this process for the load measurement" },
      { name: "devices", value: "n", help: "devices of the --serve server (default 1)" },
    ]),
  ],
};

/** Latency statistics in microseconds. */
interface Stats {
  mean: number;
  p50: number;
  p99: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { mean: samples.reduce((s, x) => s + x, 0) / samples.length, p50: at(0.5), p99: at(0.99) };
}

const us = (n: number) => `${n.toFixed(1)} µs`;
const line = (label: string, s: Stats) =>
  `  ${label.padEnd(34)} mean ${us(s.mean).padStart(11)}  p50 ${us(s.p50).padStart(11)}  p99 ${us(s.p99).padStart(11)}`;
const times = (reference: number, ours: number) => `${(reference / ours).toFixed(1)}×`;

/** Time `iterations` calls of `roundTrip` after `warmup` untimed ones. */
async function measure(iterations: number, warmup: number, roundTrip: () => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await roundTrip();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await roundTrip();
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  return stats(samples);
}

/** (a) bpkit in-process, through the buttplug 3 client. */
async function bpkitInProcess(iterations: number, warmup: number): Promise<Stats> {
  const server = benchServer();
  const client = new Buttplug3.ButtplugClient("bench");
  await client.connect(new ButtplugJsConnector(server, { parse: Buttplug3.fromJSON }));
  await client.startScanning();
  try {
    return await measure(iterations, warmup, () => client.stopAllDevices());
  } finally {
    await client.disconnect();
    await server.shutdown();
  }
}

interface WasmModule {
  ButtplugWasmClientConnector: new () => Buttplug3.IButtplugClientConnector;
  __tla?: Promise<unknown>;
}

/** (a) the reference server (Rust → wasm) in-process, through the same client. */
async function wasmInProcess(iterations: number, warmup: number): Promise<Stats> {
  // An ESM-only package: a real dynamic import, which CommonJS compilation would turn into require().
  const importEsm = new Function("specifier", "return import(specifier)") as (s: string) => Promise<WasmModule>;
  const path = join(dirname(require.resolve("buttplug-wasm/package.json")), "dist", "buttplug-wasm.mjs");
  const wasm = await importEsm(path);
  await wasm.__tla;
  const client = new Buttplug3.ButtplugClient("bench");
  await client.connect(new wasm.ButtplugWasmClientConnector());
  try {
    return await measure(iterations, warmup, () => client.stopAllDevices());
  } finally {
    // The wasm connector's disconnect does nothing; stop the client's ping timer ourselves.
    await client.disconnect().catch(() => {});
  }
}

/** (b) websocket loopback: a raw v4 client sending StopCmd. */
async function websocketLoopback(iterations: number, warmup: number): Promise<Stats> {
  const server = benchServer();
  const transport = new WebsocketServerTransport({ port: 0 });
  transport.on("connection", (c) => server.connect(c));
  const { port } = await transport.listen();
  const connection: FrameConnection = await connectWebsocket(`ws://127.0.0.1:${port}`);
  let waiting: ((frame: string) => void) | undefined;
  connection.on("frame", (frame) => waiting?.(frame));
  const request = (frame: string) =>
    new Promise<string>((resolve) => {
      waiting = resolve;
      connection.send(frame);
    });
  await request(
    JSON.stringify([
      { RequestServerInfo: { Id: 1, ClientName: "bench", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
    ]),
  );
  let id = 1;
  try {
    return await measure(iterations, warmup, async () => {
      const reply = await request(JSON.stringify([{ StopCmd: { Id: ++id } }]));
      if (!reply.startsWith('[{"Ok"')) throw new Error(`unexpected reply ${reply}`);
    });
  } finally {
    connection.close();
    await server.shutdown();
    await transport.close();
  }
}

const LOAD_SERVERS: readonly LoadServer[] = ["bpkit", "baseline"];

function readBenchServerOptions(parsed: Parsed) {
  return {
    serve: choiceFlag(parsed, "serve", LOAD_SERVERS),
    devices: integerFlag(parsed, "devices", 1, 1, 10_000),
    iterations: integerFlag(parsed, "iterations", 2000, 10, 10_000_000),
    warmup: integerFlag(parsed, "warmup", 2000, 0, 10_000_000),
    skipWasm: switchFlag(parsed, "no-wasm"),
  };
}

export async function run(argv: string[]): Promise<number> {
  const options = parseOrExit(BENCH_SERVER_COMMAND, argv, readBenchServerOptions);
  if (typeof options === "number") return options;
  const { iterations, warmup, skipWasm } = options;
  if (options.serve !== undefined) {
    // Worker mode for (d): one server alone in this process.
    await serveForBench(options.serve, options.devices);
    return 0;
  }
  // Load matters: figures taken on a busy machine are not comparable.
  const [load1] = loadavg();
  console.log(
    `bench:server — ${iterations} timed round trips each, after ${warmup} untimed warm-up ones (load average ${load1.toFixed(2)} on ${cpus().length} cores)\n`,
  );

  console.log("(a) in-process StopAllDevices, official buttplug 3.2.2 client (spec v3):");
  const bpkit = await bpkitInProcess(iterations, warmup);
  console.log(line("bpkit (in-process connector)", bpkit));
  if (!skipWasm) {
    try {
      const wasm = await wasmInProcess(iterations, warmup);
      console.log(line("buttplug-wasm 2.0.1 (reference)", wasm));
      console.log(
        `  bpkit is faster by: p50 ${times(wasm.p50, bpkit.p50)}, mean ${times(wasm.mean, bpkit.mean)}, p99 ${times(wasm.p99, bpkit.p99)}  (reference time / bpkit time)`,
      );
    } catch (err) {
      console.log(`  buttplug-wasm: not measured (${errorText(err)})`);
    }
  }

  console.log("\n(b) websocket loopback StopCmd, raw v4 client, 127.0.0.1:");
  const ws = await websocketLoopback(iterations, warmup);
  console.log(line("bpkit (ws)", ws));
  console.log(`  p99 ${ws.p99 < 1000 ? "under" : "OVER"} 1 ms (${us(ws.p99)})`);

  const commands = 100_000;
  console.log(
    `\n(c) server CPU per command, ${commands} pipelined OutputCmds over the websocket (client in another process):`,
  );
  const { alone, watched } = await dashboardOverhead(commands);
  console.log(`  ${"no viewer".padEnd(34)} ${us(alone).padStart(11)} CPU per command`);
  console.log(`  ${"dashboard viewer on /events".padEnd(34)} ${us(watched).padStart(11)} CPU per command`);
  const extra = (watched / alone - 1) * 100;
  console.log(
    `  watching costs ${extra.toFixed(1)}% more (goal: at most 10%) — ${extra <= 10 ? "within" : "OVER"} the goal`,
  );

  console.log(
    `\n(d) ${commands} pipelined OutputCmds: bpkit against a minimal ws + JSON server answering Ok (each server alone in a child process):`,
  );
  const load = await loadRatios(commands);
  const mib = (kb: number) => `${(kb / 1024).toFixed(1)} MiB`;
  console.log(
    `  ${"minimal ws + JSON Ok server".padEnd(34)} ${us(load.baseline.cpu).padStart(11)} CPU per command, peak RSS ${mib(load.baseline.rss)}`,
  );
  console.log(
    `  ${"bpkit".padEnd(34)} ${us(load.bpkit.cpu).padStart(11)} CPU per command, peak RSS ${mib(load.bpkit.rss)}`,
  );
  const cpuRatio = load.bpkit.cpu / load.baseline.cpu;
  const rssRatio = load.bpkit.rss / load.baseline.rss;
  console.log(
    `  CPU per command ratio ${cpuRatio.toFixed(2)}× (goal ≤ 2×) — ${cpuRatio <= 2 ? "within" : "OVER"} the goal`,
  );
  console.log(`  peak RSS ratio ${rssRatio.toFixed(2)}× (goal ≤ 2×) — ${rssRatio <= 2 ? "within" : "OVER"} the goal`);
  return 0;
}
