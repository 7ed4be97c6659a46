/** The test-suite tap (test/setup/session-tap.ts) puts what the server ends send through the session checker. */
import { createInProcessPair } from "../../runtime/transport";
import { takeServerProblems } from "../setup/session-tap";

const tick = () => new Promise((resolve) => setImmediate(resolve));

test("a frame the server end sends that breaks the session's rules is a finding; valid traffic is none", async () => {
  const { client, server } = createInProcessPair();
  server.on("frame", () => {});
  client.on("frame", () => {});
  client.send(
    JSON.stringify([
      { RequestServerInfo: { Id: 1, ClientName: "t", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
    ]),
  );
  await tick();
  server.send(
    JSON.stringify([
      { ServerInfo: { Id: 1, ServerName: "s", MaxPingTime: 0, ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
    ]),
  );
  client.send(JSON.stringify([{ Frobnicate: { Id: 2 } }])); // a client's mistake: answered by Error, not a finding
  await tick();
  server.send(JSON.stringify([{ Error: { Id: 2, ErrorCode: 3, ErrorMessage: "unknown message" } }]));
  server.send(JSON.stringify([{ Error: { Id: 0, ErrorCode: 2, ErrorMessage: "ping timeout" } }]));
  expect(takeServerProblems()).toEqual([]);
  server.send(JSON.stringify([{ Ok: { Id: 9 } }]));
  expect(takeServerProblems()).toEqual([
    expect.stringMatching(/\[reply\] \/0\/Ok\/Id Ok Id 9 answers no outstanding request$/),
  ]);
  client.close();
});

test("bpkit's own client is tapped at its end: a frame it sends that breaks the spec is a finding", async () => {
  const { ButtplugClient } = await import("../../runtime/client");
  const { startServer } = await import("../client/helpers");
  const f = await startServer("in-process");
  const client = new ButtplugClient({ name: "tap test" });
  await client.connect(f.connector);
  expect(takeServerProblems()).toEqual([]);
  // Reach past the client's API to send what it never should: a client message with Id 0.
  const internals = client as unknown as { sendWire(messages: unknown[], timeout: number): Promise<unknown> };
  await internals.sendWire([{ Ping: { Id: 0 } }], 1000).catch(() => undefined);
  const problems = takeServerProblems();
  expect(problems).toEqual([
    'bpkit client at in-process client (spec v4), frame 5 [{"Ping":{"Id":0}}]: [schema] /0/Ping/Id Id 0 must be >= 1',
  ]);
  await client.disconnect();
  await f.close();
});

test("an official client's frames are judged too: what npm buttplug 5 sends that breaks the spec is a finding", async () => {
  const { ButtplugClient } = await import("buttplug");
  const { ButtplugServer, TestDevice, TestDeviceSource, vibratorFeatures } = await import("../../runtime/server");
  const { ButtplugJsConnector } = await import("../../runtime/transport");
  const device = new TestDevice({ name: "Tap Vibrator", features: vibratorFeatures() });
  const server = new ButtplugServer({ name: "tap", deviceSources: [new TestDeviceSource([device])] });
  const client = new ButtplugClient("official tap test");
  await client.connect(new ButtplugJsConnector(server));
  await client.startScanning();
  const vibrator = await new Promise<{ index: number }>((resolve) => {
    if (client.devices.size) resolve([...client.devices.values()][0]!);
    else client.once("deviceadded", resolve);
  });
  expect(takeServerProblems()).toEqual([]);
  // Reach past its API: a Vibrate above the feature's advertised 0–20.
  const internals = client as unknown as { sendMessage(message: unknown): Promise<unknown> };
  await internals
    .sendMessage({
      OutputCmd: { Id: 1, DeviceIndex: vibrator.index, FeatureIndex: 0, Command: { Vibrate: { Value: 21 } } },
    })
    .catch(() => undefined);
  expect(takeServerProblems()).toEqual([
    expect.stringMatching(/^\(official client\) in-process \(spec v4\), frame \d+ .*\[range\] .*21/),
  ]);
  await client.disconnect();
  await server.shutdown();
});
