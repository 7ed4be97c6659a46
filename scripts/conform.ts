/**
 * `bpkit conform`: run the conformance suite against a Buttplug server (server mode) or judge a
 * client that connects to a scripted server (client mode). Exit 0 all pass, 1 any fail, 2 usage.
 * The checks and the judging live in runtime/conform/; this file parses flags and prints.
 */
import { parseArgs } from "node:util";
import { SPEC_VERSIONS, isSpecVersion, type SpecVersion } from "../generated";
import { WebsocketConnector } from "../runtime/client";
import { attachDevices, detachDevices, exitStatus, formatTable, runServerChecks, type AttachedDevice, type CheckResult } from "../runtime/conform";

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
  --timeout <ms>               how long to wait for a reply (default 3000)
  --json                       print the results as JSON
  -h, --help                   this text

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

/** Run `bpkit conform`; resolves to the exit status. */
export async function run(argv: string[], out: { write(text: string): unknown } = process.stdout): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        spec: { type: "string" },
        "device-websocket": { type: "string" },
        timeout: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) return usageError(positionals.length ? `one server URL expected, got ${positionals.join(" ")}` : "name the server: bpkit conform ws://127.0.0.1:12345");
  const url = positionals[0]!;
  if (!/^wss?:\/\//.test(url)) return usageError(`the server must be a ws:// or wss:// URL, got "${url}"`);
  const versions = values.spec === undefined ? undefined : parseVersions(values.spec);
  if (values.spec !== undefined && !versions) return usageError(`--spec takes versions 0–4 as 3, 2,3 or 1..4; got "${values.spec}"`);
  const timeout = values.timeout === undefined ? 3000 : Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout <= 0) return usageError(`--timeout takes milliseconds, got "${values.timeout}"`);
  const deviceWebsocket = values["device-websocket"];
  if (deviceWebsocket !== undefined && !/^wss?:\/\//.test(deviceWebsocket)) return usageError(`--device-websocket must be a ws:// URL, got "${deviceWebsocket}"`);

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
      { ...(versions ? { versions } : {}), replyTimeoutMs: timeout },
    );
    results = report.results;
    if (values.json) out.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      const refused = Object.entries(report.versions.refused).map(([v, why]) => `v${v} (${why})`);
      out.write(`${url}: accepts ${report.versions.accepted.map((v) => `v${v}`).join(", ") || "no version"}${refused.length ? `; refuses ${refused.join(", ")}` : ""}\n\n`);
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
