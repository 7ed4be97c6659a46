/**
 * Server cost under load (part of `npm run bench:server`): N pipelined OutputCmds over the
 * websocket, against bpkit's server and against a minimal ws + JSON server that answers every
 * message with Ok, measured in the same run. Each server runs alone in a child process (so its CPU
 * time and peak RSS are its own), the client in another; each server is warmed up with a first,
 * unmeasured client. Prints CPU per command and peak RSS of both and their ratios (goal ≤ 2×).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { WebSocketServer } from "ws";
import { benchServer, benchVibrator } from "./bench-kit";
import { WebsocketServerTransport } from "../../runtime/transport";
import { CLIENT } from "./bench-dashboard";
import { PACKAGE_ROOT } from "../paths";

const ROOT = PACKAGE_ROOT;
const BIN = join(ROOT, "bin", "bpkit.js");

export type LoadServer = "bpkit" | "baseline";

/** Worker side: serve on a free port, print it; on "mark" start measuring, on "report" print the figures. */
export async function serveForBench(kind: LoadServer, deviceCount = 1): Promise<void> {
  let port: number;
  /** RSS once a second (bytes), and the stops the devices received, for bench:soak. */
  const rssSamples: number[] = [];
  let stops = () => 0;
  setInterval(() => rssSamples.push(process.memoryUsage.rss()), 1000).unref();
  if (kind === "bpkit") {
    const devices = Array.from({ length: deviceCount }, (_, i) => benchVibrator(`bench/${i}`));
    // TestDevice records every command; count the stops and forget the rest, so a long soak
    // measures the server's memory, not the record's.
    let stopsBefore = 0;
    stops = () => stopsBefore + devices.reduce((n, d) => n + d.stops.length, 0);
    setInterval(() => {
      stopsBefore = stops();
      for (const d of devices) d.commands.length = 0;
    }, 1000).unref();
    const server = benchServer(devices);
    await server.devices.startScanning();
    const transport = new WebsocketServerTransport({ port: 0 });
    transport.on("connection", (c) => server.connect(c));
    port = (await transport.listen()).port;
  } else {
    // The baseline: parse each frame, answer each message with Ok, one frame per frame.
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false });
    await new Promise((resolve) => server.once("listening", resolve));
    server.on("connection", (socket) =>
      socket.on("message", (data) => {
        const messages = JSON.parse(data.toString()) as Array<Record<string, { Id: number }>>;
        socket.send(JSON.stringify(messages.map((m) => ({ Ok: { Id: Object.values(m)[0].Id } }))));
      }),
    );
    port = (server.address() as { port: number }).port;
  }
  let started = process.cpuUsage();
  console.log(`PORT ${port}`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === "mark") started = process.cpuUsage();
    if (line === "report") {
      const used = process.cpuUsage(started);
      const report = {
        cpuUs: used.user + used.system,
        maxRssKb: process.resourceUsage().maxRSS,
        rssSamples,
        stops: stops(),
      };
      console.log(`REPORT ${JSON.stringify(report)}`);
      process.exit(0);
    }
  }
}

export function nextLine(child: ChildProcess, prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (!line.startsWith(prefix)) return;
      lines.close();
      resolve(line.slice(prefix.length));
    });
    child.once("exit", (code) => reject(new Error(`bench server exited (${code}) before "${prefix.trim()}"`)));
  });
}

async function runClient(port: number, count: number): Promise<void> {
  const client = spawn(process.execPath, ["-e", CLIENT, String(port), String(count), "0"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  const code = await new Promise<number | null>((resolve) => client.on("exit", resolve));
  if (code !== 0) throw new Error(`bench client exited with ${code}`);
}

/** Start a bench server child (`bpkit dev bench-server --serve`); resolves with it and its port. */
export async function startBenchServer(kind: LoadServer, devices = 1): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [BIN, "dev", "bench-server", "--serve", kind, "--devices", String(devices)], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const port = Number(await nextLine(child, "PORT "));
  return { child, port };
}

/** Ask a bench server child for its figures; it exits after answering. */
export async function benchReport(
  child: ChildProcess,
): Promise<{ cpuUs: number; maxRssKb: number; rssSamples: number[]; stops: number }> {
  const report = nextLine(child, "REPORT ");
  child.stdin!.write("report\n");
  return JSON.parse(await report);
}

/** CPU µs per command and peak RSS (KiB) of one server kind. */
export async function measureServer(
  kind: LoadServer,
  count: number,
): Promise<{ cpuPerCommandUs: number; maxRssKb: number }> {
  const { child: server, port } = await startBenchServer(kind);
  try {
    await runClient(port, Math.min(count, 20_000)); // warm-up, unmeasured
    server.stdin!.write("mark\n");
    await runClient(port, count);
    const { cpuUs, maxRssKb } = await benchReport(server);
    return { cpuPerCommandUs: cpuUs / count, maxRssKb };
  } finally {
    server.kill();
  }
}

/** bpkit against the minimal server, best of `rounds` alternating runs for CPU, largest peak RSS. */
export async function loadRatios(count: number, rounds = 2) {
  const best = { bpkit: { cpu: Infinity, rss: 0 }, baseline: { cpu: Infinity, rss: 0 } };
  for (let i = 0; i < rounds; i++) {
    for (const kind of ["baseline", "bpkit"] as const) {
      const r = await measureServer(kind, count);
      best[kind].cpu = Math.min(best[kind].cpu, r.cpuPerCommandUs);
      best[kind].rss = Math.max(best[kind].rss, r.maxRssKb);
    }
  }
  return best;
}
