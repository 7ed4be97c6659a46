/** `bpkit serve`: argument parsing, and the running server stopping devices on SIGINT/SIGTERM. */
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { join } from "node:path";
import { TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { connectWebsocket } from "../../runtime/transport";
import { checkSimulatedNames, parseServeArgs, run, UsageError, type RunningServer } from "../../scripts/serve";
import { FrameClient, memoryLogger } from "./helpers";

const ROOT = join(__dirname, "..", "..");
const BPKIT = join(ROOT, "bin", "bpkit.js");

describe("bpkit serve arguments", () => {
  test("defaults: 127.0.0.1:12345, no ping, info logs, Bluetooth on, nothing simulated", () => {
    const options = parseServeArgs([])!;
    expect(options).toMatchObject({ websocketPort: 12345, websocketUseAllInterfaces: false, maxPingTime: 0, logLevel: "info", allowRawMessages: false });
    expect(options.hardware).toEqual({
      deviceConfigFile: undefined,
      userDeviceConfigFile: undefined,
      useBluetooth: true,
      useDeviceWebsocketServer: false,
      deviceWebsocketServerPort: 54817,
      websocketUseAllInterfaces: false,
      simulate: [],
    });
  });

  test("every flag lands in ServeOptions / HardwareOptions", () => {
    const options = parseServeArgs([
      "--websocket-port", "4000", "--websocket-use-all-interfaces", "--server-name", "Mine", "--max-ping-time", "1500",
      "--log", "debug", "--allow-raw-messages", "--max-frame-size", "4096", "--device-config-file", "a.json",
      "--user-device-config-file", "b.json", "--use-device-websocket-server", "--device-websocket-server-port", "5000",
      "--simulate", "lush,nora", "--no-bluetooth",
    ])!;
    expect(options).toMatchObject({ websocketPort: 4000, websocketUseAllInterfaces: true, serverName: "Mine", maxPingTime: 1500, logLevel: "debug", allowRawMessages: true, maxFrameSize: 4096 });
    expect(options.hardware).toEqual({
      deviceConfigFile: "a.json",
      userDeviceConfigFile: "b.json",
      useBluetooth: false,
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
    expect(() => checkSimulatedNames(bad.hardware)).toThrow(/unknown device 'vibrotron' \(known: lush, .*protocols: lovense, /);
  });

  test("a bare --simulate asks for the default set, also before another flag", () => {
    expect(parseServeArgs(["--simulate"])!.hardware.simulate).toEqual(["default"]);
    expect(parseServeArgs(["--simulate", "--no-bluetooth"])!.hardware).toMatchObject({ simulate: ["default"], useBluetooth: false });
  });

  test("--help returns no options", () => {
    expect(parseServeArgs(["--help"])).toBeUndefined();
  });

  test.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--websocket-port", "http"], /--websocket-port: expected an integer, got 'http'/],
    [["--websocket-port", "70000"], /--websocket-port: 70000 is outside 0…65535/],
    [["--log", "loud"], /--log: unknown level 'loud'/],
    [["--max-ping-time", "-5"], /--max-ping-time/],
    [["extra"], /positional/i],
  ])("%j is a usage error naming it", (argv, pattern) => {
    expect(() => parseServeArgs(argv)).toThrow(UsageError);
    expect(() => parseServeArgs(argv)).toThrow(pattern);
  });

  test("run() exits 2 on a bad flag", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    expect(await run(["--websocket-port", "x"])).toBe(2);
    expect(spy.mock.calls[0][0]).toMatch(/--websocket-port: expected an integer/);
    spy.mockRestore();
  });
});

/** Generous: these tests start servers (and processes) and must pass on a loaded machine. */
const RUNNING_TIMEOUT_MS = 60_000;

describe("bpkit serve running", () => {
  test.each(["SIGINT", "SIGTERM"])(
    "%s stops the devices before run() returns",
    async (signal) => {
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
        onListening: (r) => {
          running = r;
          listening();
        },
      });
      await Promise.race([started, exit.then((code) => Promise.reject(new Error(`run() returned ${code} before listening`)))]);
      source.add(device);
      const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
      await client.handshake("signal test");
      expect(await client.request({ OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } } })).toEqual({ Ok: { Id: 2 } });

      signals.emit(signal, signal);
      expect(await exit).toBe(0);
      expect(device.stops).toHaveLength(1);
      await client.whenClosed();
      // The signal handlers are gone once run() has returned.
      expect(signals.listenerCount("SIGINT") + signals.listenerCount("SIGTERM")).toBe(0);
      // Readable logs: the connection, the handshake with client name and version, the shutdown.
      expect(lines.join("\n")).toMatch(/client "signal test" connected over ws .*spec v4/);
      expect(lines.join("\n")).toMatch(new RegExp(`${signal}: stopping devices`));
    },
    RUNNING_TIMEOUT_MS,
  );

  /**
   * The real thing: `bpkit serve` as its own process with a simulated device, a real signal, and
   * the process exiting by itself (nothing left open) with code 0 after stopping the device.
   * Readiness is read from the log, never guessed with a sleep.
   */
  test.each(["SIGINT", "SIGTERM"] as const)(
    "a %s to the bpkit serve process stops the device and the process exits 0",
    async (signal) => {
      const child = spawn(process.execPath, [BPKIT, "serve", "--websocket-port", "0", "--no-bluetooth", "--simulate", "lush"], {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      try {
        const port = await new Promise<number>((resolve, reject) => {
          const onData = (chunk: Buffer) => {
            output += chunk.toString("utf8");
            // The client websocket (the device websocket server logs its own "listening on" first).
            const match = /\[bpkit\] listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(output);
            if (match && /device 0 added/.test(output)) resolve(Number(match[1]));
          };
          child.stdout.on("data", onData);
          child.stderr.on("data", onData);
          void exited.then((code) => reject(new Error(`bpkit serve exited (${code}) before listening:\n${output}`)));
        });
        const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${port}`));
        await client.handshake("process signal test");
        expect(await client.request({ OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } } })).toEqual({ Ok: { Id: 2 } });
        child.kill(signal);
        expect(await exited).toBe(0);
        await client.whenClosed();
        expect(output).toMatch(new RegExp(`${signal}: stopping devices`));
        expect(output).toMatch(/stopping 1 device\(s\)/);
        expect(output).toMatch(/shut down/);
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      }
    },
    RUNNING_TIMEOUT_MS,
  );
});
