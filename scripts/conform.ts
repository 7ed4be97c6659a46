/**
 * `bpkit conform`: run the conformance suite against a Buttplug server (server mode) or judge a
 * client that connects to a scripted server (client mode). Exit 0 all pass, 1 any fail, 2 usage.
 * The checks and the judging live in runtime/conform/; this file parses flags and prints.
 */
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { SPEC_VERSIONS, isSpecVersion, type SpecVersion } from "../generated";
import { WebsocketConnector } from "../runtime/client";
import {
  attachDevices,
  ClientConformanceSession,
  detachDevices,
  exitStatus,
  formatTable,
  runServerChecks,
  type AttachedDevice,
  type CheckResult,
} from "../runtime/conform";
import { WebsocketServerTransport } from "../runtime/transport";

const HELP = `Usage: bpkit conform ws://host:port [options]     check a server
       bpkit conform --client [options]           check a client

Server mode runs the conformance checks against a running Buttplug server, for every spec version
it accepts: handshake and version negotiation, ServerInfo per version, Id echo, Error codes (bad
JSON, unknown message, message of another version, bad Id, out-of-range value, unknown device,
wrong feature), Ping and MaxPingTime, device lists, stopping, scanning, battery, Disconnect (v4).
Every frame is also checked by the session checker of its version (as bpkit validate does).

Options (server mode):
  --spec <versions>            check only these versions: 3, 2,3 or 1..4 (default: all it accepts)
  --device-websocket <ws-url>  attach conform's simulated devices (Lovense Lush, WeVibe Sync, TCode
                               stroker) to the server's device websocket and check the bytes they get
  --scan <ms>                  a check that needs a device and finds none listed scans this long
                               first (servers whose devices appear only while scanning; default 0)
  --timeout <ms>               how long to wait for a reply (default 3000)
  --json                       print the results as JSON
  -h, --help                   this text

Client mode listens on a websocket for one client and plays a scripted server: a vibrator whose
first command fails (ERROR_DEVICE) and whose second is answered slowly, a stroker that arrives when
the client scans and leaves soon after, and a ping deadline. When the client disconnects (or time
is up) its traffic is judged: handshake first, Ids non-zero and never reused, valid messages,
pings kept, commands inside the advertised ranges, nothing sent to removed devices, and carrying on
after an Error.

Options (client mode):
  --client                     judge a client instead of a server
  --port <n>                   websocket port on 127.0.0.1 (default 12345)
  --max-ping-time <ms>         MaxPingTime the script announces (default 1000; 0 = none)
  --timeout <ms>               judge after this long even if the client stays (default 60000)
  --json                       print the results (and the recorded traffic) as JSON

Exit status: 0 every check passed (or was skipped), 1 a check failed, 2 usage error.`;

/** "3", "2,3", "1..4" → versions; undefined when not a version list. */
export function parseVersions(text: string): SpecVersion[] | undefined {
  const out = new Set<SpecVersion>();
  for (const part of text.split(",")) {
    const range = /^(\d+)\.\.(\d+)$/.exec(part.trim());
    const [lo, hi] = range ? [Number(range[1]), Number(range[2])] : [Number(part.trim()), Number(part.trim())];
    if (!isSpecVersion(lo) || !isSpecVersion(hi) || lo > hi || part.trim() === "") return undefined;
    for (const v of SPEC_VERSIONS) if (v >= lo && v <= hi) out.add(v);
  }
  return [...out].sort();
}

function usageError(message: string): number {
  process.stderr.write(`bpkit conform: ${message}\n\n${HELP}\n`);
  return 2;
}

/** bpkit conform's command line (throws on an unknown option). */
function parseConformArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      spec: { type: "string" },
      scan: { type: "string" },
      client: { type: "boolean", default: false },
      port: { type: "string" },
      "max-ping-time": { type: "string" },
      "device-websocket": { type: "string" },
      timeout: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

/** Run `bpkit conform`; resolves to the exit status. */
export async function run(argv: string[], out: { write(text: string): unknown } = process.stdout): Promise<number> {
  let parsed: ReturnType<typeof parseConformArgs>;
  try {
    parsed = parseConformArgs(argv);
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(`${HELP}\n`);
    return 0;
  }
  if (values.client) {
    if (positionals.length) return usageError(`--client takes no server URL (got ${positionals.join(" ")})`);
    return runClientMode(values, out);
  }
  if (positionals.length !== 1)
    return usageError(
      positionals.length
        ? `one server URL expected, got ${positionals.join(" ")}`
        : "name the server: bpkit conform ws://127.0.0.1:12345",
    );
  const url = positionals[0]!;
  if (!/^wss?:\/\//.test(url)) return usageError(`the server must be a ws:// or wss:// URL, got "${url}"`);
  const versions = values.spec === undefined ? undefined : parseVersions(values.spec);
  if (values.spec !== undefined && !versions)
    return usageError(`--spec takes versions 0–4 as 3, 2,3 or 1..4; got "${values.spec}"`);
  const timeout = values.timeout === undefined ? 3000 : Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout <= 0)
    return usageError(`--timeout takes milliseconds, got "${values.timeout}"`);
  const scanForDevicesMs = integerOption(values.scan, 0, 0, 2147483647);
  if (scanForDevicesMs === undefined) return usageError(`--scan takes milliseconds, got "${values.scan}"`);
  const deviceWebsocket = values["device-websocket"];
  if (deviceWebsocket !== undefined && !/^wss?:\/\//.test(deviceWebsocket))
    return usageError(`--device-websocket must be a ws:// URL, got "${deviceWebsocket}"`);

  let attached: AttachedDevice[] | undefined;
  try {
    if (deviceWebsocket) attached = await attachDevices(deviceWebsocket);
  } catch (error) {
    process.stderr.write(`bpkit conform: ${(error as Error).message}\n`);
    return 1;
  }
  let results: CheckResult[];
  try {
    const report = await runServerChecks(
      { connector: new WebsocketConnector(url, { implementation: "ws" }), ...(attached ? { attached } : {}) },
      { ...(versions ? { versions } : {}), replyTimeoutMs: timeout, scanForDevicesMs },
    );
    results = report.results;
    if (values.json) out.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      const refused = Object.entries(report.versions.refused).map(([v, why]) => `v${v} (${why})`);
      out.write(
        `${url}: accepts ${report.versions.accepted.map((v) => `v${v}`).join(", ") || "no version"}${refused.length ? `; refuses ${refused.join(", ")}` : ""}\n\n`,
      );
      out.write(`${formatTable(results)}\n`);
    }
  } catch (error) {
    process.stderr.write(`bpkit conform: ${(error as Error).message}\n`);
    return 1;
  } finally {
    if (attached) await detachDevices(attached);
  }
  return exitStatus(results);
}

/** A non-negative integer option, or undefined when it is not one. */
function integerOption(text: string | undefined, fallback: number, min: number, max: number): number | undefined {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

async function runClientMode(
  values: { port?: string; "max-ping-time"?: string; timeout?: string; json?: boolean },
  out: { write(text: string): unknown },
): Promise<number> {
  const port = integerOption(values.port, 12345, 0, 65535);
  if (port === undefined) return usageError(`--port takes a port number 0–65535, got "${values.port}"`);
  const maxPingTime = integerOption(values["max-ping-time"], 1000, 0, 4294967295);
  if (maxPingTime === undefined)
    return usageError(`--max-ping-time takes milliseconds, got "${values["max-ping-time"]}"`);
  const timeoutMs = integerOption(values.timeout, 60000, 1, 2147483647);
  if (timeoutMs === undefined) return usageError(`--timeout takes milliseconds, got "${values.timeout}"`);

  const session = new ClientConformanceSession({ maxPingTime, timeoutMs });
  const transport = new WebsocketServerTransport({ port });
  transport.on("connection", (connection) => session.accept(connection));
  let address: AddressInfo;
  try {
    address = await transport.listen();
  } catch (error) {
    process.stderr.write(`bpkit conform: cannot listen on 127.0.0.1:${port}: ${(error as Error).message}\n`);
    session.stop("not listening");
    await session.done;
    return 1;
  }
  process.stderr.write(
    `bpkit conform: waiting for a client on ws://${address.address}:${address.port} (judged when it disconnects, or after ${timeoutMs} ms)\n`,
  );
  const onSignal = () => session.stop("interrupted");
  process.once("SIGINT", onSignal);
  const report = await session.done;
  process.off("SIGINT", onSignal);
  await transport.close();
  if (values.json) out.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    out.write(
      `client ${JSON.stringify(report.clientName ?? "?")}, spec ${report.version === null ? "unknown" : `v${report.version}`}; ${report.ended}\n\n`,
    );
    out.write(`${formatTable(report.results)}\n`);
  }
  return exitStatus(report.results);
}
