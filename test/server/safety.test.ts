/**
 * SAFETY: every way a session ends stops the devices, and the stop reaches the device before the
 * session is over (before the client sees the connection close, before `end`).
 */
import { ErrorCode } from "../../runtime/errors";
import { TestDevice, TestDeviceSource, vibratorFeatures, type ClientSession } from "../../runtime/server";
import { body, type FrameClient, inProcess, memoryLogger, nameOf, startSession, websocket } from "./helpers";

describe.each([inProcess, websocket])("devices stop when a session ends, over $name", (harness) => {
  let device: TestDevice;
  let client: FrameClient;
  let close: () => Promise<void>;
  let session: ClientSession;
  /** Stops the device had received when the client saw the connection close / the session ended. */
  let stopsAtClose: number | undefined;
  let stopsAtEnd: number | undefined;
  const sources = new Map<TestDevice, TestDeviceSource>();
  const sourceOf = (d: TestDevice) => sources.get(d)!;

  async function setup(maxPingTime = 0): Promise<void> {
    device = new TestDevice({ name: "Vib", features: vibratorFeatures() });
    const source = new TestDeviceSource();
    sources.set(device, source);
    const started = await startSession(harness, { maxPingTime, deviceSources: [source] });
    ({ client, close } = started);
    stopsAtClose = stopsAtEnd = undefined;
    client.connection.on("close", () => (stopsAtClose = device.stops.length));
    source.add(device);
    await client.handshake();
    session = started.server.session!;
    session.on("end", () => (stopsAtEnd = device.stops.length));
    // Running, with an input subscribed.
    expect(
      await client.request({
        OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } },
      }),
    ).toEqual({ Ok: { Id: 2 } });
  }

  afterEach(async () => {
    await close();
  });

  function expectFullStop(): void {
    expect(device.stops[0]).toEqual({ kind: "stop", featureIndex: undefined, outputs: true, inputs: true });
  }

  test("ping timeout: Error ERROR_PING, devices stopped, connection closed", async () => {
    // Generous MaxPingTime against pings every 200 ms: a loaded machine must not end it early.
    await setup(1000);
    // Pings keep it alive for longer than MaxPingTime…
    for (let id = 10; id < 16; id++) {
      await new Promise((r) => setTimeout(r, 200));
      expect(await client.request({ Ping: { Id: id } })).toEqual({ Ok: { Id: id } });
    }
    expect(device.stops).toEqual([]);
    // …then the client goes quiet.
    const error = await client.next((m) => nameOf(m) === "Error");
    expect(body(error)).toMatchObject({ Id: 0, ErrorCode: ErrorCode.Ping });
    await client.whenClosed();
    expectFullStop();
    expect(stopsAtClose).toBeGreaterThan(0);
    expect(stopsAtEnd).toBeGreaterThan(0);
  });

  test("socket drop: devices stopped", async () => {
    await setup();
    const ended = new Promise<void>((resolve) => session.on("end", () => resolve()));
    // No Disconnect, no closing handshake where the transport has one.
    const connection = client.connection as { terminate?: () => void; close(reason?: string): void };
    if (connection.terminate) connection.terminate();
    else connection.close("client crashed");
    await ended;
    expectFullStop();
    expect(stopsAtEnd).toBeGreaterThan(0);
  });

  test("Disconnect: Ok, devices stopped, connection closed", async () => {
    await setup();
    expect(await client.request({ Disconnect: { Id: 50 } })).toEqual({ Ok: { Id: 50 } });
    await client.whenClosed();
    expectFullStop();
    expect(stopsAtClose).toBeGreaterThan(0);
    expect(stopsAtEnd).toBeGreaterThan(0);
  });

  test("server shutdown: devices stopped before the session ends", async () => {
    await setup();
    await close();
    await client.whenClosed();
    expectFullStop();
    expect(stopsAtClose).toBeGreaterThan(0);
    expect(stopsAtEnd).toBeGreaterThan(0);
  });

  test("input subscriptions end with the session", async () => {
    await setup();
    const features = vibratorFeatures();
    features[2].Input = { Battery: { Value: [[0, 100]], Command: ["Read", "Subscribe"] } };
    const sub = new TestDevice({ name: "Sub", identifier: "test/sub", features });
    const mark = client.received.length;
    sourceOf(device).add(sub);
    await client.next((m) => nameOf(m) === "DeviceList", mark);
    expect(
      await client.request({
        InputCmd: { Id: 61, DeviceIndex: 1, FeatureIndex: 2, Type: "Battery", Command: "Subscribe" },
      }),
    ).toEqual({ Ok: { Id: 61 } });
    expect(sub.subscriptions.size).toBe(1);
    expect(await client.request({ Disconnect: { Id: 62 } })).toEqual({ Ok: { Id: 62 } });
    await client.whenClosed();
    expect(sub.subscriptions.size).toBe(0);
    expect(sub.stops).toEqual([{ kind: "stop", featureIndex: undefined, outputs: true, inputs: true }]);
  });
});

describe("a device that never answers stop", () => {
  test("does not keep the session from ending; the others are still stopped and the failure is logged", async () => {
    class StuckDevice extends TestDevice {
      override stop(): Promise<void> {
        return new Promise(() => {});
      }
    }
    const stuck = new StuckDevice({ name: "Stuck", identifier: "test/stuck", features: vibratorFeatures() });
    const fine = new TestDevice({ name: "Fine", identifier: "test/fine", features: vibratorFeatures() });
    const { log, lines } = memoryLogger();
    const { client, close, server } = await startSession(inProcess, {
      deviceSources: [new TestDeviceSource([stuck, fine])],
      log,
      stopTimeoutMs: 50,
    });
    await client.handshake();
    await client.request({ StartScanning: { Id: 2 } });
    expect(await client.request({ Disconnect: { Id: 3 } })).toEqual({ Ok: { Id: 3 } });
    await client.whenClosed();
    expect(fine.stops).toHaveLength(1);
    expect(lines.join("\n")).toMatch(/error .*Stuck\): no answer to stop within 50 ms; it may still be running/);
    expect(server.session).toBeUndefined();
    await close();
  });
});
