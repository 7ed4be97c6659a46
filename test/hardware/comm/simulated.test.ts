import { SimulatedLaunch } from "../../../runtime/hardware/comm/simulated/kiiroo-v2";
import { LUSH, NORA, SimulatedLovense } from "../../../runtime/hardware/comm/simulated/lovense";
import { SimulatedTCode } from "../../../runtime/hardware/comm/simulated/tcode";
import { SimulatedWeVibe } from "../../../runtime/hardware/comm/simulated/wevibe";
import {
  createSimulatedDevices,
  simulatedUserConfig,
  SIMULATED_DEVICES,
} from "../../../runtime/hardware/comm/simulated";
import { bytesText, textBytes } from "../../../runtime/hardware/comm/simulated/device";

const say = (device: { receive(d: Uint8Array): Uint8Array[] }, text: string) =>
  device.receive(textBytes(text)).map(bytesText);

describe("simulated Lovense", () => {
  test("answers DeviceType with its type letters, firmware and a 12-digit MAC", () => {
    const nora = new SimulatedLovense(NORA, "LVS-A001", "SIM-NORA-1");
    expect(say(nora, "DeviceType;")).toEqual([expect.stringMatching(/^A:11:[0-9A-F]{12};$/)]);
    const lush = new SimulatedLovense(LUSH, "LVS-S001", "SIM-LUSH-1");
    expect(say(lush, "DeviceType;")[0]).toMatch(/^S:11:/);
  });

  test("parses Vibrate/Rotate/RotateChange into live state and answers OK", () => {
    const nora = new SimulatedLovense(NORA, "LVS-A001", "SIM-NORA-1");
    let changes = 0;
    nora.onChange(() => changes++);
    expect(say(nora, "Vibrate:10;")).toEqual(["OK;"]);
    expect(nora.state).toMatchObject({ vibrate: 10, rotate: 0, clockwise: true });
    expect(say(nora, "RotateChange;Rotate:5;")).toEqual(["OK;", "OK;"]);
    expect(nora.state).toMatchObject({ vibrate: 10, rotate: 5, clockwise: false });
    expect(changes).toBe(3);
    expect(nora.describe()).toContain("10/20");
    expect(nora.describe()).toContain("↺");
  });

  test("answers Battery; with the level, prefixed by s while running", () => {
    const lush = new SimulatedLovense(LUSH, "LVS-S001", "SIM-LUSH-1", 85);
    expect(say(lush, "Battery;")).toEqual(["85;"]);
    say(lush, "Vibrate:3;");
    expect(say(lush, "Battery;")).toEqual(["s85;"]);
  });

  test("refuses what the model cannot do", () => {
    const lush = new SimulatedLovense(LUSH, "LVS-S001", "SIM-LUSH-1");
    expect(say(lush, "Rotate:5;")).toEqual(["ERR;"]);
    expect(say(lush, "Vibrate:21;")).toEqual(["ERR;"]);
    expect(lush.state.vibrate).toBe(0);
    expect(lush.unknownFrames.map(bytesText)).toEqual(["Rotate:5;", "Vibrate:21;"]);
  });
});

describe("simulated WeVibe", () => {
  test("splits the motor byte into internal (high nibble) and external (low nibble)", () => {
    const wevibe = new SimulatedWeVibe("Sync", "SIM-WEVIBE-1");
    wevibe.receive(Uint8Array.of(0x0f, 0x03, 0x00, 0x5a, 0x00, 0x03, 0x00, 0x00));
    expect(wevibe.state).toEqual({ internal: 5, external: 10 });
    wevibe.receive(Uint8Array.of(0x0f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00));
    expect(wevibe.state).toEqual({ internal: 0, external: 0 });
    wevibe.receive(Uint8Array.of(1, 2));
    expect(wevibe.unknownFrames).toHaveLength(1);
  });
});

describe("simulated strokers", () => {
  test("TCode: L0 moves interpolate over the interval; D1 answers the version", () => {
    let now = 0;
    const osr = new SimulatedTCode("bpkit-tcode-stroker", "SIM-STROKER-1", () => now);
    expect(say(osr, "D1\n")).toEqual(["TCode v0.3\n"]);
    expect(say(osr, "L0900I1000\n")).toEqual([]);
    expect(osr.position()).toBeCloseTo(0.5);
    now = 500;
    expect(osr.position()).toBeCloseTo(0.7);
    expect(osr.moving()).toBe(true);
    now = 1000;
    expect(osr.position()).toBeCloseTo(0.9);
    expect(osr.moving()).toBe(false);
    say(osr, "L01 V05");
    expect(osr.position()).toBeCloseTo(0.1);
    expect(osr.state.vibrate).toBeCloseTo(0.5);
  });

  test("Launch: firmware init, then [position, speed]", () => {
    const launch = new SimulatedLaunch("Launch", "SIM-LAUNCH-1");
    launch.receive(Uint8Array.of(0x00));
    launch.receive(Uint8Array.of(80, 40));
    expect(launch.state).toEqual({ ready: true, target: 80, speed: 40 });
  });
});

describe("simulated catalog", () => {
  test("names create devices with distinct addresses; an unknown name is an error naming the known ones", () => {
    const [a, b, c] = createSimulatedDevices(["lush", "lush", "nora"]);
    expect([a!.address, b!.address, c!.address]).toEqual(["SIM-LUSH-1", "SIM-LUSH-2", "SIM-NORA-1"]);
    expect(() => createSimulatedDevices(["vibrotron"])).toThrow(
      /unknown simulated device "vibrotron" \(known: lush, nora/,
    );
  });

  test("the user-config fragment lists each identifier as a websocket name of its protocol", () => {
    const fragment = simulatedUserConfig();
    expect(fragment.version.major).toBe(4);
    for (const kind of Object.values(SIMULATED_DEVICES)) {
      expect(fragment.user_configs.protocols[kind.protocol]!.communication).toContainEqual({
        websocket: { name: kind.identifier },
      });
    }
  });
});
