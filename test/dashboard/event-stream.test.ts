/**
 * The front-end event stream (/events, --frontend-websocket-port): every message valid against
 * the generated EventFrame validator (schema/frontend), what a client's session and devices show,
 * coalescing, slow viewers, and commands from a viewer running through the v4 path.
 */
import { frontend } from "../../generated";
import { EventStream, MAX_BUFFERED_BYTES, type Viewer as StreamViewer } from "../../runtime/dashboard/event-stream";
import { ButtplugServer, TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { connectWebsocket } from "../../runtime/transport";
import { FrameClient } from "../server/helpers";
import { serveWithDevices, Viewer } from "./helpers";

describe("event stream on /events", () => {
  test("a viewer gets a Snapshot, then the client's session, its frames and output values; all valid EventFrames", async () => {
    const { running } = await serveWithDevices();
    const viewer = await Viewer.open(`ws://127.0.0.1:${running.port}/events`);
    try {
      await viewer.until(() => viewer.of("Snapshot").length === 1);
      const snapshot = viewer.of("Snapshot")[0] as unknown as frontend.Snapshot;
      expect(snapshot.version).toBe(1);
      expect(snapshot.session).toBeNull();
      expect(snapshot.devices.map((d) => [d.index, d.name, d.identifier, d.transport])).toEqual([
        [0, "Test Vibrator", { protocol: "test", address: "AA:01" }, "test"],
        [1, "Test Stroker", { protocol: "test", address: "AA:02" }, "test"],
      ]);
      expect(snapshot.server).toMatchObject({
        name: "bpkit",
        spec_versions: [0, 1, 2, 3, 4],
        address: `ws://127.0.0.1:${running.port}`,
      });

      const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
      await client.handshake("Viewer test");
      await client.request({
        OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 1, Command: { Vibrate: { Value: 7 } } },
      });
      await viewer.until(() => viewer.of("OutputChanged").length > 0 && viewer.of("Frame").length >= 4);
      expect(viewer.of("ClientConnected")).toEqual([
        { client_name: "Viewer test", spec_version: 4, since: expect.any(Number) },
      ]);
      expect(viewer.of("OutputChanged")).toEqual([
        { index: 0, feature: 1, type: "Vibrate", value: 7, t: expect.any(Number) },
      ]);
      expect(viewer.of("Frame").map((f) => f.dir)).toEqual(["c2s", "s2c", "c2s", "s2c"]);
      expect(JSON.parse(viewer.of("Frame")[2]!.frame as string)).toEqual([
        { OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 1, Command: { Vibrate: { Value: 7 } } } },
      ]);

      client.connection.close();
      await viewer.until(() => viewer.of("ClientDisconnected").length === 1);
      // The session's end stops every device: the page sees the levels drop.
      await viewer.until(() => viewer.of("OutputChanged").some((o) => o.feature === 1 && o.value === 0));
      expect(viewer.invalid).toEqual([]);
    } finally {
      viewer.close();
      await running.stop();
    }
  });

  test("a second client is ClientRejected; a device going away is DeviceDisconnected; the server stopping is EngineStopped", async () => {
    const { running, devices } = await serveWithDevices();
    const viewer = await Viewer.open(`ws://127.0.0.1:${running.port}/events`);
    const first = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
    await first.handshake();
    const second = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
    await second.handshake("second app");
    await second.whenClosed();
    await devices[1]!.disconnect();
    await viewer.until(() => viewer.of("ClientRejected").length === 1 && viewer.of("DeviceDisconnected").length === 1);
    expect(viewer.of("ClientRejected")[0]!.reason).toMatch(/already connected/);
    // The refused connection's end is not the session's.
    expect(viewer.of("ClientDisconnected")).toEqual([]);
    expect(viewer.of("ClientConnected").map((c) => c.client_name)).toEqual(["test client"]);
    expect(viewer.of("DeviceDisconnected")).toEqual([{ index: 1 }]);
    await running.stop();
    await viewer.until(() => viewer.of("EngineStopped").length === 1);
    expect(viewer.invalid).toEqual([]);
  });

  test("a page opened after a command shows the level: the Snapshot carries the latest output values", async () => {
    const { running } = await serveWithDevices();
    try {
      const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
      await client.handshake();
      await client.request({
        OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 12 } } },
      });
      const viewer = await Viewer.open(`ws://127.0.0.1:${running.port}/events`);
      await viewer.until(() => viewer.of("Snapshot").length === 1);
      const snapshot = viewer.of("Snapshot")[0] as unknown as frontend.Snapshot;
      expect(snapshot.outputs).toEqual([{ index: 0, feature: 0, type: "Vibrate", value: 12, t: expect.any(Number) }]);
      expect(snapshot.session).toMatchObject({ client_name: "test client", spec_version: 4 });
      viewer.close();
    } finally {
      await running.stop();
    }
  });

  test("a burst of output values is coalesced to the latest; frames beyond an update's cap are counted as Dropped", async () => {
    const { running } = await serveWithDevices();
    const viewer = await Viewer.open(`ws://127.0.0.1:${running.port}/events`);
    try {
      const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
      await client.handshake();
      await viewer.until(() => viewer.of("ClientConnected").length === 1);
      const before = viewer.messages.length;
      // 400 commands, each its own frame, sent at once: more frames than one update carries.
      for (let i = 0; i < 400; i++)
        client.send({
          OutputCmd: { Id: 10 + i, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: (i % 20) + 1 } } },
        });
      await client.reply(409);
      await viewer.until(
        () => viewer.of("OutputChanged").some((o) => o.value === 20) && viewer.of("Frame").length >= 3,
      );
      const outputs = viewer.of("OutputChanged");
      expect(outputs.length).toBeLessThan(10);
      expect(outputs[outputs.length - 1]).toMatchObject({ index: 0, feature: 0, value: 20 });
      await viewer.until(() => viewer.of("Dropped").length > 0, "a Dropped event");
      expect(viewer.of("Dropped")[0]).toMatchObject({ reason: "rate-limit" });
      expect(viewer.messages.length - before).toBeLessThan(50);
      expect(viewer.invalid).toEqual([]);
    } finally {
      viewer.close();
      await running.stop();
    }
  });

  test("commands from a viewer run through the v4 path: range-checked, then the device gets them; Stop all stops every device", async () => {
    const { running, devices } = await serveWithDevices();
    const viewer = await Viewer.open(`ws://127.0.0.1:${running.port}/events`);
    try {
      viewer.send([
        { OutputCmd: { Id: 1, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 99 } } } },
        { OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 5 } } } },
        {
          OutputCmd: {
            Id: 3,
            DeviceIndex: 1,
            FeatureIndex: 0,
            Command: { HwPositionWithDuration: { Value: 40, Duration: 300 } },
          },
        },
      ]);
      await viewer.until(() => viewer.of("CommandResult").length === 3);
      expect(viewer.of("CommandResult")).toEqual([
        {
          Id: 1,
          ok: false,
          error: expect.stringContaining("Vibrate Value 99 is outside the advertised range [0, 20]"),
        },
        { Id: 2, ok: true },
        { Id: 3, ok: true },
      ]);
      expect(devices[0]!.outputs).toEqual([{ featureIndex: 0, command: { Vibrate: { Value: 5 } } }]);
      expect(devices[1]!.outputs).toEqual([
        { featureIndex: 0, command: { HwPositionWithDuration: { Value: 40, Duration: 300 } } },
      ]);
      viewer.send([{ StopCmd: { Id: 4 } }]);
      await viewer.until(() => viewer.of("CommandResult").length === 4);
      expect(devices.map((d) => d.stops.length)).toEqual([1, 1]);
      viewer.send([{ Ping: { Id: 5 } }]);
      await viewer.until(() => viewer.of("CommandResult").length === 5);
      expect(viewer.of("CommandResult")[4]).toMatchObject({
        Id: 0,
        ok: false,
        error: expect.stringContaining("invalid command frame"),
      });
      // A viewer reads inputs (the reading comes as an event); subscribing is the client's.
      devices[0]!.setInput(2, { Battery: { Value: 64 } } as never);
      viewer.send([
        { InputCmd: { Id: 6, DeviceIndex: 0, FeatureIndex: 2, Type: "Battery", Command: "Read" } },
        { InputCmd: { Id: 7, DeviceIndex: 0, FeatureIndex: 2, Type: "Battery", Command: "Subscribe" } },
      ]);
      await viewer.until(() => viewer.of("CommandResult").length === 7 && viewer.of("InputReading").length === 1);
      expect(viewer.of("CommandResult").slice(5)).toEqual([
        { Id: 6, ok: true },
        { Id: 7, ok: false, error: "a viewer may only Read inputs" },
      ]);
      expect(viewer.of("InputReading")).toEqual([
        { index: 0, feature: 2, type: "Battery", value: 64, t: expect.any(Number) },
      ]);
      expect(viewer.invalid).toEqual([]);
    } finally {
      viewer.close();
      await running.stop();
    }
  });

  test("--frontend-websocket-port serves the same stream on its own port", async () => {
    const { running } = await serveWithDevices(["--frontend-websocket-port", "0", "--no-dashboard"]);
    try {
      expect(running.frontendPort).toBeGreaterThan(0);
      const viewer = await Viewer.open(`ws://127.0.0.1:${running.frontendPort}/`);
      await viewer.until(() => viewer.of("Snapshot").length === 1 && viewer.of("EngineStarted").length === 1);
      expect((viewer.of("Snapshot")[0] as unknown as frontend.Snapshot).devices).toHaveLength(2);
      viewer.close();
    } finally {
      await running.stop();
    }
  });
});

describe("EventStream and slow viewers", () => {
  test("a viewer with too much unsent is skipped and counted, then gets Dropped and a fresh Snapshot; others are unaffected", async () => {
    const device = new TestDevice({ name: "V", features: vibratorFeatures() });
    const server = new ButtplugServer({ deviceSources: [new TestDeviceSource([device])] });
    await server.devices.startScanning();
    const stream = new EventStream(server, () => ({
      name: "bpkit",
      version: "0",
      spec_versions: [4],
      started_at: 0,
      max_ping_time: 0,
      flags: {},
    }));
    const fast: string[] = [];
    const slow: string[] = [];
    const slowViewer = {
      bufferedAmount: MAX_BUFFERED_BYTES + 1,
      send: (t: string) => slow.push(t),
    } satisfies StreamViewer;
    stream.attach({ bufferedAmount: 0, send: (t) => fast.push(t) });
    stream.attach(slowViewer);
    const wait = () => new Promise((resolve) => setTimeout(resolve, 80));
    await device.output(0, { Vibrate: { Value: 3 } } as never);
    await wait();
    await device.output(0, { Vibrate: { Value: 4 } } as never);
    await wait();
    expect(fast).toHaveLength(3);
    expect(slow).toHaveLength(1); // only its Snapshot
    slowViewer.bufferedAmount = 0;
    await device.output(0, { Vibrate: { Value: 5 } } as never);
    await wait();
    const resync = JSON.parse(slow[1]!) as frontend.FrontendEvent[];
    expect(frontend.validators.EventFrame(resync)).toBe(true);
    expect(resync[0]).toEqual({ Dropped: { count: 2, reason: "slow-viewer" } });
    expect((resync[1] as { Snapshot: frontend.Snapshot }).Snapshot.outputs).toEqual([
      expect.objectContaining({ value: 5 }),
    ]);
    stream.stop();
    await server.shutdown();
  });
});
