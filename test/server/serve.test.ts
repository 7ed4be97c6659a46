/** `bpkit serve`: argument parsing, and every exit path (signals, crashes) stopping devices first. */
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { join } from "node:path";
import { TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { connectWebsocket } from "../../runtime/transport";
import { connectSimulatedDevice, createSimulatedDevices } from "../../runtime/hardware/comm/simulated";
import { checkSimulatedNames, parseServeArgs, run, UsageError, type RunningServer } from "../../scripts/serve";
import { FrameClient, memoryLogger } from "./helpers";
import { until } from "../until";

const ROOT = join(__dirname, "..", "..");
const BPKIT = join(ROOT, "bin", "bpkit.js");

describe("bpkit serve arguments", () => {
  test("defaults: 127.0.0.1:12345, no ping, info logs, Bluetooth on, nothing simulated", () => {
    const options = parseServeArgs([])!;
    expect(options).toMatchObject({
      websocketPort: 12345,
      websocketUseAllInterfaces: false,
      maxPingTime: 0,
      logLevel: "info",
      allowRawMessages: false,
    });
    expect(options.hardware).toEqual({
      deviceConfigFile: undefined,
      userDeviceConfigFile: undefined,
      useBluetooth: true,
      useSerial: false,
      useHid: false,
      useUsb: false,
      useLovenseConnect: false,
      lovenseConnectHosts: [],
      useLovenseDongleSerial: false,
      useLovenseDongleHid: false,
      useDeviceWebsocketServer: false,
      deviceWebsocketServerPort: 54817,
      websocketUseAllInterfaces: false,
      simulate: [],
    });
  });

  test("every flag lands in ServeOptions / HardwareOptions", () => {
    const options = parseServeArgs([
      "--websocket-port",
      "4000",
      "--websocket-use-all-interfaces",
      "--server-name",
      "Mine",
      "--max-ping-time",
      "1500",
      "--log",
      "debug",
      "--allow-raw-messages",
      "--max-frame-size",
      "4096",
      "--device-config-file",
      "a.json",
      "--user-device-config-file",
      "b.json",
      "--use-device-websocket-server",
      "--device-websocket-server-port",
      "5000",
      "--simulate",
      "lush,nora",
      "--no-bluetooth",
      "--use-serial",
      "--use-lovense-dongle-serial",
      "--use-lovense-dongle-hid",
      "--use-hid",
      "--use-usb",
      "--use-lovense-connect",
      "--lovense-connect-address",
      "192.168.1.23:20010",
      "--handshake-timeout",
      "2500",
    ])!;
    expect(options).toMatchObject({
      websocketPort: 4000,
      websocketUseAllInterfaces: true,
      serverName: "Mine",
      maxPingTime: 1500,
      logLevel: "debug",
      allowRawMessages: true,
      maxFrameSize: 4096,
      handshakeTimeoutMs: 2500,
    });
    expect(options.hardware).toEqual({
      deviceConfigFile: "a.json",
      userDeviceConfigFile: "b.json",
      useBluetooth: false,
      useSerial: true,
      useHid: true,
      useUsb: true,
      useLovenseConnect: true,
      lovenseConnectHosts: ["http://192.168.1.23:20010"],
      useLovenseDongleSerial: true,
      useLovenseDongleHid: true,
      useDeviceWebsocketServer: true,
      deviceWebsocketServerPort: 5000,
      websocketUseAllInterfaces: true,
      simulate: ["lush", "nora"],
    });
  });

  test("--simulate accepts protocol names as aliases and names both lists for an unknown one", () => {
    const options = parseServeArgs(["--simulate", "lovense,kiiroo-v2,wevibe,tcode-v03", "--no-bluetooth"])!;
    expect(options.hardware.simulate).toEqual(["lovense", "kiiroo-v2", "wevibe", "tcode-v03"]);
    expect(() => checkSimulatedNames(options.hardware)).not.toThrow();
    const bad = parseServeArgs(["--simulate", "lovense,vibrotron"])!;
    expect(() => checkSimulatedNames(bad.hardware)).toThrow(UsageError);
    expect(() => checkSimulatedNames(bad.hardware)).toThrow(
      /unknown device 'vibrotron' \(known: lush, .*protocols: [^)]*\blovense\b/,
    );
  });

  test("a bare --simulate asks for the default set, also before another flag", () => {
    expect(parseServeArgs(["--simulate"])!.hardware.simulate).toEqual(["default"]);
    expect(parseServeArgs(["--simulate", "--no-bluetooth"])!.hardware).toMatchObject({
      simulate: ["default"],
      useBluetooth: false,
    });
  });

  test("--help returns no options", () => {
    expect(parseServeArgs(["--help"])).toBeUndefined();
  });

  test.each([
    [["--bogus"], /unknown option '--bogus'/],
    [["--websocket-port", "http"], /--websocket-port: expected an integer, got 'http'/],
    [["--websocket-port", "70000"], /--websocket-port: 70000 is outside 0…65535/],
    [["--log", "loud"], /--log: unknown level 'loud'/],
    [["--max-ping-time", "-5"], /--max-ping-time/],
    [["extra"], /unexpected argument 'extra'/],
  ])("%j is a usage error naming it", (argv, pattern) => {
    expect(() => parseServeArgs(argv)).toThrow(UsageError);
    expect(() => parseServeArgs(argv)).toThrow(pattern);
  });

  test("run() exits 2 on a bad flag", async () => {
    const spy = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await run(["--websocket-port", "x"])).toBe(2);
    expect(String(spy.mock.calls[0]![0])).toMatch(/^bpkit serve: --websocket-port: expected an integer/);
    spy.mockRestore();
  });
});

/** Generous: these tests start servers (and processes) and must pass on a loaded machine. */
const RUNNING_TIMEOUT_MS = 60_000;

describe("bpkit serve running", () => {
  test.each(["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"])(
    "%s stops the devices before run() returns",
    async (signal) => {
      const { device, signals, exit, lines, client } = await runInProcess();
      signals.emit(signal, signal);
      expect(await exit).toBe(0);
      expect(device.stops).toHaveLength(1);
      await client.whenClosed();
      // The handlers are gone once run() has returned.
      expect(signals.eventNames()).toEqual([]);
      // Readable logs: the connection, the handshake with client name and version, the shutdown.
      expect(lines.join("\n")).toMatch(/client "signal test" connected over ws .*spec v4/);
      expect(lines.join("\n")).toMatch(new RegExp(`${signal}: stopping devices`));
    },
    RUNNING_TIMEOUT_MS,
  );

  test.each(["uncaughtException", "unhandledRejection"])(
    "an %s stops the devices, then exits the process with status 1",
    async (event) => {
      const exitCalls: number[] = [];
      const { device, signals, exit, lines } = await runInProcess((code) => exitCalls.push(code));
      signals.emit(event, new Error("boom in a callback"));
      expect(await exit).toBe(1);
      expect(device.stops).toHaveLength(1);
      expect(exitCalls).toEqual([1]);
      expect(signals.eventNames()).toEqual([]);
      expect(lines.join("\n")).toMatch(new RegExp(`${event}: Error: boom in a callback`));
    },
    RUNNING_TIMEOUT_MS,
  );

  /**
   * The real thing: `bpkit serve` as its own process, a simulated Lush connected to its device
   * websocket from this test process (so the bytes it receives are seen here), a real signal or
   * crash, and the process exiting by itself after the Lush received its stop bytes.
   * Readiness is read from the log, never guessed with a sleep.
   */
  test.each(["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"] as const)(
    "a %s to the bpkit serve process sends the device its stop bytes and the process exits 0",
    async (signal) => {
      const served = await serveProcess();
      try {
        served.child.kill(signal);
        expect(await served.exited).toBe(0);
        expect(served.lush.received.slice(served.receivedBeforeExit)).toContain("Vibrate:0;");
        expect(served.lush.device.state.vibrate).toBe(0);
        expect(served.output()).toMatch(new RegExp(`${signal}: stopping devices`));
        expect(served.output()).toMatch(/shut down/);
      } finally {
        served.kill();
      }
    },
    RUNNING_TIMEOUT_MS,
  );

  test.each(["exception", "rejection"])(
    "a crash (uncaught %s) in the bpkit serve process sends the device its stop bytes, then exits 1",
    async (kind) => {
      const served = await serveProcess({ nodeArgs: ["--require", CRASH_PRELOAD], env: { BPKIT_TEST_CRASH: kind } });
      try {
        served.child.kill("SIGUSR2");
        expect(await served.exited).toBe(1);
        expect(served.lush.received.slice(served.receivedBeforeExit)).toContain("Vibrate:0;");
        expect(served.lush.device.state.vibrate).toBe(0);
        expect(served.output()).toMatch(new RegExp(`test crash \\(${kind}\\)`));
        expect(served.output()).toMatch(/stopping devices, then exiting with status 1/);
      } finally {
        served.kill();
      }
    },
    RUNNING_TIMEOUT_MS,
  );
});

const CRASH_PRELOAD = join(__dirname, "fixtures", "crash-on-sigusr2.js");

/** `run()` in this process with a test device vibrating, and an emitter standing in for the process. */
async function runInProcess(exitProcess?: (code: number) => void) {
  const device = new TestDevice({ name: "Vib", features: vibratorFeatures() });
  const source = new TestDeviceSource();
  const signals = new EventEmitter();
  const { log, lines } = memoryLogger();
  let running!: RunningServer;
  let listening!: () => void;
  const started = new Promise<void>((resolve) => (listening = resolve));
  const exit = run(["--websocket-port", "0", "--server-name", "sig"], {
    deviceSources: [source],
    log,
    signals,
    exit:
      exitProcess ??
      ((code) => {
        throw new Error(`exit(${code}) called`);
      }),
    onListening: (r) => {
      running = r;
      listening();
    },
  });
  await Promise.race([
    started,
    exit.then((code) => Promise.reject(new Error(`run() returned ${code} before listening`))),
  ]);
  source.add(device);
  const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
  await client.handshake("signal test");
  expect(
    await client.request({
      OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } },
    }),
  ).toEqual({ Ok: { Id: 2 } });
  return { device, signals, exit, lines, client };
}

/**
 * A `bpkit serve` process with its device websocket on a free port, a simulated Lush (in this
 * process) connected to it and set vibrating by a client.
 */
async function serveProcess(extra: { nodeArgs?: string[]; env?: Record<string, string> } = {}) {
  const args = [
    ...(extra.nodeArgs ?? []),
    BPKIT,
    "serve",
    "--websocket-port",
    "0",
    "--no-bluetooth",
    "--use-device-websocket-server",
    "--device-websocket-server-port",
    "0",
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...extra.env },
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  /** Resolves with the first match of `pattern` in the output so far or to come. */
  const logged = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (!match) return false;
        child.stdout.off("data", check);
        child.stderr.off("data", check);
        resolve(match);
        return true;
      };
      if (check()) return;
      child.stdout.on("data", check);
      child.stderr.on("data", check);
      void exited.then((code) =>
        reject(new Error(`bpkit serve exited (${code}) before logging ${pattern}:\n${output}`)),
      );
    });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  try {
    const devicePort = Number((await logged(/device websocket server listening on ws:\/\/127\.0\.0\.1:(\d+)/))[1]);
    const port = Number((await logged(/\[bpkit\] listening on ws:\/\/127\.0\.0\.1:(\d+)/))[1]);
    const device = createSimulatedDevices(["lush"])[0]!;
    const received: string[] = [];
    const receive = device.receive.bind(device);
    device.receive = (data) => {
      received.push(Buffer.from(data).toString("utf8"));
      return receive(data);
    };
    const connection = await connectSimulatedDevice(device, `ws://127.0.0.1:${devicePort}`);
    await logged(/device 0 added/);
    const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${port}`));
    await client.handshake("process exit test");
    expect(
      await client.request({
        OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } },
      }),
    ).toEqual({ Ok: { Id: 2 } });
    // The write leaves after the device's timing gap, so the Ok can arrive before the bytes do.
    await until(() => Number(device.state.vibrate) > 0);
    return {
      child,
      exited,
      kill: () => {
        kill();
        void connection.close();
      },
      output: () => output,
      lush: { device, received },
      /** Bytes received up to now: the stop must come after this. */
      receivedBeforeExit: received.length,
    };
  } catch (err) {
    kill();
    throw err;
  }
}
