/**
 * The reference server compiled to WebAssembly (npm buttplug-wasm@2.0.1, buttplug 7.1.5) through
 * `bpkit conform`'s server checks, its results recorded: reference/run-reference.ts runs the suite
 * in a child process (the package is an ES module with top-level await and needs browser globals)
 * and prints the report. The README's known-results table lists the failures pinned here; a
 * change in them means the suite or its reading of the reference changed.
 */
import * as path from "node:path";
import type { CheckResult, ServerRunReport } from "../../runtime/conform";
import { runWasmChild } from "../client/wasm/run-child";

let report: ServerRunReport;

beforeAll(async () => {
  report = await runWasmChild<ServerRunReport>(path.join(__dirname, "reference", "run-reference.ts"), 150000);
}, 180000);

type Statuses = Partial<Record<0 | 1 | 2 | 3 | 4, CheckResult["status"]>>;

/** What the reference gets, per check and version (v4: its handshake panics, so nothing runs there). */
const KNOWN: Record<string, Statuses> = {
  "handshake.server-info": { 0: "fail", 1: "fail", 2: "pass", 3: "pass", 4: "fail" },
  "handshake.newer-client": { 3: "fail" },
  "handshake.first": { 0: "fail", 1: "fail", 2: "fail", 3: "fail", 4: "skip" },
  "id.echo": { 0: "fail", 1: "fail", 2: "pass", 3: "pass", 4: "skip" },
  "error.bad-json": { 0: "fail", 1: "fail", 2: "fail", 3: "fail", 4: "skip" },
  "error.unknown-message": { 0: "fail", 1: "fail", 2: "fail", 3: "fail", 4: "skip" },
  "error.other-version": { 0: "fail", 1: "fail", 2: "fail", 3: "fail", 4: "skip" },
  "error.bad-id": { 0: "fail", 1: "fail", 2: "fail", 3: "fail", 4: "skip" },
  "error.zero-id": { 0: "fail", 1: "fail", 2: "fail", 3: "fail", 4: "skip" },
  "error.out-of-range": { 0: "skip", 1: "skip", 2: "skip", 3: "fail", 4: "skip" },
  "error.unknown-device": { 0: "fail", 1: "fail", 2: "fail", 3: "fail", 4: "skip" },
  "error.wrong-feature": { 0: "skip", 1: "skip", 2: "skip", 3: "fail", 4: "skip" },
  "ping.ok": { 0: "fail", 1: "fail", 2: "fail", 3: "fail", 4: "skip" },
  "ping.timeout": { 0: "skip", 1: "skip", 2: "skip", 3: "skip", 4: "skip" },
  "devices.list": { 0: "fail", 1: "fail", 2: "pass", 3: "pass", 4: "skip" },
  scanning: { 0: "fail", 1: "fail", 2: "fail", 3: "pass", 4: "skip" },
  "stop.device": { 0: "skip", 1: "skip", 2: "skip", 3: "pass", 4: "skip" },
  "stop.all": { 0: "fail", 1: "fail", 2: "fail", 3: "pass", 4: "skip" },
  "battery.read": { 2: "fail", 3: "fail", 4: "skip" },
  "session.disconnect": { 4: "skip" },
  "session.close": { 0: "skip", 1: "skip", 2: "skip", 3: "skip", 4: "skip" },
  "device.vibrate-bytes": { 0: "skip", 1: "skip", 2: "skip", 3: "skip", 4: "skip" },
  "device.linear-bytes": { 1: "skip", 2: "skip", 3: "skip", 4: "skip" },
};

const reason = (check: string, version: number) =>
  report.results.find((r) => r.check === check && r.version === version)?.reason ?? "";

test("versions: v0–v3 accepted; v4 panics instead of an Error", () => {
  expect(report.versions.accepted).toEqual([0, 1, 2, 3]);
  expect(report.versions.broken).toEqual({ 4: expect.stringMatching(/crashed: .*JSON Schema Validation/) });
});

test("every check's result matches the recorded known results", () => {
  const seen: Record<string, Statuses> = {};
  for (const r of report.results) {
    seen[r.check] ??= {};
    seen[r.check][r.version as 0 | 1 | 2 | 3 | 4] = r.status;
  }
  expect(seen).toEqual(KNOWN);
});

test("the failures say why, with the offending frame or the panic", () => {
  expect(reason("handshake.server-info", 0)).toMatch(/required property 'MajorVersion'.*"MessageVersion":0/);
  expect(reason("handshake.server-info", 1)).toMatch(/required property 'MajorVersion'.*"MessageVersion":1/);
  expect(reason("ping.ok", 3)).toMatch(/crashed: .*PingTimerNotRunning/);
  expect(reason("error.unknown-message", 3)).toMatch(/crashed: .*NotAButtplugMessage/);
  expect(reason("error.unknown-device", 3)).toMatch(/crashed: .*DeviceNotAvailable/);
  expect(reason("error.out-of-range", 3)).toMatch(/"Scalar":1\.5.*got \[\{"Ok":\{"Id":\d+\}\}\]/);
  expect(reason("error.wrong-feature", 3)).toMatch(/crashed: index out of bounds/);
  expect(reason("scanning", 2)).toMatch(/additional property 'ScalarCmd'.*DeviceAdded/);
  expect(reason("battery.read", 2)).toMatch(/crashed: .*BatteryLevelCmd/);
});
