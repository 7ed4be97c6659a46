/**
 * `bpkit conform`: a conformance suite any Buttplug server or client can be run against. Server
 * mode runs data-driven checks (server-checks.ts) over a connector; client mode
 * (client-mode.ts) scripts a server and judges the client's traffic.
 */
export { attachDevices, detachDevices, CONFORM_DEVICES, type AttachedDevice } from "./attached-devices";
export { Probe, type TrafficRecord } from "./probe";
export { SERVER_CHECKS, type ServerCheck, type Step, type Expect, type Need } from "./server-checks";
export {
  probeVersions,
  runServerChecks,
  type ServerRunOptions,
  type ServerRunReport,
  type ServerTarget,
  type VersionSupport,
} from "./run-server";
export { exitStatus, formatTable, summarize, type CheckResult, type CheckStatus, type Summary } from "./report";
export {
  ClientConformanceSession,
  CLIENT_RULES,
  type ClientRule,
  type ClientRunReport,
  type ClientScriptOptions,
} from "./client-mode";
