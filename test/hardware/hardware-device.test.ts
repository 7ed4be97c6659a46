import { ButtplugError, ErrorCode } from "../../runtime/errors";
import { HardwareDevice } from "../../runtime/hardware/hardware-device";
import { FakeClock, flush } from "./fake-clock";
import { FakeLink } from "./fake-link";
import { testDefinition, testHandler } from "./test-protocol";

function setup(options: { gap?: number; withStop?: boolean; keepalive?: boolean } = {}) {
  const link = new FakeLink();
  const clock = new FakeClock();
  const handler = testHandler({ withStop: options.withStop ?? false });
  if (options.keepalive) handler.keepalive = () => ({ intervalMs: 1000, commands: [{ kind: "write", endpoint: "tx", data: Uint8Array.of(0xee), withResponse: false }] });
  const device = new HardwareDevice({ definition: testDefinition(options.gap ?? 0), handler, link, clock });
  return { link, clock, device, handler };
}

describe("HardwareDevice", () => {
  test("exposes the definition as a ServerDevice", () => {
    const { device } = setup({ gap: 50 });
    expect(device.identifier).toBe("bpkit-test/AA:BB");
    expect(device.name).toBe("Test Vibrator");
    expect(device.timingGap).toBe(50);
    expect([...device.features.keys()]).toEqual([0, 1, 2]);
    expect(device.features.get(0)).toEqual({ FeatureIndex: 0, FeatureDescription: "", Output: { Vibrate: { Value: [0, 20] } } });
    expect(device.connected).toBe(true);
  });

  test("output turns a v4 command into the handler's bytes on the link", async () => {
    const { device, link } = setup();
    await device.output(0, { Vibrate: { Value: 10 } } as never);
    await device.output(1, { Rotate: { Value: 3 } } as never);
    expect(link.writes).toEqual([[0xa0, 0, 10], [0xa1, 1, 3]]);
  });

  test("output to a missing feature or an output the feature lacks is ERROR_DEVICE", async () => {
    const { device, link } = setup();
    await expect(device.output(7, { Vibrate: { Value: 1 } } as never)).rejects.toMatchObject({ code: ErrorCode.Device });
    await expect(device.output(0, { Rotate: { Value: 1 } } as never)).rejects.toMatchObject({ code: ErrorCode.Device });
    expect(link.writes).toEqual([]);
  });

  test("timing gap: fast commands are coalesced to the latest value, all callers get Ok", async () => {
    const { device, link, clock } = setup({ gap: 100 });
    await device.output(0, { Vibrate: { Value: 1 } } as never);
    const rest = [2, 3, 4].map((v) => device.output(0, { Vibrate: { Value: v } } as never));
    await flush();
    expect(link.writes).toEqual([[0xa0, 0, 1]]);
    await clock.advance(100);
    await expect(Promise.all(rest)).resolves.toEqual([undefined, undefined, undefined]);
    expect(link.writes).toEqual([[0xa0, 0, 1], [0xa0, 0, 4]]);
  });

  test("stop goes out at once inside the gap and cancels coalesced values", async () => {
    const { device, link, clock } = setup({ gap: 100 });
    await device.output(0, { Vibrate: { Value: 5 } } as never);
    const pending = device.output(0, { Vibrate: { Value: 9 } } as never);
    await device.stop();
    // Every output feature set to 0 through the handler, without waiting for the gap.
    expect(link.writes).toEqual([[0xa0, 0, 5], [0xa0, 0, 0], [0xa1, 1, 0]]);
    await expect(pending).resolves.toBeUndefined();
    await clock.advance(1000);
    expect(link.writes).toHaveLength(3);
  });

  test("a handler that throws makes output reject with ERROR_DEVICE (not throw)", async () => {
    const { device, handler } = setup();
    handler.output = () => {
      throw new Error("value out of range for this protocol");
    };
    const result = device.output(0, { Vibrate: { Value: 1 } } as never);
    await expect(result).rejects.toMatchObject({ code: ErrorCode.Device, message: expect.stringContaining("value out of range") });
  });

  test("a command right after a stop waits for the gap", async () => {
    const { device, link, clock } = setup({ gap: 100 });
    await clock.advance(1000);
    await device.stop();
    const next = device.output(0, { Vibrate: { Value: 7 } } as never);
    await flush();
    expect(link.writes).toEqual([[0xa0, 0, 0], [0xa1, 1, 0]]);
    await clock.advance(100);
    await next;
    expect(link.writes).toEqual([[0xa0, 0, 0], [0xa1, 1, 0], [0xa0, 0, 7]]);
  });

  test("stop uses the handler's stop() when it has one; a feature stop only touches that feature", async () => {
    const { device, link } = setup({ withStop: true });
    await device.stop();
    expect(link.writes).toEqual([[0xa2]]);
    await device.stop({ featureIndex: 1 });
    expect(link.writes).toEqual([[0xa2], [0xa1, 1, 0]]);
  });

  test("read asks the protocol, which talks over the link", async () => {
    const { device, link } = setup();
    link.respond = (c) => (c.kind === "write" && c.data[0] === 0xb0 ? { endpoint: "rx", data: [0xb1, 85] } : undefined);
    await expect(device.read(2, "Battery" as never)).resolves.toEqual({ Battery: { Value: 85 } });
    await expect(device.read(0, "Battery" as never)).rejects.toMatchObject({ code: ErrorCode.Device });
  });

  test("subscribed inputs become reading events; unsubscribe and stop({inputs}) end them", async () => {
    const { device, link } = setup();
    const readings: unknown[] = [];
    device.on("reading", (index, reading) => readings.push([index, reading]));
    link.deviceSends("rx", [0xb1, 10]);
    expect(readings).toEqual([]);
    await device.subscribe(2, "Battery" as never);
    link.deviceSends("rx", [0xb1, 20]);
    link.deviceSends("rx", [0x00]);
    expect(readings).toEqual([[2, { Battery: { Value: 20 } }]]);
    await device.stop({ outputs: false });
    link.deviceSends("rx", [0xb1, 30]);
    expect(readings).toHaveLength(1);
    expect(link.commands.filter((c) => c.kind === "unsubscribe")).toHaveLength(1);
  });

  test("link loss mid-command rejects it with ERROR_DEVICE and emits disconnected once", async () => {
    const { device, link } = setup();
    let disconnects = 0;
    device.on("disconnected", () => disconnects++);
    link.hold = true;
    const inFlight = device.output(0, { Vibrate: { Value: 3 } } as never);
    await flush();
    link.drop();
    link.drop();
    const error = await inFlight.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ButtplugError);
    expect(error).toMatchObject({ code: ErrorCode.Device, message: expect.stringContaining("device disconnected") });
    expect(disconnects).toBe(1);
    expect(device.connected).toBe(false);
    await expect(device.output(0, { Vibrate: { Value: 1 } } as never)).rejects.toMatchObject({ code: ErrorCode.Device });
    await expect(device.stop()).rejects.toMatchObject({ code: ErrorCode.Device });
    await device.disconnect();
    expect(disconnects).toBe(1);
  });

  test("link loss rejects values waiting for the timing gap", async () => {
    const { device, link } = setup({ gap: 100 });
    await device.output(0, { Vibrate: { Value: 1 } } as never);
    const waiting = device.output(0, { Vibrate: { Value: 2 } } as never);
    link.drop();
    await expect(waiting).rejects.toMatchObject({ code: ErrorCode.Device });
  });

  test("disconnect() closes the link and emits disconnected once", async () => {
    const { device, link } = setup();
    let disconnects = 0;
    device.on("disconnected", () => disconnects++);
    await device.disconnect();
    expect(link.connected).toBe(false);
    expect(disconnects).toBe(1);
  });

  test("keepalive re-sends the handler's commands on its interval until disconnect", async () => {
    const { device, link, clock } = setup({ keepalive: true });
    await clock.advance(2500);
    expect(link.writes).toEqual([[0xee], [0xee]]);
    await device.disconnect();
    await clock.advance(5000);
    expect(link.writes).toHaveLength(2);
  });
});
