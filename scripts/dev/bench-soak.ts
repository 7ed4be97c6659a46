/**
 * `npm run bench:soak`: a long run at a steady load — D devices (default 100), each sent R commands
 * a second (default 50) for S seconds (default 600) over the websocket, one command per frame; one
 * command a second per device is a StopCmd. Prints the server's RSS early in the run against the end
 * (second minute against last minute; for runs under 3 minutes, second tenth against last tenth) and
 * whether every stop reached its device. The server runs alone in a child process.
 */
import { WebSocket } from "ws";
import { type CommandSpec, integerFlag, parseOrExit, positiveNumberFlag } from "../args";
import { benchReport, startBenchServer } from "./bench-load";

export const BENCH_SOAK_COMMAND: CommandSpec = {
  command: "dev bench-soak",
  description: `Soak the server (alone in a child process): D devices × R commands a second for S seconds over the
websocket; prints its RSS early in the run against the end, and whether every stop reached its device.`,
  flags: [
    { name: "duration", value: "seconds", help: "how long (default 600, at least 10)" },
    { name: "devices", value: "n", help: "simulated devices (default 100)" },
    {
      name: "rate",
      value: "per-second",
      help: "commands a second per device, one of them a StopCmd (default 50, at most 1000)",
    },
  ],
};

export async function run(argv: string[]): Promise<number> {
  const options = parseOrExit(BENCH_SOAK_COMMAND, argv, (parsed) => ({
    seconds: integerFlag(parsed, "duration", 600, 10, 86_400),
    devices: integerFlag(parsed, "devices", 100, 1, 100_000),
    rate: positiveNumberFlag(parsed, "rate", 50, 1000),
  }));
  if (typeof options === "number") return options;
  const { seconds, devices, rate } = options;
  console.log(
    `bench:soak — ${devices} devices × ${rate} commands/s for ${seconds} s (one StopCmd per device a second)`,
  );
  const { child, port } = await startBenchServer("bpkit", devices);
  const ws = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  let answered = 0;
  let errors = 0;
  const stopIds = new Set<number>();
  let stopsOk = 0;
  ws.on("message", (data) => {
    for (const message of JSON.parse(data.toString()) as Array<Record<string, { Id: number }>>) {
      const [name, body] = Object.entries(message)[0];
      if (body.Id <= 1) continue; // events, and the handshake's ServerInfo
      answered++;
      if (name === "Error") errors++;
      else if (stopIds.delete(body.Id)) stopsOk++;
    }
  });
  ws.send(
    JSON.stringify([
      { RequestServerInfo: { Id: 1, ClientName: "soak", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
    ]),
  );
  let id = 1;
  let sent = 0;
  let stopsSent = 0;
  const tickMs = 20;
  let tick = 0;
  const start = Date.now();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (Date.now() - start >= seconds * 1000) {
        clearInterval(timer);
        return resolve();
      }
      tick++;
      // By the clock, not by ticks: a late timer sends what it owes.
      const owed = Math.floor(((Date.now() - start) / 1000) * rate * devices) - sent;
      for (let i = 0; i < owed; i++) {
        const device = sent % devices;
        const round = Math.floor(sent / devices);
        // Once a second per device (every `rate`-th round) a stop, else a changing level.
        const stop = round % Math.max(1, Math.round(rate)) === rate - 1;
        const message = stop
          ? { StopCmd: { Id: ++id, DeviceIndex: device } }
          : {
              OutputCmd: {
                Id: ++id,
                DeviceIndex: device,
                FeatureIndex: round % 2,
                Command: { Vibrate: { Value: (round % 20) + 1 } },
              },
            };
        if (stop) {
          stopIds.add(id);
          stopsSent++;
        }
        ws.send(JSON.stringify([message]));
        sent++;
      }
      if (tick % Math.round(60_000 / tickMs) === 0)
        console.log(`  ${Math.round((Date.now() - start) / 1000)} s: ${sent} sent, ${answered} answered`);
    }, tickMs);
  });
  // Let the last replies arrive before asking the server for its figures.
  const deadline = Date.now() + 10_000;
  while (answered < sent && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const report = await benchReport(child);
  ws.terminate();
  const samples = report.rssSamples;
  const long = seconds >= 180;
  const window = long ? 60 : Math.max(1, Math.floor(samples.length / 10));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const early = mean(samples.slice(window, 2 * window));
  const late = mean(samples.slice(-window));
  const mib = (b: number) => `${(b / 1048576).toFixed(1)} MiB`;
  const growth = (late / early - 1) * 100;
  console.log(`  commands: ${sent} sent, ${answered} answered (${errors} Error), ${(sent / seconds) | 0} per second`);
  console.log(
    `  RSS ${long ? "second minute" : "second tenth"} ${mib(early)}, ${long ? "last minute" : "last tenth"} ${mib(late)}: ${growth >= 0 ? "+" : ""}${growth.toFixed(1)}% (goal: within 10%) — ${Math.abs(growth) <= 10 ? "within" : "OVER"} the goal`,
  );
  console.log(
    `  stops: ${stopsSent} sent, ${stopsOk} answered Ok, ${report.stops} reached a device — ${report.stops >= stopsSent && stopsOk === stopsSent ? "every stop delivered" : "STOPS MISSING"}`,
  );
  return 0;
}
