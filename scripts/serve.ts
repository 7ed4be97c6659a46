/**
 * `bpkit serve`: a Buttplug server on a websocket (127.0.0.1:12345 by default), with Intiface
 * Engine's flags. Devices come from runtime/hardware (BLE, device websocket server, simulated).
 * Every exit path (SIGINT, SIGTERM, SIGHUP, SIGQUIT, an uncaught exception or unhandled rejection)
 * stops every device before the process exits.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Dashboard } from "../runtime/dashboard/dashboard";
import { FileRecorder } from "../runtime/dashboard/recording";
import type { HardwareOptions } from "../runtime/hardware";
import { LOG_LEVELS, Logger, type LogLevel } from "../runtime/log";
import type { DeviceSource } from "../runtime/server/device";
import { ButtplugServer } from "../runtime/server/server";
import { DEFAULT_MAX_FRAME_SIZE } from "../runtime/transport/types";
import { DEFAULT_WEBSOCKET_PORT, WebsocketServerTransport } from "../runtime/transport/websocket-server";

/** Everything `bpkit serve` was asked to do. */
export interface ServeOptions {
  websocketPort: number;
  websocketUseAllInterfaces: boolean;
  serverName: string;
  maxPingTime: number;
  maxFrameSize: number;
  logLevel: LogLevel;
  allowRawMessages: boolean;
  /** Serve the dashboard page and /events on the websocket port (default true; --no-dashboard). */
  dashboard: boolean;
  /** Intiface's --frontend-websocket-port: the event stream alone on its own port. */
  frontendWebsocketPort?: number;
  /** --record FILE: append every session's frames as JSON Lines. */
  record?: string;
  /** --record-max-size: stop recording when the file reaches this many bytes. */
  recordMaxSize: number;
  hardware: HardwareOptions;
}

/** Default --record-max-size (bytes). */
export const DEFAULT_RECORD_MAX_SIZE = 100 * 1024 * 1024;

/** Marker for a bare `--simulate`: the hardware layer's default set of simulated devices. */
export const DEFAULT_SIMULATION = "default";

/** runtime/hardware's default, repeated so that --help and argument errors load no hardware code. */
const DEFAULT_DEVICE_WEBSOCKET_PORT = 54817;

export const usage = `Usage: bpkit serve [options]

Runs a Buttplug server (spec v0–v4) on a websocket. One client at a time.

Server:
  --websocket-port <port>            client websocket port (default ${DEFAULT_WEBSOCKET_PORT})
  --websocket-use-all-interfaces     listen on 0.0.0.0 instead of 127.0.0.1 (client and device websockets)
  --server-name <name>               ServerName sent to clients (default "bpkit")
  --max-ping-time <ms>               disconnect and stop devices when a client does not Ping in time (default 0: off)
  --max-frame-size <bytes>           largest frame answered normally (default ${DEFAULT_MAX_FRAME_SIZE})
  --allow-raw-messages               accept Raw*Cmd messages from spec v2/v3 clients (raw endpoint access)
  --log <level>                      ${LOG_LEVELS.join(" | ")} (default info; debug shows every frame and each
                                     command's effect on devices; trace adds every byte devices send)

Dashboard:
  --no-dashboard                     do not serve the web dashboard (http://127.0.0.1:<websocket port>/)
  --frontend-websocket-port <port>   also serve the event stream (docs/event-stream.md) on this port
  --record <file>                    append every session's frames to <file> as JSON Lines (bpkit validate reads it)
  --record-max-size <bytes>          stop recording when <file> reaches this size (default ${DEFAULT_RECORD_MAX_SIZE})

Hardware:
  --device-config-file <file>        official device configuration (default: the bundled one)
  --user-device-config-file <file>   user device configuration
  --use-device-websocket-server      accept devices on the device websocket server
  --device-websocket-server-port <p> device websocket port (default ${DEFAULT_DEVICE_WEBSOCKET_PORT})
  --simulate [devices]               attach simulated devices (comma-separated device or protocol names,
                                     see \`bpkit simulate --list\`; bare: the default set)
  --no-bluetooth                     do not use Bluetooth LE

  -h, --help                         show this help`;

/** A command-line mistake: printed with the usage hint, exit code 2. */
export class UsageError extends Error {}

function integer(flag: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`--${flag}: expected an integer, got '${text}'`);
  const value = Number(text);
  if (value < min || value > max) throw new UsageError(`--${flag}: ${value} is outside ${min}…${max}`);
  return value;
}

/** Parse `bpkit serve` arguments; throws UsageError on an unknown flag or a bad value. Undefined for --help. */
export function parseServeArgs(argv: string[]): ServeOptions | undefined {
  // `--simulate` may stand alone: give it the default-set value so parseArgs (strict) accepts it.
  const args = argv.flatMap((arg, i) =>
    arg === "--simulate" && (i + 1 >= argv.length || argv[i + 1].startsWith("-")) ? [`--simulate=${DEFAULT_SIMULATION}`] : [arg],
  );
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        "websocket-port": { type: "string" },
        "websocket-use-all-interfaces": { type: "boolean" },
        "server-name": { type: "string" },
        "max-ping-time": { type: "string" },
        "max-frame-size": { type: "string" },
        "allow-raw-messages": { type: "boolean" },
        log: { type: "string" },
        "device-config-file": { type: "string" },
        "user-device-config-file": { type: "string" },
        "use-device-websocket-server": { type: "boolean" },
        "device-websocket-server-port": { type: "string" },
        simulate: { type: "string" },
        "no-bluetooth": { type: "boolean" },
        "no-dashboard": { type: "boolean" },
        "frontend-websocket-port": { type: "string" },
        record: { type: "string" },
        "record-max-size": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (values.help) return undefined;
  const str = (name: string) => values[name] as string | undefined;
  const logLevel = (str("log") ?? "info") as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new UsageError(`--log: unknown level '${logLevel}' (one of ${LOG_LEVELS.join(", ")})`);
  const simulate = str("simulate");
  return {
    websocketPort: str("websocket-port") === undefined ? DEFAULT_WEBSOCKET_PORT : integer("websocket-port", str("websocket-port")!, 0, 65535),
    websocketUseAllInterfaces: values["websocket-use-all-interfaces"] === true,
    serverName: str("server-name") ?? "bpkit",
    maxPingTime: str("max-ping-time") === undefined ? 0 : integer("max-ping-time", str("max-ping-time")!, 0, 4294967295),
    maxFrameSize:
      str("max-frame-size") === undefined ? DEFAULT_MAX_FRAME_SIZE : integer("max-frame-size", str("max-frame-size")!, 64, 256 * 1024 * 1024),
    logLevel,
    allowRawMessages: values["allow-raw-messages"] === true,
    dashboard: values["no-dashboard"] !== true,
    frontendWebsocketPort:
      str("frontend-websocket-port") === undefined ? undefined : integer("frontend-websocket-port", str("frontend-websocket-port")!, 0, 65535),
    record: str("record"),
    recordMaxSize:
      str("record-max-size") === undefined ? DEFAULT_RECORD_MAX_SIZE : integer("record-max-size", str("record-max-size")!, 1024, Number.MAX_SAFE_INTEGER),
    hardware: {
      deviceConfigFile: str("device-config-file"),
      userDeviceConfigFile: str("user-device-config-file"),
      useBluetooth: values["no-bluetooth"] !== true,
      useDeviceWebsocketServer: values["use-device-websocket-server"] === true,
      deviceWebsocketServerPort:
        str("device-websocket-server-port") === undefined
          ? DEFAULT_DEVICE_WEBSOCKET_PORT
          : integer("device-websocket-server-port", str("device-websocket-server-port")!, 0, 65535),
      websocketUseAllInterfaces: values["websocket-use-all-interfaces"] === true,
      simulate:
        simulate === undefined
          ? []
          : simulate
              .split(",")
              .map((s) => s.trim())
              .filter((s) => s !== ""),
    },
  };
}

type HardwareModule = typeof import("../runtime/hardware");

/** The hardware layer, loaded only when serving (noble and the device config are not cheap). */
function hardware(): HardwareModule {
  // require, not import(): tsx's CJS hook resolves .ts only through require.
  return require("../runtime/hardware") as HardwareModule;
}

/** Throws UsageError for a --simulate name the hardware layer does not know. */
export function checkSimulatedNames(options: HardwareOptions): void {
  const { SIMULATED_DEVICES, SIMULATED_PROTOCOL_ALIASES, resolveSimulatedName } = hardware();
  for (const name of options.simulate) {
    if (name !== DEFAULT_SIMULATION && !resolveSimulatedName(name)) {
      throw new UsageError(
        `--simulate: unknown device '${name}' (known: ${Object.keys(SIMULATED_DEVICES).join(", ")}; protocols: ${Object.keys(SIMULATED_PROTOCOL_ALIASES).join(", ")}; bare --simulate = ${DEFAULT_SIMULATION} set)`,
      );
    }
  }
}

/** Device sources from runtime/hardware for these options. */
export function loadDeviceSources(options: HardwareOptions, log: Logger): Promise<DeviceSource[]> {
  return hardware().createDeviceSources(options, log);
}

/** A running `bpkit serve`. */
export interface RunningServer {
  server: ButtplugServer;
  transport: WebsocketServerTransport;
  /** The bound port (useful with --websocket-port 0). */
  port: number;
  /** The dashboard's URL (with its token when one is needed); undefined with --no-dashboard. */
  dashboardUrl?: string;
  /** The event stream's own port (--frontend-websocket-port), when given. */
  frontendPort?: number;
  dashboard?: Dashboard;
  /** Stop devices, close the session, close the websocket, release the sources. */
  stop(): Promise<void>;
}

/** Start the server described by `options`; `deviceSources` replaces the hardware layer (tests). */
export async function startServe(
  options: ServeOptions,
  inject: { deviceSources?: DeviceSource[]; log?: Logger; loopbackOnly?: boolean } = {},
): Promise<RunningServer> {
  const log = inject.log ?? new Logger(options.logLevel, "bpkit");
  const deviceSources = inject.deviceSources ?? (await loadDeviceSources(options.hardware, log));
  const server = new ButtplugServer({
    name: options.serverName,
    maxPingTime: options.maxPingTime,
    allowRawMessages: options.allowRawMessages,
    log: log.child("server"),
    deviceSources,
  });
  // Tests exercise the every-interface rules (token) while binding loopback only.
  const allInterfaces = options.websocketUseAllInterfaces;
  const host = allInterfaces && !inject.loopbackOnly ? "0.0.0.0" : "127.0.0.1";
  const startedAt = Date.now();
  let boundAddress = "";
  const dashboard =
    options.dashboard || options.frontendWebsocketPort !== undefined
      ? new Dashboard({
          server,
          log: log.child("dashboard"),
          assets: options.dashboard ? dashboardAssets(log) : undefined,
          // Off loopback the page can be reached by others, and it drives hardware.
          token: allInterfaces ? randomBytes(16).toString("hex") : undefined,
          allInterfaces,
          serverState: () => ({
            name: options.serverName,
            version: packageVersion(),
            spec_versions: [0, 1, 2, 3, 4],
            started_at: startedAt,
            max_ping_time: options.maxPingTime,
            address: boundAddress,
            flags: serverFlags(options),
          }),
        })
      : undefined;
  const recorder = options.record ? new FileRecorder(server, options.record, options.recordMaxSize, log.child("record")) : undefined;
  const page = options.dashboard ? dashboard : undefined;
  const transport = new WebsocketServerTransport({
    port: options.websocketPort,
    useAllInterfaces: host === "0.0.0.0",
    maxFrameSize: options.maxFrameSize,
    log: log.child("websocket"),
    onRequest: page?.servesPage ? (request, response) => page.handleRequest(request, response) : undefined,
    onUpgrade: page ? (request, socket, head) => page.handleUpgrade(request, socket, head) : undefined,
  });
  transport.on("connection", (connection) => server.connect(connection));
  let address;
  let frontendPort: number | undefined;
  try {
    address = await transport.listen();
    if (dashboard && options.frontendWebsocketPort !== undefined) frontendPort = (await dashboard.listenFrontend(options.frontendWebsocketPort, host)).port;
  } catch (err) {
    await dashboard?.close();
    await transport.close();
    recorder?.close();
    await server.shutdown();
    throw err;
  }
  boundAddress = `ws://${address.address}:${address.port}`;
  const token = dashboard?.token;
  const dashboardUrl = page?.servesPage ? `http://127.0.0.1:${address.port}/${token ? `?token=${token}` : ""}` : undefined;
  log.info(
    `listening on ws://${address.address}:${address.port} (server name "${options.serverName}", ` +
      `max ping time ${options.maxPingTime} ms, ${deviceSources.length} device source(s): ${deviceSources.map((s) => s.name).join(", ") || "none"})`,
  );
  if (options.websocketUseAllInterfaces) {
    log.warn("listening on every network interface: anyone who can reach this machine can connect and drive the devices");
  }
  if (dashboardUrl) log.info(`dashboard: ${dashboardUrl}${token ? " (the token is required: the server listens on every interface)" : ""}`);
  if (frontendPort !== undefined) log.info(`event stream: ws://${host}:${frontendPort}/${token ? `?token=${token}` : ""}`);
  if (options.record) log.info(`recording sessions to ${options.record} (at most ${options.recordMaxSize} bytes)`);
  let stopping: Promise<void> | undefined;
  return {
    server,
    transport,
    port: address.port,
    dashboardUrl,
    frontendPort,
    dashboard,
    stop: () =>
      (stopping ??= (async () => {
        // Devices first: shutdown() stops them before the session or sockets go away.
        await server.shutdown();
        await dashboard?.close();
        recorder?.close();
        await transport.close();
      })()),
  };
}

/** The package root (scripts/ lives in it). */
const PACKAGE_ROOT = join(__dirname, "..");

function packageVersion(): string {
  return (require(join(PACKAGE_ROOT, "package.json")) as { version: string }).version;
}

/** The options a dashboard shows as the server's flags (those that change what clients and devices see). */
function serverFlags(options: ServeOptions): Record<string, string | number | boolean> {
  const flags: Record<string, string | number | boolean> = {
    "websocket-use-all-interfaces": options.websocketUseAllInterfaces,
    "allow-raw-messages": options.allowRawMessages,
    "max-frame-size": options.maxFrameSize,
    "use-device-websocket-server": options.hardware.useDeviceWebsocketServer,
    bluetooth: options.hardware.useBluetooth,
  };
  if (options.hardware.simulate.length > 0) flags.simulate = options.hardware.simulate.join(",");
  if (options.hardware.userDeviceConfigFile) flags["user-device-config-file"] = options.hardware.userDeviceConfigFile;
  if (options.record) flags.record = options.record;
  return flags;
}

/**
 * The folder of the built dashboard page: dist/dashboard, bundled now when it is missing or older
 * than its sources (a fresh clone's `npm start`). Undefined (with a warning) when it cannot be built.
 */
export function dashboardAssets(log: Logger): string | undefined {
  const build = require(join(PACKAGE_ROOT, "scripts", "build.js")) as {
    buildDashboard(out?: string): string;
    dashboardStale(out?: string): boolean;
  };
  const out = join(PACKAGE_ROOT, "dist", "dashboard");
  try {
    if (build.dashboardStale(out)) {
      log.info("building the dashboard page (dist/dashboard)");
      build.buildDashboard(out);
    }
    return out;
  } catch (err) {
    log.warn(`dashboard page unavailable (${err instanceof Error ? err.message : String(err)}); run \`npm run build\``);
    return undefined;
  }
}

/** What tests (or an embedding app) may hand to `run` instead of the process's own. */
export interface ServeInjection {
  deviceSources?: DeviceSource[];
  log?: Logger;
  /** Where exit signals, uncaught exceptions and unhandled rejections come from (default: the process). */
  signals?: Pick<NodeJS.EventEmitter, "on" | "off">;
  /** Ends the process without waiting (default process.exit): after a crash, or a second signal. */
  exit?: (code: number) => void;
  /** Called once the server listens. */
  onListening?: (running: RunningServer) => void;
}

/**
 * Signals that end `bpkit serve`, each stopping every device first. SIGHUP is a closed terminal or a
 * dropped SSH session, SIGQUIT is Ctrl-\ — without a handler both would kill the process with a toy
 * still running.
 */
export const EXIT_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"] as const;

/** Process events after which the process state cannot be trusted: stop devices, then exit 1. */
const CRASH_EVENTS = ["uncaughtException", "unhandledRejection"] as const;

/**
 * How long any exit path waits for devices to confirm their stop before the process exits anyway
 * (the server already bounds each device's stop by its stopTimeoutMs, 5 s by default).
 */
export const EXIT_STOP_TIMEOUT_MS = 6_000;

/** `bpkit serve` entry: runs until an exit signal or a crash, each of which stops every device first. */
export async function run(argv: string[], inject: ServeInjection = {}): Promise<number> {
  let options: ServeOptions | undefined;
  try {
    options = parseServeArgs(argv);
    if (options && !inject.deviceSources) checkSimulatedNames(options.hardware);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`bpkit serve: ${err.message}\nRun \`bpkit serve --help\` for the options.`);
    return 2;
  }
  if (!options) {
    console.log(usage);
    return 0;
  }
  const log = inject.log ?? new Logger(options.logLevel, "bpkit");
  const signals = inject.signals ?? process;
  const exit = inject.exit ?? ((code: number) => process.exit(code));
  let running: RunningServer;
  try {
    running = await startServe(options, { log, deviceSources: inject.deviceSources });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "EADDRINUSE") log.error(`port ${options.websocketPort} is already in use (choose another with --websocket-port)`);
    else log.error(`cannot start: ${e.message}`);
    return 1;
  }
  inject.onListening?.(running);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const listeners: [string, (value: unknown) => void][] = [];
    const listen = (event: string, listener: (value: unknown) => void) => {
      signals.on(event, listener);
      listeners.push([event, listener]);
    };
    /** Stop devices (bounded), then release everything of this run and settle with `code`. */
    const shutdown = (okCode: number, then?: (code: number) => void) => {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<"timeout">((done) => (timer = setTimeout(() => done("timeout"), EXIT_STOP_TIMEOUT_MS)));
      Promise.race([running.stop().then(() => "stopped" as const), bound]).then(
        (result) => {
          if (result === "timeout") log.error(`devices did not confirm their stop within ${EXIT_STOP_TIMEOUT_MS} ms; exiting anyway`);
          return result === "stopped" ? okCode : 1;
        },
        (err: unknown) => {
          log.error(`shutdown failed: ${err instanceof Error ? err.message : String(err)}`);
          return 1;
        },
      ).then((code) => {
        clearTimeout(timer);
        // Nothing of this run may outlive it (a process exits on its own once run() returns).
        for (const [event, listener] of listeners) signals.off(event, listener);
        resolve(code);
        then?.(code);
      });
    };
    const onSignal = (signal: unknown) => {
      if (stopping) {
        log.warn(`${signal} again: exiting without waiting`);
        exit(130);
        return;
      }
      log.info(`${signal}: stopping devices and shutting down`);
      shutdown(0);
    };
    const onCrash = (event: (typeof CRASH_EVENTS)[number]) => (reason: unknown) => {
      const what = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
      if (stopping) {
        log.error(`${event} while shutting down (devices are still being stopped): ${what}`);
        return;
      }
      log.error(`${event}: ${what}`);
      log.error("stopping devices, then exiting with status 1");
      // After a crash the process may hold timers or sockets that would keep it alive: exit for sure.
      shutdown(1, () => exit(1));
    };
    for (const signal of EXIT_SIGNALS) listen(signal, onSignal);
    for (const event of CRASH_EVENTS) listen(event, onCrash(event));
  });
}
