/**
 * A user-disabled motor in the middle of a device, seen from the official spec v3 client (npm
 * buttplug@3, `buttplug3`) through `bpkit serve`: a MysteryVibe Crescendo (six motors in one
 * frame) with its third motor disabled lists five vibrators, and the v3 attribute Index 2 drives
 * FeatureIndex 3 — byte 3 of the six-motor frame the device really takes.
 */
import { EventEmitter } from "node:events";
import {
  ActuatorType,
  ButtplugClient,
  ButtplugNodeWebsocketClientConnector,
  type ButtplugClientDevice,
} from "buttplug3";
import { applyUserConfigFile, loadDeviceConfig } from "../../runtime/hardware/config";
import { createHardwareDevice } from "../../runtime/hardware/comm/identify";
import type { HardwareDevice } from "../../runtime/hardware/hardware-device";
import { getProtocol } from "../../runtime/hardware/protocols";
import type { DeviceSource } from "../../runtime/server/device";
import { parseServeArgs, startServe, type RunningServer } from "../../scripts/serve";
import { FakeClock } from "./fake-clock";
import { FakeLink, describeCommand, describeWrite } from "./fake-link";
import { recordingLogger } from "./test-protocol";
import { until } from "../until";

const CRESCENDO_MOTORS = [
  "40c417e0-8a0b-4017-a0b5-2b33df4f0acc",
  "84057071-af0e-4156-9f82-f7afc794bcde",
  "edaa4f3d-71c2-43b3-b9c3-b6a425b27200",
  "b977c4f4-1585-49c4-9980-c2e8d329f713",
  "ba9c09c7-1948-4b6f-823f-d9fd1380709c",
  "5a0a0429-5fb6-4bcb-bb4c-5e14f4338677",
];

const userConfig = {
  version: { major: 4, minor: 0 },
  user_configs: {
    devices: [
      {
        identifier: { protocol: "mysteryvibe", identifier: "MV Crescendo", address: "MV:02" },
        config: {
          id: "5e1f0000-0000-4000-8000-000000000800",
          base_id: "09470af5-da2f-45f4-b540-da653c4c0b40",
          features: CRESCENDO_MOTORS.map((base, k) => ({
            id: `5e1f0000-0000-4000-8000-00000000080${k + 1}`,
            base_id: base,
            ...(k === 2 ? { output: { vibrate: { disabled: true } } } : {}),
          })),
          user_config: { allow: false, deny: false, index: 0 },
        },
      },
    ],
  },
};

/** A device source that announces one ready device when scanning starts. */
class OneDeviceSource extends EventEmitter implements DeviceSource {
  readonly name = "test";
  constructor(private readonly device: HardwareDevice) {
    super();
  }
  async startScanning(): Promise<void> {
    this.emit("device", this.device);
  }
  async stopScanning(): Promise<void> {}
  async shutdown(): Promise<void> {}
}

describe("official v3 client ↔ bpkit serve ↔ MysteryVibe with a disabled middle motor", () => {
  let running: RunningServer | undefined;
  let client: ButtplugClient | undefined;
  afterEach(async () => {
    if (client?.connected) await client.disconnect();
    await running?.stop();
  });

  test("five vibrators listed; attribute Index 2 is FeatureIndex 3, byte 3 of the six-byte frame", async () => {
    const { log, lines } = recordingLogger("warn");
    const config = loadDeviceConfig({ log });
    applyUserConfigFile(config, "<test user config>", log, JSON.stringify(userConfig));
    expect(lines).toEqual([]);
    const link = new FakeLink("MV Crescendo", "MV:02");
    const mv = (await createHardwareDevice(link, "mysteryvibe", { config, getProtocol, log, clock: new FakeClock() }))!;
    // Connecting stops every motor once (keepalive device): all six must be addressable.
    expect(lines).toEqual([]);
    expect(mv).toBeDefined();
    link.commands.length = 0; // init and the stop on connect

    running = await startServe(parseServeArgs(["--websocket-port", "0", "--no-bluetooth"])!, {
      deviceSources: [new OneDeviceSource(mv)],
      log,
    });
    client = new ButtplugClient("bpkit legacy e2e");
    const added = new Promise<ButtplugClientDevice>((resolve) => client!.once("deviceadded", resolve));
    await client.connect(new ButtplugNodeWebsocketClientConnector(`ws://127.0.0.1:${running.port}`));
    await client.startScanning();
    const device = await added;
    expect(device.vibrateAttributes.map((a) => [a.Index, a.StepCount])).toEqual([
      [0, 56],
      [1, 56],
      [2, 56],
      [3, 56],
      [4, 56],
    ]);

    await device.scalar({ Index: 2, Scalar: 1, ActuatorType: ActuatorType.Vibrate });
    await until(() => link.commands.length === 1);
    expect(link.commands.map(describeCommand)).toEqual([
      describeWrite("txvibrate", [0x00, 0x00, 0x00, 0x38, 0x00, 0x00]),
    ]);
  });
});
