/** `bpkit simulate` (scripts/simulate.ts) against an in-process device websocket server. */
import { WebsocketDeviceManager } from "../../../runtime/hardware/comm/websocket";
import {
  addSimulatedWebsocketNames,
  createDeviceSources,
  DEFAULT_HARDWARE_OPTIONS,
  simulatedDevicesOf,
} from "../../../runtime/hardware";
import { loadDeviceConfig } from "../../../runtime/hardware/config";
import { getProtocol } from "../../../runtime/hardware/protocols";
import type { ServerDevice } from "../../../runtime/server/device";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../../scripts/simulate";
import type { LogLevel } from "../../../runtime/log";
import { recordingLogger } from "../test-protocol";
import { until } from "../../until";

function output(isTTY = false) {
  let text = "";
  return { out: { isTTY, write: (t: string) => (text += t) }, text: () => text };
}

/** A device websocket server on `port` (0: any free one) that knows the simulated devices' names, and the devices it made. */
async function simulatedNamesWsdm(port = 0, level: LogLevel = "warn") {
  const { log } = recordingLogger(level);
  const config = loadDeviceConfig({ log });
  addSimulatedWebsocketNames(config, log);
  const wsdm = new WebsocketDeviceManager({ port, config, getProtocol, log });
  const devices: ServerDevice[] = [];
  wsdm.on("device", (d) => devices.push(d));
  return { wsdm, devices, port: await wsdm.listen() };
}

/** `bpkit simulate <args>` printing to `out`, until stop() ends it; it must then exit 0. */
function simulate(args: string[], out: ReturnType<typeof output>["out"]) {
  const controller = new AbortController();
  const exit = run(args, { out, signal: controller.signal });
  return {
    async stop() {
      controller.abort();
      expect(await exit).toBe(0);
    },
  };
}

describe("bpkit simulate", () => {
  test("--list names every simulated device with its protocol", async () => {
    const o = output();
    expect(await run(["--list"], o)).toBe(0);
    for (const name of ["lush", "nora", "wevibe", "stroker", "launch"]) expect(o.text()).toContain(`  ${name} `);
    expect(o.text()).toContain("protocol lovense");
  });

  test("--list names the protocol aliases", async () => {
    const o = output();
    expect(await run(["--list"], o)).toBe(0);
    for (const [protocol, name] of [
      ["lovense", "lush"],
      ["wevibe", "wevibe"],
      ["tcode-v03", "stroker"],
      ["kiiroo-v2", "launch"],
    ]) {
      expect(o.text()).toMatch(new RegExp(`  ${protocol} += ${name}\\b`));
    }
  });

  test("a protocol name stands for the first simulated device of that protocol", async () => {
    const { wsdm, devices, port } = await simulatedNamesWsdm();
    const o = output(false);
    const simulator = simulate(["lovense", "tcode-v03", "lush", "--port", String(port)], o.out);
    try {
      await until(() => devices.length === 3);
      expect(devices.map((d) => d.name).filter((n) => n === "Lovense Lush")).toHaveLength(2);
      // An alias and the device's own name count together: distinct addresses.
      await until(() => o.text().includes("EXT-LUSH-2"));
      expect(o.text()).toContain("stroker EXT-STROKER-1");
    } finally {
      await simulator.stop();
      await wsdm.shutdown();
    }
  });

  test("`serve --simulate` hardware: a protocol name attaches that protocol's first device", async () => {
    const { log } = recordingLogger("warn");
    const sources = await createDeviceSources(
      { ...DEFAULT_HARDWARE_OPTIONS, useBluetooth: false, simulate: ["kiiroo-v2", "lovense"] },
      log,
    );
    try {
      expect(simulatedDevicesOf(sources[0]!).map((c) => c.device.kind)).toEqual(["launch", "lush"]);
    } finally {
      await Promise.all(sources.map((s) => s.shutdown()));
    }
  });

  test("an unknown device or a bad port is a usage error", async () => {
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await run(["vibrotron"], output())).toBe(2);
      expect(await run(["lush", "--port", "99999"], output())).toBe(2);
      expect(String(stderr.mock.calls[0]![0])).toContain('unknown simulated device "vibrotron"');
      expect(String(stderr.mock.calls[1]![0])).toContain("--port: 99999 is outside 1…65535");
    } finally {
      stderr.mockRestore();
    }
  });

  test("connects to the server's WSDM and prints the state the server's commands produce", async () => {
    const { wsdm, devices, port } = await simulatedNamesWsdm();
    const o = output(false);
    const simulator = simulate(["lush", "--port", String(port)], o.out);
    try {
      await until(() => devices.length === 1);
      expect(devices[0]!.name).toBe("Lovense Lush");
      await devices[0]!.output(0, { Vibrate: { Value: 10 } } as never);
      await until(() => o.text().includes("10/20"));
      expect(o.text()).toMatch(/lush EXT-LUSH-1 +vibrate .* 10\/20/);
    } finally {
      await simulator.stop();
      await wsdm.shutdown();
    }
  });

  test("on a terminal, each device keeps one line that is redrawn in place", async () => {
    const { wsdm, devices, port } = await simulatedNamesWsdm();
    const o = output(true);
    const simulator = simulate(["lush", "wevibe", "--port", String(port)], o.out);
    try {
      await until(() => devices.length === 2);
      await devices.find((d) => d.name === "Lovense Lush")!.output(0, { Vibrate: { Value: 20 } } as never);
      await until(() => o.text().includes("20/20"));
    } finally {
      await simulator.stop();
      await wsdm.shutdown();
    }
    // After the first frame, every redraw moves up over the two device lines and clears each one.
    const frames = o.text().split("\x1b[2F");
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames.slice(1)) expect(frame.match(/\x1b\[2K/g)).toHaveLength(2);
    expect(frames.some((f) => /lush EXT-LUSH-1 +vibrate ██████████ 20\/20/.test(f))).toBe(true);
    expect(frames[frames.length - 1]).toContain("[stopped]");
  });

  test("reconnects when the server goes away and comes back on the same port", async () => {
    const first = await simulatedNamesWsdm(0, "error");
    const o = output(false);
    const simulator = simulate(["lush", "--port", String(first.port)], o.out);
    let second: WebsocketDeviceManager | undefined;
    try {
      await until(() => first.devices.length === 1);
      await first.wsdm.shutdown(); // the server stops: the device's socket drops
      await until(() => o.text().includes("server went away"));
      const again = await simulatedNamesWsdm(first.port, "error");
      second = again.wsdm;
      await until(() => again.devices.length === 1);
      await again.devices[0]!.output(0, { Vibrate: { Value: 7 } } as never);
      await until(() => o.text().includes(" 7/20"));
    } finally {
      await simulator.stop();
      await second?.shutdown();
    }
  });

  test("its devices do not collide with a server's in-process simulated devices (npm start)", async () => {
    const { log } = recordingLogger("error");
    const sources = await createDeviceSources(
      {
        ...DEFAULT_HARDWARE_OPTIONS,
        useBluetooth: false,
        useDeviceWebsocketServer: true,
        deviceWebsocketServerPort: 0,
        simulate: ["lush"],
      },
      log,
    );
    const wsdm = sources[0] as WebsocketDeviceManager;
    const identifiers: string[] = [];
    wsdm.on("device", (d) => identifiers.push(d.identifier));
    const inProcess = simulatedDevicesOf(wsdm).map((c) => `lovense/${c.device.address}`);
    const simulator = simulate(["lush", "--port", String(wsdm.port)], output().out);
    try {
      await until(() => identifiers.some((i) => !inProcess.includes(i)));
      expect(inProcess).toEqual(["lovense/SIM-LUSH-1"]);
      expect(identifiers.filter((i) => !inProcess.includes(i))).toEqual(["lovense/EXT-LUSH-1"]);
    } finally {
      await simulator.stop();
      await Promise.all(sources.map((s) => s.shutdown()));
    }
  });

  test("exits 1 when the server refuses the device, printing the reason", async () => {
    const { log } = recordingLogger("error");
    const config = loadDeviceConfig({ log }); // no simulated names registered: refused
    const wsdm = new WebsocketDeviceManager({ port: 0, config, getProtocol, log });
    const port = await wsdm.listen();
    const o = output(false);
    try {
      expect(await run(["nora", `--address=ws://127.0.0.1:${port}`], o)).toBe(1);
      expect(o.text()).toContain('closed by the server (1008 unknown identifier "LVS-A001"');
    } finally {
      await wsdm.shutdown();
    }
  });
});

describe("bpkit simulate --pty", () => {
  test("`simulate tcode --pty` prints a pty a `--use-serial` server finds through the printed user config, and drives", async () => {
    const o = output(false);
    const simulator = simulate(["tcode", "--pty"], o.out);
    const dir = mkdtempSync(join(tmpdir(), "bpkit-pty-"));
    let sources: Awaited<ReturnType<typeof createDeviceSources>> = [];
    try {
      await until(() => /user device config: (\{.*\})\n/.test(o.text()));
      const port = /stroker on (\S+)\n/.exec(o.text())![1]!;
      const userConfig = /user device config: (\{.*\})\n/.exec(o.text())![1]!;
      expect(JSON.parse(userConfig).user_configs.protocols["tcode-v03"].communication[0].serial.port).toBe(port);
      const file = join(dir, "user-config.json");
      writeFileSync(file, userConfig);

      const { log } = recordingLogger("warn");
      sources = await createDeviceSources(
        { ...DEFAULT_HARDWARE_OPTIONS, useBluetooth: false, useSerial: true, userDeviceConfigFile: file },
        log,
      );
      expect(sources.map((s) => s.name)).toEqual(["serial"]);
      const found = new Promise<ServerDevice>((resolve) => sources[0]!.on("device", resolve));
      await sources[0]!.startScanning();
      const device = await found;
      expect(device.name).toBe("TCode v0.3 (Single Linear Axis)");
      await device.output(0, { HwPositionWithDuration: { Value: 250, Duration: 0 } });
      await until(() => o.text().includes(" 25%"));
    } finally {
      await Promise.all(sources.map((s) => s.shutdown()));
      await simulator.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("--pty refuses devices that are not serial devices", async () => {
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await run(["lush", "--pty"], output())).toBe(2);
      expect(String(stderr.mock.calls[0]![0])).toContain("--pty serves serial devices only (tcode-v03); lush is not");
    } finally {
      stderr.mockRestore();
    }
  });
});
