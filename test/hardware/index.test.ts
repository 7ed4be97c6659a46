import { createDeviceSources, DEFAULT_HARDWARE_OPTIONS, simulatedDevicesOf } from "../../runtime/hardware";
import type { DeviceSource, ServerDevice } from "../../runtime/server/device";
import { recordingLogger } from "./test-protocol";
import { until } from "../until";

describe("createDeviceSources", () => {
  let sources: DeviceSource[] = [];
  afterEach(async () => {
    await Promise.all(sources.map((s) => s.shutdown()));
    sources = [];
  });

  test("simulate starts the device websocket server and attaches the simulated Lovense toys in-process", async () => {
    const { log, lines } = recordingLogger();
    sources = await createDeviceSources(
      { ...DEFAULT_HARDWARE_OPTIONS, useBluetooth: false, simulate: ["lush", "nora"] },
      log,
    );
    expect(sources.map((s) => s.name)).toEqual(["websocket"]);
    const wsdm = sources[0]!;
    const devices: ServerDevice[] = [];
    wsdm.on("device", (d) => devices.push(d));
    await until(() => devices.length === 2);
    const byName = new Map(devices.map((d) => [d.name, d]));
    expect([...byName.keys()].sort()).toEqual(["Lovense Lush", "Lovense Nora"]);
    const [lushSim, noraSim] = simulatedDevicesOf(wsdm).map((c) => c.device);

    await byName.get("Lovense Lush")!.output(0, { Vibrate: { Value: 10 } } as never);
    await until(() => lushSim!.state.vibrate === 10);

    const nora = byName.get("Lovense Nora")!;
    await nora.output(1, { Rotate: { Value: -5 } } as never);
    await until(() => noraSim!.state.rotate === 5);
    expect(noraSim!.state.clockwise).toBe(false);

    const batteryIndex = [...nora.features.values()].find((f) => f.Input && "Battery" in f.Input)!.FeatureIndex;
    await expect(nora.read(batteryIndex, "Battery" as never)).resolves.toEqual({ Battery: { Value: 85 } });

    await nora.stop();
    await until(() => noraSim!.state.rotate === 0 && noraSim!.state.vibrate === 0);
    expect(lines.filter((l) => l.level === "error")).toEqual([]);
  });

  test("simulated WeVibe, TCode stroker and Launch receive their protocols' bytes", async () => {
    const { log } = recordingLogger();
    sources = await createDeviceSources(
      { ...DEFAULT_HARDWARE_OPTIONS, useBluetooth: false, simulate: ["wevibe", "stroker", "launch"] },
      log,
    );
    const devices: ServerDevice[] = [];
    sources[0]!.on("device", (d) => devices.push(d));
    await until(() => devices.length === 3);
    const [wevibeSim, strokerSim, launchSim] = simulatedDevicesOf(sources[0]!).map((c) => c.device);
    const wevibe = devices.find((d) => d.name === "WeVibe Sync")!;
    expect(wevibe).toBeDefined();
    await wevibe.output(0, { Vibrate: { Value: 5 } } as never);
    await wevibe.output(1, { Vibrate: { Value: 9 } } as never);
    await until(() => wevibeSim!.state.internal === 5 && wevibeSim!.state.external === 9);

    const launch = devices.find((d) => d.name === "Fleshlight Launch")!;
    expect(launchSim!.state.ready).toBe(true); // kiiroo-v2 init wrote [0x00] to the firmware endpoint
    await launch.output(0, { HwPositionWithDuration: { Value: 80, Duration: 500 } } as never);
    await until(() => launchSim!.state.target === 80);

    const stroker = devices.find((d) => d !== wevibe && d !== launch)!;
    expect(stroker.timingGap).toBe(20);
    await stroker.output(0, { HwPositionWithDuration: { Value: 900, Duration: 400 } } as never);
    await until(() => strokerSim!.state.to === 0.9);
    expect(strokerSim!.state.durationMs).toBe(400);
  });

  test('"default" attaches the simulated devices whose protocols bpkit implements', async () => {
    const { log } = recordingLogger();
    sources = await createDeviceSources(
      { ...DEFAULT_HARDWARE_OPTIONS, useBluetooth: false, simulate: ["default"] },
      log,
    );
    const attached = simulatedDevicesOf(sources[0]!).map((c) => c.device.kind);
    expect(attached).toEqual(expect.arrayContaining(["lush", "nora", "wevibe", "stroker"]));
  });

  test("an unknown simulated device name is refused before anything listens", async () => {
    const { log } = recordingLogger();
    await expect(
      createDeviceSources({ ...DEFAULT_HARDWARE_OPTIONS, useBluetooth: false, simulate: ["nope"] }, log),
    ).rejects.toThrow(/unknown simulated device "nope"/);
  });

  test("BLE is a source even where noble cannot load; starting a scan only warns", async () => {
    const { log, lines } = recordingLogger();
    sources = await createDeviceSources({ ...DEFAULT_HARDWARE_OPTIONS, useBluetooth: true }, log);
    expect(sources.map((s) => s.name)).toEqual(["btle"]);
    await sources[0]!.startScanning();
    expect(lines.filter((l) => l.level === "warn")).toHaveLength(1);
  });
});
