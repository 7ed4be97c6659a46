/**
 * `bpkit conform`: run the conformance suite against a Buttplug server (server mode) or judge a
 * client that connects to a scripted server (client mode). Exit 0 all pass, 1 any fail, 2 usage.
 * The checks and the judging live in runtime/conform/; this file parses flags and prints.
 */
import type { AddressInfo } from "node:net";
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
import {
  type CommandSpec,
  flagSection,
  integerFlag,
  type Parsed,
  parseOrExit,
  stringFlag,
  switchFlag,
  UsageError,
} from "./args";
import { errorText } from "../runtime/errors";

export const CONFORM_COMMAND: CommandSpec = {
  command: "conform",
  operands: "ws://host:port | --client",
  description: `Server mode (bpkit conform ws://host:port) runs the conformance checks against a running Buttplug
server, for every spec version it accepts: handshake and version negotiation, ServerInfo per version,
Id echo, Error codes (bad JSON, unknown message, message of another version, bad Id, out-of-range
value, unknown device, wrong feature), Ping and MaxPingTime, device lists, stopping, scanning,
battery, Disconnect (v4). Every frame is also checked by the session checker of its version (as
bpkit validate does).

Client mode (bpkit conform --client) listens on a websocket for one client and plays a scripted
server: a vibrator whose first command fails (ERROR_DEVICE) and whose second is answered slowly, a
stroker that arrives when the client scans and leaves soon after, and a ping deadline. When the
client disconnects (or time is up) its traffic is judged: handshake first, Ids non-zero and never
reused, valid messages, pings kept, commands inside the advertised ranges, nothing sent to removed
devices, and carrying on after an Error.`,
  maxPositionals: 1,
  flags: [
    ...flagSection("Server mode", [
      { name: "spec", value: "versions", help: "check only these versions: 3, 2,3 or 1..4 (default: all it accepts)" },
      {
        name: "device-websocket",
        value: "ws-url",
        help: "attach conform's simulated devices (Lovense Lush, WeVibe Sync, TCode stroker)\nto the server's device websocket and check the bytes they get",
      },
      {
        name: "scan",
        value: "ms",
        help: "a check that needs a device and finds none listed scans this long first\n(servers whose devices appear only while scanning; default 0)",
      },
    ]),
    ...flagSection("Client mode", [
      { name: "client", help: "judge a client instead of a server" },
      { name: "port", value: "n", help: "websocket port on 127.0.0.1 (default 12345)" },
      { name: "max-ping-time", value: "ms", help: "MaxPingTime the script announces (default 1000; 0 = none)" },
    ]),
    ...flagSection("Both modes", [
      {
        name: "timeout",
        value: "ms",
        help: "server mode: how long to wait for a reply (default 3000);\nclient mode: judge after this long even if the client stays (default 60000)",
      },
      { name: "json", help: "print the results as JSON (client mode: with the recorded traffic)" },
    ]),
  ],
  footer: "Exit status: 0 every check passed (or was skipped), 1 a check failed, 2 usage error.",
};

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

/** What the command line asks conform to do. */
type ConformOptions =
  | {
      mode: "server";
      url: string;
      versions: SpecVersion[] | undefined;
      timeout: number;
      scanForDevicesMs: number;
      deviceWebsocket: string | undefined;
      json: boolean;
    }
  | { mode: "client"; port: number; maxPingTime: number; timeoutMs: number; json: boolean };

/** setTimeout's largest delay. */
const MAX_TIMER_MS = 2147483647;

function readConformOptions(parsed: Parsed): ConformOptions {
  const json = switchFlag(parsed, "json");
  if (switchFlag(parsed, "client")) {
    if (parsed.positionals.length)
      throw new UsageError(`--client takes no server URL (got '${parsed.positionals.join(" ")}')`);
    return {
      mode: "client",
      port: integerFlag(parsed, "port", 12345, 0, 65535),
      maxPingTime: integerFlag(parsed, "max-ping-time", 1000, 0, 4294967295),
      timeoutMs: integerFlag(parsed, "timeout", 60000, 1, MAX_TIMER_MS),
      json,
    };
  }
  const url = parsed.positionals[0];
  if (url === undefined) throw new UsageError("name the server: bpkit conform ws://127.0.0.1:12345");
  if (!/^wss?:\/\//.test(url)) throw new UsageError(`the server must be a ws:// or wss:// URL, got '${url}'`);
  const spec = stringFlag(parsed, "spec");
  const versions = spec === undefined ? undefined : parseVersions(spec);
  if (spec !== undefined && !versions)
    throw new UsageError(`--spec: versions ${SPEC_VERSIONS.join(", ")} as 3, 2,3 or 1..4, got '${spec}'`);
  const deviceWebsocket = stringFlag(parsed, "device-websocket");
  if (deviceWebsocket !== undefined && !/^wss?:\/\//.test(deviceWebsocket))
    throw new UsageError(`--device-websocket: a ws:// URL, got '${deviceWebsocket}'`);
  return {
    mode: "server",
    url,
    versions,
    timeout: integerFlag(parsed, "timeout", 3000, 1, MAX_TIMER_MS),
    scanForDevicesMs: integerFlag(parsed, "scan", 0, 0, MAX_TIMER_MS),
    deviceWebsocket,
    json,
  };
}

/** Run `bpkit conform`; resolves to the exit status. */
export async function run(argv: string[], out: { write(text: string): unknown } = process.stdout): Promise<number> {
  const options = parseOrExit(CONFORM_COMMAND, argv, readConformOptions);
  if (typeof options === "number") return options;
  return options.mode === "client" ? runClientMode(options, out) : runServerMode(options, out);
}

async function runServerMode(
  { url, versions, timeout, scanForDevicesMs, deviceWebsocket, json }: ConformOptions & { mode: "server" },
  out: { write(text: string): unknown },
): Promise<number> {
  let attached: AttachedDevice[] | undefined;
  try {
    if (deviceWebsocket) attached = await attachDevices(deviceWebsocket);
  } catch (error) {
    process.stderr.write(`bpkit conform: ${errorText(error)}\n`);
    return 1;
  }
  let results: CheckResult[];
  try {
    const report = await runServerChecks(
      { connector: new WebsocketConnector(url, { implementation: "ws" }), ...(attached ? { attached } : {}) },
      { ...(versions ? { versions } : {}), replyTimeoutMs: timeout, scanForDevicesMs },
    );
    results = report.results;
    if (json) out.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      const refused = Object.entries(report.versions.refused).map(([v, why]) => `v${v} (${why})`);
      out.write(
        `${url}: accepts ${report.versions.accepted.map((v) => `v${v}`).join(", ") || "no version"}${refused.length ? `; refuses ${refused.join(", ")}` : ""}\n\n`,
      );
      out.write(`${formatTable(results)}\n`);
    }
  } catch (error) {
    process.stderr.write(`bpkit conform: ${errorText(error)}\n`);
    return 1;
  } finally {
    if (attached) await detachDevices(attached);
  }
  return exitStatus(results);
}

async function runClientMode(
  { port, maxPingTime, timeoutMs, json }: ConformOptions & { mode: "client" },
  out: { write(text: string): unknown },
): Promise<number> {
  const session = new ClientConformanceSession({ maxPingTime, timeoutMs });
  const transport = new WebsocketServerTransport({ port });
  transport.on("connection", (connection) => session.accept(connection));
  let address: AddressInfo;
  try {
    address = await transport.listen();
  } catch (error) {
    process.stderr.write(`bpkit conform: cannot listen on 127.0.0.1:${port}: ${errorText(error)}\n`);
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
  if (json) out.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    out.write(
      `client ${JSON.stringify(report.clientName ?? "?")}, spec ${report.version === null ? "unknown" : `v${report.version}`}; ${report.ended}\n\n`,
    );
    out.write(`${formatTable(report.results)}\n`);
  }
  return exitStatus(report.results);
}
