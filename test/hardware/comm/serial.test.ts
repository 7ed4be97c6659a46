/**
 * Serial port devices through real kernel ttys: socat makes a pty pair, bpkit opens one end with
 * the `serialport` package as it would a USB serial stroker, and a simulated TCode stroker answers
 * on the other end. The official clients (npm buttplug 3.2.2, spec v3, and 5.0.2, spec v4) drive
 * it; the stroker receives the reference's bytes; closing the pty removes the device.
 */
import * as Buttplug5 from "buttplug";
import * as Buttplug3 from "buttplug3";
import { ErrorCode } from "../../../runtime/errors";
import { applyUserConfigFile, loadDeviceConfig, type DeviceConfig } from "../../../runtime/hardware/config";
import {
  loadSerialBackend,
  SerialLink,
  SerialPortManager,
  type SerialBackend,
  type SerialConnection,
} from "../../../runtime/hardware/comm/serial";
import { createPtyPair, type PtyPair } from "../../../runtime/hardware/comm/serial/pty";
import { serveOnSerialPort } from "../../../runtime/hardware/comm/simulated/serial";
import { SimulatedTCode } from "../../../runtime/hardware/comm/simulated/tcode";
import { getProtocol } from "../../../runtime/hardware/protocols";
import { write } from "../../../runtime/hardware/protocol";
import { ButtplugServer } from "../../../runtime/server";
import { ButtplugJsConnector, createInProcessPair } from "../../../runtime/transport";
import { recordingLogger } from "../test-protocol";
import { until } from "../../until";
import { scanWithoutLibrary } from "./rig";

/** The user config a TCode user writes (Intiface's docs): the official protocol, their port. */
function portConfig(port: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: { major: 4, minor: 0 },
    user_configs: {
      protocols: {
        "tcode-v03": {
          communication: [{ serial: { port, baud_rate: 115200, data_bits: 8, parity: "N", stop_bits: 1 } }],
          ...extra,
        },
      },
    },
  });
}

/**
 * The reference's linear + vibrate TCode test device (buttplug_tests test_tcode_linear_and_vibrate:
 * linear [0,100] at feature 0, vibrator [0,99] at feature 1), identified by its port.
 */
function linearAndVibrateConfig(port: string): string {
  return portConfig(port, {
    configurations: [
      {
        identifier: [port],
        name: "TCode v0.3 (Single Linear Axis + Single Vibe)",
        id: "6f0c1f7e-4c55-4a43-a6f5-1b8e2a0c9d01",
        features: [
          {
            index: 0,
            id: "6f0c1f7e-4c55-4a43-a6f5-1b8e2a0c9d02",
            output: { hw_position_with_duration: { value: [0, 100], duration: [0, 100000] } },
          },
          { index: 1, id: "6f0c1f7e-4c55-4a43-a6f5-1b8e2a0c9d03", output: { vibrate: { value: [0, 99] } } },
        ],
      },
    ],
  });
}

interface Rig {
  pty: PtyPair;
  stroker: SimulatedTCode;
  /** Every line the stroker received, as text. */
  lines: string[];
  manager: SerialPortManager;
  server: ButtplugServer;
  config: DeviceConfig;
  logLines: { level: string; message: string }[];
}

let backend: SerialBackend;
let rig: Rig | undefined;

beforeAll(() => {
  backend = loadSerialBackend();
});

afterEach(async () => {
  if (!rig) return;
  await rig.server.shutdown();
  await rig.pty.close();
  rig = undefined;
});

async function startRig(userConfig: (port: string) => string): Promise<Rig> {
  const pty = await createPtyPair();
  const stroker = new SimulatedTCode("pty-stroker", pty.devicePort);
  const lines: string[] = [];
  await serveOnSerialPort(
    {
      receive: (data: Uint8Array) => {
        lines.push(Buffer.from(data).toString("latin1"));
        return stroker.receive(data);
      },
    },
    pty.simulatorPort,
    backend,
  );
  const { log, lines: logLines } = recordingLogger("info");
  const config = loadDeviceConfig({ log });
  applyUserConfigFile(config, "user-config.json", log, userConfig(pty.devicePort));
  const manager = new SerialPortManager({ config, getProtocol, log, backend, rescanMs: 50 });
  const server = new ButtplugServer({ deviceSources: [manager], log });
  rig = { pty, stroker, lines, manager, server, config, logLines };
  return rig;
}

describe("serial: a TCode stroker on a pty", () => {
  test("found through the user config's port, driven by a buttplug 3.2.2 client's LinearCmd with the reference's bytes", async () => {
    const { server, lines, pty } = await startRig(linearAndVibrateConfig);
    const client = new Buttplug3.ButtplugClient("serial v3");
    await client.connect(new ButtplugJsConnector(server, { parse: Buttplug3.fromJSON }));
    const added = new Promise<Buttplug3.ButtplugClientDevice>((resolve) => client.on("deviceadded", resolve));
    await client.startScanning();
    const device = await added;
    expect(device.name).toBe("TCode v0.3 (Single Linear Axis + Single Vibe)");

    await device.linear(0.51, 200);
    await until(() => lines.length === 1);
    // The reference's test_tcode_linear_and_vibrate bytes.
    expect([...Buffer.from(lines[0]!, "latin1")]).toEqual([76, 48, 53, 49, 73, 50, 48, 48, 10]);
    await device.vibrate(1);
    await until(() => lines.length === 2);
    expect([...Buffer.from(lines[1]!, "latin1")]).toEqual([86, 49, 57, 57, 10]);
    await device.stop();
    await until(() => lines.length === 3);
    expect([...Buffer.from(lines[2]!, "latin1")]).toEqual([86, 49, 48, 48, 10]);

    const removed = new Promise<Buttplug3.ButtplugClientDevice>((resolve) => client.on("deviceremoved", resolve));
    await pty.close();
    expect((await removed).name).toBe(device.name);
    expect(client.devices).toHaveLength(0);
    await client.disconnect();
  });

  test("driven by a buttplug 5.0.2 client's HwPositionWithDuration; the stroker moves; unplugging removes it", async () => {
    const { server, lines, stroker, pty, logLines } = await startRig((port) => portConfig(port));
    const client = new Buttplug5.ButtplugClient("serial v4");
    await client.connect(new ButtplugJsConnector(server));
    const added = new Promise<Buttplug5.ButtplugClientDevice>((resolve) => client.on("deviceadded", resolve));
    await client.startScanning();
    const device = await added;
    expect(device.name).toBe("TCode v0.3 (Single Linear Axis)");

    await device.runOutput(Buttplug5.DeviceOutput.HwPositionWithDuration.value(510, 200));
    await until(() => lines.length === 1);
    expect(lines).toEqual(["L0510I200\n"]);
    await until(() => stroker.state.to === 0.51);

    const removed = new Promise<void>((resolve) => client.on("deviceremoved", () => resolve()));
    await pty.close();
    await removed;
    expect(client.devices.size).toBe(0);
    expect(logLines).toContainEqual(
      expect.objectContaining({
        level: "info",
        message: expect.stringContaining(`serial port ${pty.devicePort}: device removed`),
      }),
    );
    // The server goes on: a new scan neither fails nor finds the closed port.
    await client.startScanning();
    await client.stopScanning();
    await client.disconnect();
  });

  test("a connection that drops without a word stops the stroker's vibrator on the serial port", async () => {
    const { server, lines } = await startRig(linearAndVibrateConfig);
    const pair = createInProcessPair();
    server.connect(pair.server);
    const frames: string[] = [];
    pair.client.on("frame", (f) => frames.push(f));
    pair.client.send('[{"RequestServerInfo":{"Id":1,"ClientName":"raw","MessageVersion":3}}]');
    pair.client.send('[{"StartScanning":{"Id":2}}]');
    await until(() => frames.some((f) => f.includes("DeviceAdded")));
    pair.client.send(
      '[{"ScalarCmd":{"Id":3,"DeviceIndex":0,"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"}]}}]',
    );
    await until(() => lines.length === 1);
    expect(lines[0]).toBe("V150\n");
    pair.client.close("gone");
    await until(() => lines.length === 2);
    expect(lines[1]).toBe("V100\n");
  });
});

describe("serial manager without a usable port", () => {
  test("a configured port that does not exist is reported once, not on every rescan", async () => {
    const { log, lines } = recordingLogger("info");
    const config = loadDeviceConfig({ log });
    applyUserConfigFile(config, "user-config.json", log, portConfig("/dev/bpkit-no-such-tty"));
    const manager = new SerialPortManager({ config, getProtocol, log, backend, rescanMs: 60_000 });
    await manager.startScanning();
    await manager.scan();
    await manager.scan();
    await manager.shutdown();
    const reports = lines.filter((l) => l.message.includes("/dev/bpkit-no-such-tty"));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.message).toMatch(
      /serial port \/dev\/bpkit-no-such-tty \(tcode-v03, from the device config\): cannot open: /,
    );
  });

  test("serialport that cannot load: one warning, scanning finishes at once, nothing throws", async () => {
    const { manager, lines } = await scanWithoutLibrary(
      (context, backend) => new SerialPortManager({ ...context, backend }),
      "No native build was found for platform=test",
      "info",
    );
    expect(manager.isUnavailable).toBe(true);
    expect(lines.filter((l) => l.level === "warn").map((l) => l.message)).toEqual([
      "serial ports unavailable: cannot load serialport (No native build was found for platform=test); continuing without serial devices",
    ]);
  });

  test("a failed write is ERROR_DEVICE naming the port", async () => {
    const connection: SerialConnection = {
      path: "/dev/ttyUSB7",
      write: () => Promise.reject(new Error("EIO: i/o error, write")),
      close: () => Promise.resolve(),
      onData: () => undefined,
      onClose: () => undefined,
    };
    const link = new SerialLink(connection);
    await expect(link.execute(write("tx", [0x4c]))).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: "serial port /dev/ttyUSB7: write failed: EIO: i/o error, write",
    });
    await expect(link.execute(write("firmware", [1]))).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: expect.stringContaining('no endpoint "firmware"'),
    });
  });
});
