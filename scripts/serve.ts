/**
 * `bpkit serve`: a Buttplug server on a websocket (127.0.0.1:12345 by default), with Intiface
 * Engine's flags. Devices come from runtime/hardware (BLE, device websocket server, simulated).
 * Every exit path (SIGINT, SIGTERM, SIGHUP, SIGQUIT, an uncaught exception or unhandled rejection)
 * stops every device before the process exits.
 */
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { newAccessToken } from "../runtime/access-token";
import { Dashboard } from "../runtime/dashboard/dashboard";
import { FileRecorder } from "../runtime/dashboard/recording";
import type { HardwareOptions } from "../runtime/hardware";
import { LOG_LEVELS, Logger, type LogLevel } from "../runtime/log";
import type { DeviceSource } from "../runtime/server/device";
import { ButtplugServer } from "../runtime/server/server";
import {
  type CommandSpec,
  type Flag,
  flagSection,
  type Parsed,
  helpText,
  integerFlag,
  parseCommandLine,
  reportUsageError,
  stringFlag,
  switchFlag,
  UsageError,
} from "./args";
import { DEFAULT_MAX_FRAME_SIZE } from "../runtime/transport/types";
import { DEFAULT_WEBSOCKET_PORT, WebsocketServerTransport } from "../runtime/transport/websocket-server";
import { WebsocketClientMode } from "../runtime/transport/websocket-client-mode";
import { announceServer } from "../runtime/transport/mdns";
import { Repeater, remoteAddressUrl } from "../runtime/transport/repeater";
import { DEFAULT_HANDSHAKE_TIMEOUT_MS } from "../runtime/server/session-options";
import { PACKAGE_ROOT } from "./paths";
import { lovenseConnectHost } from "../runtime/hardware/comm/lovense-connect/address";
import { errorText } from "../runtime/errors";

export { UsageError } from "./args";

/** Everything `bpkit serve` was asked to do. */
export interface ServeOptions {
  websocketPort: number;
  websocketUseAllInterfaces: boolean;
  serverName: string;
  maxPingTime: number;
  /** ButtplugServerOptions.handshakeTimeoutMs (--handshake-timeout). */
  handshakeTimeoutMs: number;
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
  /** --broadcast-server-mdns (with --mdns-suffix): announce the server over mDNS. */
  broadcastServerMdns?: boolean;
  mdnsSuffix?: string;
  /** --websocket-client-address: also connect out to an app listening there (reconnecting with backoff). */
  websocketClientAddress?: string;
  /** --repeater: forward clients to a remote server instead of serving (no Buttplug server runs). */
  repeater?: { port: number; remoteAddress: string };
  hardware: HardwareOptions;
}

/** Default --record-max-size (bytes). */
export const DEFAULT_RECORD_MAX_SIZE = 100 * 1024 * 1024;

/** Marker for a bare `--simulate`: the hardware layer's default set of simulated devices. */
export const DEFAULT_SIMULATION = "default";

/** runtime/hardware's default, repeated so that --help and argument errors load no hardware code. */
const DEFAULT_DEVICE_WEBSOCKET_PORT = 54817;

/** Intiface Engine's default ServerName, which bpkit does not use (see SERVE_DIFFERENCES). */
const INTIFACE_SERVER_NAME = "Buttplug Server";

/**
 * Every `bpkit serve` flag, one row each under its --help heading: Intiface Engine's flags under Intiface Engine's names (so a
 * command line written for it runs unchanged), then bpkit's own. A flag whose feature is missing
 * carries `unavailable`; wiring the feature is deleting that line and reading the value below.
 */
export const SERVE_FLAGS: readonly Flag[] = [
  ...flagSection("Server", [
    { name: "websocket-port", value: "port", help: `client websocket port (default ${DEFAULT_WEBSOCKET_PORT})` },
    {
      name: "websocket-use-all-interfaces",
      help: "listen on 0.0.0.0 instead of 127.0.0.1 (client and device websockets)",
    },
    { name: "server-name", value: "name", help: `ServerName sent to clients (default "bpkit")` },
    {
      name: "max-ping-time",
      value: "ms",
      help: "disconnect and stop devices when a client does not Ping in time (default 0: off)",
    },
    {
      name: "handshake-timeout",
      value: "ms",
      help: `close a connection that sends no RequestServerInfo in time (default ${DEFAULT_HANDSHAKE_TIMEOUT_MS}; 0: never)`,
    },
    {
      name: "max-frame-size",
      value: "bytes",
      help: `largest frame answered normally (default ${DEFAULT_MAX_FRAME_SIZE})`,
    },
    {
      name: "allow-raw",
      aliases: ["allow-raw-messages"],
      help: "accept Raw*Cmd messages from spec v2/v3 clients (raw endpoint access)",
    },
    {
      name: "log",
      value: "level",
      help: `${LOG_LEVELS.join(" | ")} (default info; debug shows every frame and each\ncommand's effect on devices; trace adds every byte devices send)`,
    },
    {
      name: "websocket-client-address",
      value: "url",
      help: "connect out to an app's websocket server (ws://…), reconnecting with backoff;\nbpkit still listens on --websocket-port for the dashboard and other apps",
    },
    { name: "version", help: "print bpkit's version and exit" },
    { name: "server-version", help: "print the version number alone and exit" },
  ]),
  ...flagSection("Dashboard", [
    { name: "no-dashboard", help: "do not serve the web dashboard (http://127.0.0.1:<websocket port>/)" },
    {
      name: "frontend-websocket-port",
      value: "port",
      help: "also serve the event stream (docs/event-stream.md) on this port",
    },
    {
      name: "record",
      value: "file",
      help: "append every session's frames to <file> as JSON Lines (bpkit validate reads it)",
    },
    {
      name: "record-max-size",
      value: "bytes",
      help: `stop recording when <file> reaches this size (default ${DEFAULT_RECORD_MAX_SIZE})`,
    },
  ]),
  ...flagSection("Hardware", [
    { name: "device-config-file", value: "file", help: "official device configuration (default: the bundled one)" },
    { name: "user-device-config-file", value: "file", help: "user device configuration" },
    { name: "use-bluetooth-le", help: "use Bluetooth LE (on by default in bpkit; see --no-bluetooth)" },
    { name: "no-bluetooth", help: "do not use Bluetooth LE" },
    { name: "use-serial", help: "serial port devices named by the user device config" },
    { name: "use-hid", help: "HID devices the device config names by USB id (Nintendo Joy-Con, …)" },
    {
      name: "use-usb",
      help: "raw USB devices the device config names by vendor/product id (Rez TranceVibrator;\nbpkit's own flag: Intiface Engine has no raw USB)",
    },
    { name: "use-lovense-dongle-serial", help: "Lovense USB dongle (serial variant)" },
    { name: "use-lovense-dongle-hid", help: "Lovense USB dongle (HID variant)" },
    {
      name: "use-xinput",
      help: "XInput gamepads (Windows only)",
      unavailable: "XInput is Windows-only, and bpkit has no XInput support",
    },
    {
      name: "use-lovense-connect",
      help: "devices of the Lovense Connect app (its local HTTP API); needs --lovense-connect-address",
    },
    {
      name: "lovense-connect-address",
      value: "ip:port",
      help: "where the Lovense Connect app listens, as the app shows it (e.g. 192.168.1.23:20010;\ncomma-separated for several); implies --use-lovense-connect. bpkit does not look\nthe app up through Lovense's online service as Intiface Engine does",
    },
    { name: "use-device-websocket-server", help: "accept devices on the device websocket server" },
    {
      name: "device-websocket-server-port",
      value: "port",
      help: `device websocket port (default ${DEFAULT_DEVICE_WEBSOCKET_PORT})`,
    },
    {
      name: "simulate",
      value: "devices",
      bareValue: DEFAULT_SIMULATION,
      help: "attach simulated devices (comma-separated device or protocol names,\nsee `bpkit simulate --list`; bare: the default set)",
    },
  ]),
  ...flagSection("Network", [
    {
      name: "broadcast-server-mdns",
      help: "announce the server over mDNS as Intiface Engine does (not on loopback only)",
    },
    { name: "mdns-suffix", value: "suffix", help: "suffix of the announced mDNS instance name" },
    {
      name: "repeater",
      help: "repeater mode instead of a server: forward each client on --repeater-port to\n--repeater-remote-address and back, frames unchanged (--log debug checks them)",
    },
    {
      name: "repeater-port",
      value: "port",
      help: "repeater mode's local port (127.0.0.1 unless --websocket-use-all-interfaces)",
    },
    {
      name: "repeater-remote-address",
      value: "url",
      help: "repeater mode's remote Buttplug server (ws://host:port; ws:// is added when missing)",
    },
  ]),
];

/** Where bpkit's defaults differ from Intiface Engine's, and why (the end of `serve --help`). */
export const SERVE_DIFFERENCES = `Flags follow Intiface Engine; a command line written for it runs unchanged. Defaults that differ:
  --websocket-port        bpkit listens on ${DEFAULT_WEBSOCKET_PORT} without the flag (Intiface Engine needs it):
                          \`bpkit serve\` alone should give a working server
  --server-name           "bpkit" instead of "${INTIFACE_SERVER_NAME}", so clients can tell which server they reached
  Bluetooth LE            on unless --no-bluetooth (Intiface Engine: off unless --use-bluetooth-le):
                          BLE is how most toys connect, and bpkit serve is usually run by hand
  device websocket        on 127.0.0.1 unless --websocket-use-all-interfaces (Intiface Engine listens
                          on every interface): nothing that drives hardware is reachable off the
                          machine without asking
  --use-lovense-connect   needs --lovense-connect-address <ip:port> (Intiface Engine asks Lovense's
                          online service where the app is; bpkit sends nothing to the network at
                          run time but to what you name); without it: a warning, no Lovense Connect
  --repeater              the remote server is reached before the client is accepted (a remote
                          that is down is a failed connect, HTTP 502), and a close on one side is
                          passed on to the other with its code, so a client that drops makes the
                          remote server stop its devices at once; off loopback it needs a token
Flags marked "accepted and ignored" are taken so that such command lines still start; bpkit
warns which feature is missing and runs without it.`;

/** The `bpkit serve` command line. */
export const SERVE_COMMAND: CommandSpec = {
  command: "serve",
  description: "Runs a Buttplug server (spec v0–v4) on a websocket. One client at a time.",
  flags: SERVE_FLAGS,
  footer: SERVE_DIFFERENCES,
};

/** `bpkit serve --help`. */
export const usage = helpText(SERVE_COMMAND);

/** What the command line asks for besides serving. */
export type ServeRequest =
  | { kind: "serve"; options: ServeOptions; notices: string[] }
  | { kind: "help" }
  | { kind: "version"; text: string };

/** Parse `bpkit serve` arguments; throws UsageError on an unknown flag or a bad value. Undefined for --help / --version. */
export function parseServeArgs(argv: string[]): ServeOptions | undefined {
  const request = parseServeRequest(argv);
  return request.kind === "serve" ? request.options : undefined;
}

/** Parse `bpkit serve` arguments into what to do; throws UsageError. */
export function parseServeRequest(argv: string[]): ServeRequest {
  const parsed = parseCommandLine(SERVE_COMMAND, argv);
  if (switchFlag(parsed, "help")) return { kind: "help" };
  if (switchFlag(parsed, "server-version")) return { kind: "version", text: packageVersion() };
  if (switchFlag(parsed, "version"))
    return { kind: "version", text: `bpkit ${packageVersion()} (Buttplug server, spec v0–v4)` };
  const logText = stringFlag(parsed, "log") ?? "info";
  // Intiface Engine takes tracing's level names in any case (INFO, Debug, …).
  const logLevel = logText.toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    throw new UsageError(`--log: unknown level '${logText}' (one of ${LOG_LEVELS.join(", ")})`);
  const clientAddress = stringFlag(parsed, "websocket-client-address");
  if (clientAddress !== undefined && !/^wss?:\/\/[^/]/.test(clientAddress)) {
    throw new UsageError(`--websocket-client-address: '${clientAddress}' is not a ws:// or wss:// URL`);
  }
  if (switchFlag(parsed, "use-bluetooth-le") && switchFlag(parsed, "no-bluetooth"))
    throw new UsageError("--use-bluetooth-le and --no-bluetooth contradict each other");
  const simulate = stringFlag(parsed, "simulate");
  const allInterfaces = switchFlag(parsed, "websocket-use-all-interfaces");
  const lovenseConnectHosts = (stringFlag(parsed, "lovense-connect-address") ?? "")
    .split(",")
    .filter((address) => address.trim() !== "")
    .map((address) => {
      try {
        return lovenseConnectHost(address);
      } catch (err) {
        throw new UsageError(`--lovense-connect-address: ${errorText(err)}`);
      }
    });
  const options: ServeOptions = {
    websocketPort: integerFlag(parsed, "websocket-port", DEFAULT_WEBSOCKET_PORT, 0, 65535),
    websocketUseAllInterfaces: allInterfaces,
    serverName: stringFlag(parsed, "server-name") ?? "bpkit",
    maxPingTime: integerFlag(parsed, "max-ping-time", 0, 0, 4294967295),
    handshakeTimeoutMs: integerFlag(parsed, "handshake-timeout", DEFAULT_HANDSHAKE_TIMEOUT_MS, 0, 4294967295),
    maxFrameSize: integerFlag(parsed, "max-frame-size", DEFAULT_MAX_FRAME_SIZE, 64, 256 * 1024 * 1024),
    logLevel,
    allowRawMessages: switchFlag(parsed, "allow-raw"),
    dashboard: !switchFlag(parsed, "no-dashboard"),
    frontendWebsocketPort: integerFlag(parsed, "frontend-websocket-port", undefined, 0, 65535),
    record: stringFlag(parsed, "record"),
    websocketClientAddress: clientAddress,
    broadcastServerMdns: switchFlag(parsed, "broadcast-server-mdns"),
    mdnsSuffix: stringFlag(parsed, "mdns-suffix"),
    recordMaxSize: integerFlag(parsed, "record-max-size", DEFAULT_RECORD_MAX_SIZE, 1024, Number.MAX_SAFE_INTEGER),
    hardware: {
      deviceConfigFile: stringFlag(parsed, "device-config-file"),
      userDeviceConfigFile: stringFlag(parsed, "user-device-config-file"),
      useBluetooth: !switchFlag(parsed, "no-bluetooth"),
      useSerial: switchFlag(parsed, "use-serial"),
      useHid: switchFlag(parsed, "use-hid"),
      useUsb: switchFlag(parsed, "use-usb"),
      useLovenseConnect: switchFlag(parsed, "use-lovense-connect") || lovenseConnectHosts.length > 0,
      lovenseConnectHosts,
      useLovenseDongleSerial: switchFlag(parsed, "use-lovense-dongle-serial"),
      useLovenseDongleHid: switchFlag(parsed, "use-lovense-dongle-hid"),
      useDeviceWebsocketServer: switchFlag(parsed, "use-device-websocket-server"),
      deviceWebsocketServerPort: integerFlag(
        parsed,
        "device-websocket-server-port",
        DEFAULT_DEVICE_WEBSOCKET_PORT,
        0,
        65535,
      ),
      websocketUseAllInterfaces: allInterfaces,
      simulate:
        simulate === undefined
          ? []
          : simulate
              .split(",")
              .map((name) => name.trim())
              .filter((name) => name !== ""),
    },
  };
  const notices = [...parsed.unavailable];
  options.repeater = repeaterOptions(parsed, notices);
  return { kind: "serve", options, notices };
}

/** Flags that mean something in repeater mode, where no Buttplug server runs. */
const REPEATER_MODE_FLAGS = new Set([
  "repeater",
  "repeater-port",
  "repeater-remote-address",
  "log",
  "websocket-use-all-interfaces",
  "max-frame-size",
  "broadcast-server-mdns",
  "mdns-suffix",
]);

/** --repeater's port and remote address (both required); notices for flags repeater mode ignores. */
function repeaterOptions(parsed: Parsed, notices: string[]): ServeOptions["repeater"] {
  if (!switchFlag(parsed, "repeater")) {
    for (const name of ["repeater-port", "repeater-remote-address"])
      if (parsed.values[name] !== undefined) notices.push(`--${name}: used only with --repeater; the flag is ignored`);
    return undefined;
  }
  const port = integerFlag(parsed, "repeater-port", undefined, 0, 65535);
  const remoteAddress = stringFlag(parsed, "repeater-remote-address");
  if (port === undefined || remoteAddress === undefined)
    throw new UsageError(
      "--repeater needs --repeater-port <port> and --repeater-remote-address <url> " +
        "(e.g. --repeater --repeater-port 12346 --repeater-remote-address ws://192.168.1.20:12345)",
    );
  try {
    remoteAddressUrl(remoteAddress);
  } catch (err) {
    throw new UsageError(`--repeater-remote-address: ${errorText(err)}`);
  }
  for (const name of Object.keys(parsed.values))
    if (!REPEATER_MODE_FLAGS.has(name))
      notices.push(`--${name}: no Buttplug server runs in repeater mode (--repeater); the flag is ignored`);
  return { port, remoteAddress };
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
    handshakeTimeoutMs: options.handshakeTimeoutMs,
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
          token: allInterfaces ? newAccessToken() : undefined,
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
  const recorder = options.record
    ? new FileRecorder(server, options.record, options.recordMaxSize, log.child("record"))
    : undefined;
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
  let address: AddressInfo;
  let frontendPort: number | undefined;
  try {
    address = await transport.listen();
    if (dashboard && options.frontendWebsocketPort !== undefined)
      frontendPort = (await dashboard.listenFrontend(options.frontendWebsocketPort, host)).port;
  } catch (err) {
    await dashboard?.close();
    await transport.close();
    recorder?.close();
    await server.shutdown();
    throw err;
  }
  boundAddress = `ws://${address.address}:${address.port}`;
  const token = dashboard?.token;
  const dashboardUrl = page?.servesPage
    ? `http://127.0.0.1:${address.port}/${token ? `?token=${token}` : ""}`
    : undefined;
  log.info(
    `listening on ws://${address.address}:${address.port} (server name "${options.serverName}", ` +
      `max ping time ${options.maxPingTime} ms, ${deviceSources.length} device source(s): ${deviceSources.map((s) => s.name).join(", ") || "none"})`,
  );
  if (options.websocketUseAllInterfaces) {
    log.warn(
      "listening on every network interface: anyone who can reach this machine can connect and drive the devices",
    );
  }
  if (dashboardUrl)
    log.info(
      `dashboard: ${dashboardUrl}${token ? " (the token is required: the server listens on every interface)" : ""}`,
    );
  if (frontendPort !== undefined)
    log.info(`event stream: ws://${host}:${frontendPort}/${token ? `?token=${token}` : ""}`);
  if (options.record) log.info(`recording sessions to ${options.record} (at most ${options.recordMaxSize} bytes)`);
  const clientMode = options.websocketClientAddress
    ? new WebsocketClientMode(server, {
        url: options.websocketClientAddress,
        log: log.child("client-mode"),
        maxFrameSize: options.maxFrameSize,
      })
    : undefined;
  clientMode?.start();
  const mdns = announceIfAsked(options, address, log);
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
        await clientMode?.stop();
        await mdns?.stop();
        await dashboard?.close();
        recorder?.close();
        await transport.close();
      })()),
  };
}

/** A running `bpkit serve --repeater`. */
export interface RunningRepeater {
  repeater: Repeater;
  /** The bound local port (useful with --repeater-port 0). */
  port: number;
  /** The URL clients connect to (with its token off loopback). */
  url: string;
  /** Close every repeated connection (so the remote server ends those sessions) and stop listening. */
  stop(): Promise<void>;
}

/**
 * Start repeater mode (`options.repeater` set): no Buttplug server of our own, each client is
 * forwarded to the remote one. Off loopback a client needs the token printed here in its URL.
 */
export async function startRepeater(
  options: ServeOptions & { repeater: NonNullable<ServeOptions["repeater"]> },
  inject: { log?: Logger; loopbackOnly?: boolean } = {},
): Promise<RunningRepeater> {
  const log = inject.log ?? new Logger(options.logLevel, "bpkit");
  const allInterfaces = options.websocketUseAllInterfaces;
  // A repeater off loopback drives the remote server's hardware for anyone who reaches it.
  const token = allInterfaces ? newAccessToken() : undefined;
  const repeater = new Repeater({
    port: options.repeater.port,
    remoteAddress: options.repeater.remoteAddress,
    log: log.child("repeater"),
    useAllInterfaces: allInterfaces && !inject.loopbackOnly,
    token,
    maxFrameSize: options.maxFrameSize,
    checkFrames: log.enabled("debug"),
  });
  const address = await repeater.listen();
  const url = `ws://127.0.0.1:${address.port}/${token ? `?token=${token}` : ""}`;
  log.info(`repeater mode (no Buttplug server runs here): clients at ${url} are forwarded to ${repeater.remote}`);
  if (allInterfaces)
    log.warn(
      "the repeater listens on every network interface: a client on another machine connects to this machine's address with the token above",
    );
  if (log.enabled("debug")) log.debug("every repeated frame is checked by the session checker; problems are logged");
  const mdns = announceIfAsked(options, address, log);
  let stopping: Promise<void> | undefined;
  return {
    repeater,
    port: address.port,
    url,
    stop: () =>
      (stopping ??= (async () => {
        await mdns?.stop();
        await repeater.close();
      })()),
  };
}

/** --broadcast-server-mdns: announce where clients connect (the caller stops it with the server). */
function announceIfAsked(options: ServeOptions, address: AddressInfo, log: Logger) {
  return options.broadcastServerMdns
    ? announceServer({ host: address.address, port: address.port, suffix: options.mdnsSuffix, log: log.child("mdns") })
    : undefined;
}

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
    log.warn(`dashboard page unavailable (${errorText(err)}); run \`npm run build\``);
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
  /** Called once the repeater listens (--repeater). */
  onRepeating?: (running: RunningRepeater) => void;
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
  let request: ServeRequest;
  try {
    request = parseServeRequest(argv);
    if (request.kind === "serve" && !inject.deviceSources) checkSimulatedNames(request.options.hardware);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return reportUsageError(SERVE_COMMAND, err);
  }
  if (request.kind !== "serve") {
    console.log(request.kind === "help" ? usage : request.text);
    return 0;
  }
  const { options } = request;
  const log = inject.log ?? new Logger(options.logLevel, "bpkit");
  const signals = inject.signals ?? process;
  const exit = inject.exit ?? ((code: number) => process.exit(code));
  for (const notice of request.notices) log.warn(notice);
  let running: { stop(): Promise<void> };
  try {
    if (options.repeater) {
      const repeating = await startRepeater({ ...options, repeater: options.repeater }, { log });
      inject.onRepeating?.(repeating);
      running = repeating;
    } else {
      const serving = await startServe(options, { log, deviceSources: inject.deviceSources });
      inject.onListening?.(serving);
      running = serving;
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "EADDRINUSE")
      log.error(
        options.repeater
          ? `port ${options.repeater.port} is already in use (choose another with --repeater-port)`
          : `port ${options.websocketPort} is already in use (choose another with --websocket-port)`,
      );
    else log.error(`cannot start: ${e.message}`);
    return 1;
  }
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
      Promise.race([running.stop().then(() => "stopped" as const), bound])
        .then(
          (result) => {
            if (result === "timeout")
              log.error(`devices did not confirm their stop within ${EXIT_STOP_TIMEOUT_MS} ms; exiting anyway`);
            return result === "stopped" ? okCode : 1;
          },
          (err: unknown) => {
            log.error(`shutdown failed: ${errorText(err)}`);
            return 1;
          },
        )
        .then((code) => {
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
