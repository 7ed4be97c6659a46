/**
 * Device activity for observers and logs: HardwareDevice reports each output's value as it goes to
 * the device (after the timing gap and cache) and every byte written and received; the device
 * manager forwards both with the DeviceIndex and logs them (--log debug: values and bytes written,
 * --log trace: bytes received too), escaped with logSafe.
 */
import type { v4 } from "../../generated";
import { HardwareDevice } from "../../runtime/hardware/hardware-device";
import { DeviceManager } from "../../runtime/server/device-manager";
import { TestDeviceSource } from "../../runtime/server/test-device";
import type { DeviceSource, ServerDevice } from "../../runtime/server/device";
import { FakeClock, flush } from "./fake-clock";
import { FakeLink } from "./fake-link";
import { recordingLogger, testDefinition, testHandler } from "./test-protocol";

function setup(gap = 0) {
  const link = new FakeLink();
  const clock = new FakeClock();
  const device = new HardwareDevice({ definition: testDefinition(gap), handler: testHandler(), link, clock });
  const outputs: Array<[number, v4.OutputCommand]> = [];
  const bytes: Array<[string, string, number[]]> = [];
  device.on("output", (feature, command) => outputs.push([feature, command]));
  device.on("bytes", (direction, endpoint, data) => bytes.push([direction, endpoint, [...data]]));
  return { link, clock, device, outputs, bytes };
}

/** A device source that announces one device as soon as it is listened to. */
function sourceOf(device: ServerDevice): DeviceSource {
  const source = new TestDeviceSource();
  setImmediate(() => source.emit("device", device));
  return source;
}

describe("HardwareDevice observers", () => {
  test("output reports the client's value once it goes out, and the bytes written", async () => {
    const { device, outputs, bytes } = setup();
    await device.output(0, { Vibrate: { Value: 10 } } as v4.OutputCommand);
    expect(outputs).toEqual([[0, { Vibrate: { Value: 10 } }]]);
    expect(bytes).toEqual([["out", "tx", [0xa0, 0, 10]]]);
  });

  test("values coalesced by the timing gap are reported once, with the value that went out", async () => {
    const { device, clock, outputs } = setup(100);
    await device.output(0, { Vibrate: { Value: 1 } } as v4.OutputCommand);
    const rest = [2, 3, 4].map((v) => device.output(0, { Vibrate: { Value: v } } as v4.OutputCommand));
    await flush();
    await clock.advance(100);
    await Promise.all(rest);
    expect(outputs.map(([, c]) => (c as { Vibrate: { Value: number } }).Vibrate.Value)).toEqual([1, 4]);
  });

  test("a stop reports every client-visible output at 0", async () => {
    const { device, outputs } = setup();
    await device.output(0, { Vibrate: { Value: 10 } } as v4.OutputCommand);
    outputs.length = 0;
    await device.stop();
    expect(outputs).toEqual([
      [0, { Vibrate: { Value: 0 } }],
      [1, { Rotate: { Value: 0 } }],
    ]);
  });

  test("bytes the device sends are reported as in", async () => {
    const { link, bytes } = setup();
    link.deviceSends("rx", [1, 2, 3]);
    expect(bytes).toEqual([["in", "rx", [1, 2, 3]]]);
  });
});

describe("DeviceManager forwards and logs device activity", () => {
  async function managed(level: "debug" | "trace" | "info") {
    const { log, lines } = recordingLogger(level);
    const link = new FakeLink("fake", "AA:BB");
    const device = new HardwareDevice({
      definition: { ...testDefinition(0), name: "Test\u001b[2J Vibrator" },
      handler: testHandler(),
      link,
    });
    const manager = new DeviceManager([sourceOf(device)], log);
    const events: unknown[] = [];
    manager.on("output", (...args) => events.push(["output", ...args]));
    manager.on("bytes", (index, direction, endpoint, data) =>
      events.push(["bytes", index, direction, endpoint, [...data]]),
    );
    await new Promise((resolve) => setImmediate(resolve));
    return { device, link, manager, lines, events };
  }

  test("events carry the DeviceIndex", async () => {
    const { device, link, events } = await managed("info");
    await device.output(0, { Vibrate: { Value: 10 } } as v4.OutputCommand);
    link.deviceSends("rx", [0x41]);
    expect(events).toEqual([
      ["output", 0, 0, { Vibrate: { Value: 10 } }],
      ["bytes", 0, "out", "tx", [0xa0, 0, 10]],
      ["bytes", 0, "in", "rx", [0x41]],
    ]);
  });

  test("--log debug shows device, feature, value and bytes written; not bytes read", async () => {
    const { device, link, lines } = await managed("debug");
    await device.output(0, { Vibrate: { Value: 10 } } as v4.OutputCommand);
    link.deviceSends("rx", [0x41]);
    const debug = lines.filter((l) => l.level === "debug").map((l) => l.message);
    expect(debug).toContain("device 0 (Test\\u001b[2J Vibrator) feature 0: Vibrate 10");
    expect(debug).toContain("device 0 (Test\\u001b[2J Vibrator) → tx: a0 00 0a");
    expect(lines.some((l) => l.message.includes("← rx"))).toBe(false);
  });

  test("--log trace adds bytes received, text protocols shown as escaped text", async () => {
    const { link, lines } = await managed("trace");
    link.deviceSends("rx", [...Buffer.from("Battery;\n\u001b")].slice(0, 9));
    link.deviceSends("rx", [...Buffer.from("OK;\n")]);
    const trace = lines.filter((l) => l.level === "trace").map((l) => l.message);
    expect(trace).toContain('device 0 (Test\\u001b[2J Vibrator) ← rx: 42 61 74 74 65 72 79 3b 0a "Battery;\\n"');
    expect(trace.every((l) => !/[\u0000-\u001f]/.test(l))).toBe(true);
  });
});
