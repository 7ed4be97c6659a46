/**
 * What watching costs the server (part of `npm run bench:server`): N pipelined OutputCmds over
 * the websocket, server CPU per command with no viewer and with a dashboard viewer subscribed to
 * the event stream. The client and the viewer run in a child process, so this process's CPU
 * time (process.cpuUsage) is the server's alone. Runs alternate (none, viewer, none, viewer) and
 * the best of each is kept, so a burst of load elsewhere hurts neither side alone.
 */
import { spawn } from "node:child_process";
import { Dashboard } from "../../runtime/dashboard/dashboard";
import { silentLogger } from "../../runtime/log";
import { benchServer } from "./bench-kit";
import { WebsocketServerTransport } from "../../runtime/transport";
import { PACKAGE_ROOT } from "../paths";

const ROOT = PACKAGE_ROOT;

/**
 * The child: optionally a viewer on /events (reading every update), then a v4 client sending
 * `count` OutputCmds without waiting, exiting once every reply is in (also bench-load's client).
 */
export const CLIENT = `
const WebSocket = require("ws");
const [port, count, watch] = process.argv.slice(1).map(Number);
const start = () => {
  const ws = new WebSocket("ws://127.0.0.1:" + port);
  let replies = 0;
  ws.on("open", () => ws.send(JSON.stringify([{ RequestServerInfo: { Id: 1, ClientName: "bench", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } }])));
  ws.on("message", (data) => {
    const first = replies === 0;
    replies += JSON.parse(data.toString()).length;
    if (first) {
      for (let i = 0; i < count; i++) {
        ws.send(JSON.stringify([{ OutputCmd: { Id: i + 2, DeviceIndex: 0, FeatureIndex: i % 2, Command: { Vibrate: { Value: (i % 20) + 1 } } } }]));
      }
      return;
    }
    if (replies >= count + 1) process.exit(0);
  });
};
if (watch) {
  const viewer = new WebSocket("ws://127.0.0.1:" + port + "/events");
  viewer.once("message", start);
  viewer.on("message", () => {});
} else start();
`;

/** Server CPU microseconds per command for one run. */
async function oneRun(count: number, watch: boolean): Promise<number> {
  const server = benchServer();
  await server.devices.startScanning();
  const dashboard = new Dashboard({
    server,
    log: silentLogger,
    serverState: () => ({
      name: "bpkit bench",
      version: "bench",
      spec_versions: [4],
      started_at: Date.now(),
      max_ping_time: 0,
      flags: {},
    }),
  });
  const transport = new WebsocketServerTransport({
    port: 0,
    onUpgrade: (request, socket, head) => dashboard.handleUpgrade(request, socket, head),
  });
  transport.on("connection", (c) => server.connect(c));
  const { port } = await transport.listen();
  let started: NodeJS.CpuUsage | undefined;
  server.on("session", (session) =>
    session.on("frame", (dir) => {
      if (dir === "c2s" && !started) started = process.cpuUsage();
    }),
  );
  const child = spawn(process.execPath, ["-e", CLIENT, String(port), String(count), watch ? "1" : "0"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  // The client exits once every reply is in (replies share frames, so frames are not counted here).
  const used = started && process.cpuUsage(started);
  await dashboard.close();
  await server.shutdown();
  await transport.close();
  if (code !== 0 || !used) throw new Error(`bench client exited with ${code}`);
  return (used.user + used.system) / count;
}

/** Server CPU per command without and with a viewer (best of `rounds` alternating runs each). */
export async function dashboardOverhead(count: number, rounds = 2): Promise<{ alone: number; watched: number }> {
  let alone = Infinity;
  let watched = Infinity;
  // Warm the JIT on both paths first; the first run of anything is slower.
  await oneRun(Math.min(count, 10_000), true);
  for (let i = 0; i < rounds; i++) {
    alone = Math.min(alone, await oneRun(count, false));
    watched = Math.min(watched, await oneRun(count, true));
  }
  return { alone, watched };
}
