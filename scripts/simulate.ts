/**
 * `bpkit simulate <device>...`: run simulated devices that connect to a server's device websocket
 * (WSDM) and speak their real byte protocol, showing their live state — one redrawn line per
 * device on a terminal, a plain line per change otherwise.
 */
import {
  connectSimulatedDevice,
  createSimulatedDevices,
  SIMULATED_DEVICES,
  SIMULATED_PROTOCOL_ALIASES,
  type SimulatedConnection,
  type SimulatedDevice,
} from "../runtime/hardware/comm/simulated";
import { loadSerialBackend } from "../runtime/hardware/comm/serial";
import { createPtyPair, type PtyPair } from "../runtime/hardware/comm/serial/pty";
import { serveOnSerialPort } from "../runtime/hardware/comm/simulated/serial";
import { DEFAULT_DEVICE_WEBSOCKET_PORT } from "../runtime/hardware/comm/websocket";
import {
  type CommandSpec,
  integerFlag,
  type Parsed,
  parseOrExit,
  reportUsageError,
  stringFlag,
  switchFlag,
  UsageError,
} from "./args";
import { errorText } from "../runtime/errors";

/** Where the live state goes (process.stdout by default; tests pass their own). */
export interface SimulateIo {
  out: { write(text: string): unknown; isTTY?: boolean };
  /** Stops the simulation (default: SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

/** The simulated devices and the protocol names that stand for them (--list, --help). */
function listing(): string {
  const lines = ["Simulated devices:"];
  for (const [name, kind] of Object.entries(SIMULATED_DEVICES)) {
    lines.push(
      `  ${name.padEnd(9)} ${kind.summary}`,
      `  ${"".padEnd(9)} protocol ${kind.protocol}, websocket identifier "${kind.identifier}"`,
    );
  }
  lines.push("", "Protocol names (each stands for a device):");
  for (const [protocol, name] of Object.entries(SIMULATED_PROTOCOL_ALIASES))
    lines.push(`  ${protocol.padEnd(9)} = ${name}`);
  return lines.join("\n");
}

/** The `bpkit simulate` command line. */
export const SIMULATE_COMMAND: CommandSpec = {
  command: "simulate",
  operands: "<device-name-or-protocol>...",
  maxPositionals: Infinity,
  description: `Run simulated devices against a server's device websocket (the server needs
--use-device-websocket-server). They reconnect when the server restarts, and their
addresses (EXT-LUSH-1, …) differ from a --simulate server's in-process devices (SIM-…).`,
  flags: [
    { name: "port", value: "n", help: `device websocket port (default ${DEFAULT_DEVICE_WEBSOCKET_PORT})` },
    { name: "address", value: "host", help: "server host or ws:// URL (default 127.0.0.1)" },
    {
      name: "pty",
      help: 'serve each device on a pseudo-terminal instead (needs socat): a\nserial port bpkit (serve --use-serial) or Intiface can open, named\nby the "port" of a serial specifier in the user device config',
    },
    { name: "list", help: "list the simulated devices" },
  ],
  footer: `A device name may repeat (\`lush lush\` runs two Lushes with distinct addresses).
A protocol name (\`lovense\`) stands for the first simulated device of that protocol.

${listing()}`,
};

/** What `bpkit simulate` was asked to do. */
interface SimulateOptions {
  devices: string[];
  port: number;
  address: string;
  list: boolean;
  pty: boolean;
}

/** The options of a parsed command line; throws UsageError. */
function read(parsed: Parsed): SimulateOptions {
  const address = stringFlag(parsed, "address") ?? "127.0.0.1";
  if (address === "") throw new UsageError("--address needs a host name or ws:// URL");
  return {
    devices: parsed.positionals,
    port: integerFlag(parsed, "port", DEFAULT_DEVICE_WEBSOCKET_PORT, 1, 65535),
    address,
    list: switchFlag(parsed, "list"),
    pty: switchFlag(parsed, "pty"),
  };
}

/** Redraws one line per device (TTY) or prints a line when a device's state changes. */
class StateDisplay {
  private readonly status = new Map<SimulatedDevice, string>();
  private readonly lastPrinted = new Map<SimulatedDevice, string>();
  private drawn = 0;
  private pending: NodeJS.Timeout | undefined;
  private readonly ticker: NodeJS.Timeout | undefined;

  constructor(
    private readonly devices: SimulatedDevice[],
    private readonly out: SimulateIo["out"],
  ) {
    for (const device of devices) {
      this.status.set(device, "connecting");
      device.onChange(() => this.update());
    }
    // Strokers move between commands: keep a terminal display moving with them.
    if (out.isTTY) this.ticker = setInterval(() => devices.some((d) => d.moving()) && this.update(), 100);
    this.update();
  }

  setStatus(device: SimulatedDevice, status: string): void {
    this.status.set(device, status);
    this.update();
  }

  private line(device: SimulatedDevice): string {
    const status = this.status.get(device)!;
    const label = `${device.kind} ${device.address}`.padEnd(18);
    return status === "connected" ? `${label} ${device.describe()}` : `${label} [${status}]`;
  }

  private update(): void {
    if (!this.out.isTTY) {
      for (const device of this.devices) {
        const text = this.line(device);
        if (this.lastPrinted.get(device) === text) continue;
        this.lastPrinted.set(device, text);
        this.out.write(`${text}\n`);
      }
      return;
    }
    // Coalesce bursts of changes into one redraw per frame.
    this.pending ??= setTimeout(() => this.redraw(), 30);
  }

  redraw(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = undefined;
    if (!this.out.isTTY) return;
    let text = this.drawn > 0 ? `\x1b[${this.drawn}F` : "";
    for (const device of this.devices) text += `\x1b[2K${this.line(device)}\n`;
    this.drawn = this.devices.length;
    this.out.write(text);
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.redraw();
  }
}

/** Resolves on the caller's signal, or SIGINT/SIGTERM. */
function whenStopped(io: SimulateIo): Promise<void> {
  return new Promise<void>((resolve) => {
    if (io.signal) {
      if (io.signal.aborted) resolve();
      io.signal.addEventListener("abort", () => resolve(), { once: true });
      return;
    }
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

/** Simulated serial devices that speak over USB serial (TCode): one pty pair each, until stopped. */
async function runOnPtys(devices: SimulatedDevice[], io: SimulateIo): Promise<number> {
  const notSerial = devices.filter((d) => d.protocol !== "tcode-v03");
  if (notSerial.length > 0) {
    process.stderr.write(
      `bpkit simulate: --pty serves serial devices only (tcode-v03); ${notSerial.map((d) => d.kind).join(", ")} ${notSerial.length === 1 ? "is" : "are"} not\n`,
    );
    return 2;
  }
  const ptys: PtyPair[] = [];
  const stop = async () => Promise.all(ptys.map((p) => p.close()));
  try {
    const backend = loadSerialBackend();
    for (const device of devices) {
      const pty = await createPtyPair();
      ptys.push(pty);
      await serveOnSerialPort(device, pty.simulatorPort, backend);
      io.out.write(
        `${device.kind} on ${pty.devicePort}\n` +
          `  user device config: {"version":{"major":4,"minor":0},"user_configs":{"protocols":{"${device.protocol}":{"communication":[{"serial":{"port":"${pty.devicePort}","baud_rate":115200,"data_bits":8,"parity":"N","stop_bits":1}}]}}}}\n` +
          `  then: bpkit serve --use-serial --user-device-config-file <that file>\n`,
      );
    }
  } catch (error) {
    await stop();
    process.stderr.write(`bpkit simulate: ${errorText(error)}\n`);
    return 1;
  }
  const display = new StateDisplay(devices, io.out);
  for (const device of devices) display.setStatus(device, "connected");
  await whenStopped(io);
  await stop();
  display.stop();
  return 0;
}

/** Address prefix of the devices `bpkit simulate` runs (in-process ones use SIM). */
export const SIMULATE_ADDRESS_PREFIX = "EXT";

/** How long to wait before connecting again to a server that went away (ms). */
const RECONNECT_DELAY_MS = 1000;

/** The CLI entry: returns the exit code. */
export async function run(argv: string[], io: SimulateIo = { out: process.stdout }): Promise<number> {
  const parsed = parseOrExit(SIMULATE_COMMAND, argv, read);
  if (typeof parsed === "number") return parsed;
  if (parsed.list) {
    io.out.write(`${listing()}\n`);
    return 0;
  }
  if (parsed.devices.length === 0) {
    return reportUsageError(SIMULATE_COMMAND, new UsageError(`name at least one device\n\n${listing()}`));
  }
  let devices: SimulatedDevice[];
  try {
    // Addresses of their own (EXT-LUSH-1): a server running in-process simulated devices
    // (npm start: SIM-LUSH-1) sees a second Lush, not the same one twice.
    devices = createSimulatedDevices(parsed.devices, SIMULATE_ADDRESS_PREFIX);
  } catch (error) {
    return reportUsageError(SIMULATE_COMMAND, new UsageError(errorText(error)));
  }
  if (parsed.pty) return runOnPtys(devices, io);
  const url = parsed.address.includes("://") ? parsed.address : `ws://${parsed.address}:${parsed.port}`;
  const display = new StateDisplay(devices, io.out);

  const stopped = whenStopped(io);
  let stopping = false;
  void stopped.then(() => (stopping = true));
  let failed = false;
  const pause = () => Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, RECONNECT_DELAY_MS))]);

  /**
   * One device: connect, and when the server goes away (shut down or restarted: 1000, or the
   * socket drops) connect again until stopped. A refusal (1008: the server does not know this
   * device) is final, as is failing to connect the first time.
   */
  const keepConnected = async (device: SimulatedDevice): Promise<void> => {
    let everConnected = false;
    while (!stopping) {
      let connection: SimulatedConnection;
      try {
        connection = await connectSimulatedDevice(device, url);
      } catch (error) {
        if (!everConnected) {
          failed = true;
          display.setStatus(device, `not connected: ${errorText(error)}`);
          return;
        }
        await pause();
        continue;
      }
      everConnected = true;
      display.setStatus(device, "connected");
      const closed = await Promise.race([connection.closed, stopped.then(() => undefined)]);
      if (!closed) {
        await connection.close();
        display.setStatus(device, "stopped");
        return;
      }
      const { code, reason } = closed;
      if (code === 1008) {
        failed = true;
        display.setStatus(device, `closed by the server (${code}${reason ? ` ${reason}` : ""})`);
        return;
      }
      display.setStatus(device, `server went away (${code}); reconnecting`);
      await pause();
    }
    display.setStatus(device, "stopped");
  };
  await Promise.all(devices.map(keepConnected));
  display.stop();
  return failed ? 1 : 0;
}
