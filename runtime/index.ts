/**
 * bpkit's public API (`import … from "bpkit"`). The parts, each as a namespace so their names
 * never collide, plus the names most programs start from at the top level:
 *
 *   client    — a v4 client API that also speaks v3/v2 servers (ButtplugClient, connectors)
 *   server    — sessions for spec v0–v4 clients, device manager, in-memory test device
 *   transport — websocket server/client, in-process pair, connector for the official JS client
 *   hardware  — device config, protocols, comm managers (BLE, device websocket, simulated)
 *   validate  — streaming validation of logged sessions
 *
 * Message types, validators and the registry are in "bpkit/generated".
 */
export * as client from "./client";
export * as server from "./server";
export * as transport from "./transport";
export * as hardware from "./hardware";
export * as deviceConfig from "./hardware/config";
export * as validate from "./validate";

export { ButtplugError, ErrorCode } from "./errors";
export { Logger, silentLogger, type LogLevel } from "./log";
export { ButtplugClient, WebsocketConnector, InProcessConnector } from "./client";
export { ButtplugServer } from "./server";
export { WebsocketServerTransport, createInProcessPair, ButtplugJsConnector } from "./transport";
export { createDeviceSources, DEFAULT_HARDWARE_OPTIONS, type HardwareOptions } from "./hardware";
export { loadDeviceConfig } from "./hardware/config";
export { validateLog } from "./validate";
