/**
 * bpkit's own server passes every conformance check at every spec version: `bpkit conform` over the
 * websocket, with conform's simulated devices on the server's device websocket (so the
 * device-backed checks run too) and a small MaxPingTime (1 s: the ping-timeout check stays quick, and a loaded machine still pings in time).
 */
import { SERVER_CHECKS, type ServerRunReport } from "../../runtime/conform";
import { createDeviceSources, DEFAULT_HARDWARE_OPTIONS, WebsocketDeviceManager } from "../../runtime/hardware";
import { silentLogger } from "../../runtime/log";
import { run, parseVersions } from "../../scripts/conform";
import { parseServeArgs, startServe, type RunningServer } from "../../scripts/serve";

let running: RunningServer;
let deviceWebsocket: string;

beforeAll(async () => {
  const sources = await createDeviceSources(
    { ...DEFAULT_HARDWARE_OPTIONS, useBluetooth: false, useDeviceWebsocketServer: true, deviceWebsocketServerPort: 0 },
    silentLogger,
  );
  const wsdm = sources.find((s): s is WebsocketDeviceManager => s instanceof WebsocketDeviceManager)!;
  deviceWebsocket = `ws://127.0.0.1:${wsdm.port}`;
  running = await startServe(parseServeArgs(["--websocket-port", "0", "--max-ping-time", "1000", "--no-bluetooth"])!, {
    deviceSources: sources,
    log: silentLogger,
  });
});
afterAll(() => running.stop());

test("every check passes at every version, none skipped (bpkit conform ws://… --device-websocket … --json)", async () => {
  let text = "";
  const status = await run([`ws://127.0.0.1:${running.port}`, "--device-websocket", deviceWebsocket, "--json"], {
    write: (t: string) => (text += t),
  });
  const report = JSON.parse(text) as ServerRunReport;
  expect(report.versions).toEqual({ accepted: [0, 1, 2, 3, 4], refused: {}, broken: {} });
  expect(report.results.filter((r) => r.status !== "pass")).toEqual([]);
  const expected = SERVER_CHECKS.flatMap((c) =>
    (c.newestOnly ? [4] : (c.versions ?? [0, 1, 2, 3, 4])).map((v) => `${c.id} v${v}`),
  );
  expect(report.results.map((r) => `${r.check} v${r.version}`)).toEqual(expected);
  expect(status).toBe(0);
}, 90000);

test("usage errors exit 2 naming the problem", async () => {
  const errors: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((t) => {
    errors.push(String(t));
    return true;
  });
  try {
    expect(await run([])).toBe(2);
    expect(await run(["http://127.0.0.1:1"])).toBe(2);
    expect(await run(["ws://127.0.0.1:1", "--spec", "7"])).toBe(2);
    expect(await run(["ws://127.0.0.1:1", "--bogus"])).toBe(2);
    expect(await run(["ws://127.0.0.1:1", "--scan", "soon"])).toBe(2);
    expect(await run(["--client", "ws://127.0.0.1:1"])).toBe(2);
    expect(await run(["--client", "--port", "70000"])).toBe(2);
    expect(await run(["ws://127.0.0.1:1", "--jsn"])).toBe(2);
    expect(await run(["ws://127.0.0.1:1", "ws://127.0.0.1:2"])).toBe(2);
  } finally {
    spy.mockRestore();
  }
  // The wording of every bpkit command (scripts/args.ts): the command, the problem, where to look.
  expect(errors).toEqual([
    "bpkit conform: name the server: bpkit conform ws://127.0.0.1:12345\nRun `bpkit conform --help` for the options.\n",
    expect.stringMatching(/^bpkit conform: the server must be a ws:\/\/ or wss:\/\/ URL, got 'http:\/\/127.0.0.1:1'\n/),
    expect.stringMatching(/^bpkit conform: --spec: versions 0, 1, 2, 3, 4 as 3, 2,3 or 1..4, got '7'\n/),
    expect.stringMatching(/^bpkit conform: unknown option '--bogus'\n/),
    expect.stringMatching(/^bpkit conform: --scan: expected an integer, got 'soon'\n/),
    expect.stringMatching(/^bpkit conform: --client takes no server URL \(got 'ws:\/\/127.0.0.1:1'\)\n/),
    expect.stringMatching(/^bpkit conform: --port: 70000 is outside 0…65535\n/),
    expect.stringMatching(/^bpkit conform: unknown option '--jsn' \(did you mean --json\?\)\n/),
    expect.stringMatching(/^bpkit conform: unexpected extra argument 'ws:\/\/127.0.0.1:2'\n/),
  ]);
});

test("--spec takes one version, a list or a range", () => {
  expect(parseVersions("3")).toEqual([3]);
  expect(parseVersions("2,3")).toEqual([2, 3]);
  expect(parseVersions("1..4")).toEqual([1, 2, 3, 4]);
  expect(parseVersions("5")).toBeUndefined();
  expect(parseVersions("3..1")).toBeUndefined();
});
