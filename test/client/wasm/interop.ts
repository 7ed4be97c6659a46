/**
 * Real interop with the reference implementation: bpkit's client (speaking spec v3 through its
 * legacy adapter) against the reference server compiled to WebAssembly (npm `buttplug-wasm`),
 * with a fake WebBluetooth Magic Motion vibrator the reference identifies and drives.
 *
 * Run by test/client/wasm.test.ts in a child process (`tsx`), because the package is an ES module
 * with top-level await that jest's CommonJS runtime cannot load, and because it needs browser
 * globals. Prints one JSON object (the observations) on stdout; exits 1 with the error otherwise.
 */
import { ButtplugClient, EmbeddedServerConnector, type EmbeddedJsonServer } from "../../../runtime/client";
import { installFakeBrowser, type FakePeripheral } from "./fake-web-bluetooth";

async function loadReferenceServer(): Promise<EmbeddedJsonServer> {
  // The package's connector loads the inner wasm-bindgen module on demand and keeps it on a static field.
  const pkg = (await import("buttplug-wasm/dist/buttplug-wasm.mjs" as string)) as {
    ButtplugWasmClientConnector: { maybeLoadWasm(): Promise<void>; wasmInstance: EmbeddedJsonServer };
  };
  await pkg.ButtplugWasmClientConnector.maybeLoadWasm();
  return pkg.ButtplugWasmClientConnector.wasmInstance;
}

async function main(): Promise<void> {
  const vibe: FakePeripheral = { name: "Smart Mini Vibe", writes: [], readValue: [77] };
  installFakeBrowser([vibe]);
  const server = await loadReferenceServer();
  const client = new ButtplugClient({ name: "bpkit interop", specVersion: 3, replyTimeout: 5000 });
  const events: string[] = [];
  client.on("deviceAdded", (d) => events.push(`deviceAdded ${d.index} ${d.name}`));
  client.on("deviceRemoved", (d) => events.push(`deviceRemoved ${d.index}`));
  client.on("scanningFinished", () => events.push("scanningFinished"));
  client.on("error", (e) => events.push(`error ${e.message}`));

  await client.connect(new EmbeddedServerConnector(server));
  const devicesAtConnect = client.devices.size;
  const added = new Promise<void>((resolve) => client.once("deviceAdded", () => resolve()));
  await client.startScanning();
  await added;
  await client.stopScanning();
  await client.requestDeviceList();
  const device = client.device(0);
  const features = [...device.features.values()].map((f) => ({
    index: f.index,
    description: f.description,
    outputs: Object.fromEntries([...f.outputs].map(([t, o]) => [t, o.range])),
    inputs: Object.fromEntries([...f.inputs].map(([t, i]) => [t, { ranges: i.ranges, commands: i.commands }])),
  }));

  // Every step 0…100 through the v4 API: the reference turns the v3 float back into the step byte.
  const writesBefore = vibe.writes.length;
  for (let step = 0; step <= 100; step++) await device.feature(0).vibrate(step);
  const stepWrites = vibe.writes.slice(writesBefore).map((w) => w.bytes);
  const fractionWritesFrom = vibe.writes.length;
  await device.vibrate({ fraction: 0.5 });
  await device.vibrate({ fraction: 0.333 });
  const fractionWrites = vibe.writes.slice(fractionWritesFrom).map((w) => w.bytes);
  await device.vibrate(60);
  const stopFrom = vibe.writes.length;
  await device.stop();
  const deviceStopWrites = vibe.writes.slice(stopFrom).map((w) => w.bytes);
  await device.vibrate(60);
  const stopAllFrom = vibe.writes.length;
  await client.stopAll();
  const stopAllWrites = vibe.writes.slice(stopAllFrom).map((w) => w.bytes);
  let refused = "";
  const writesBeforeRefused = vibe.writes.length;
  try {
    await device.feature(0).vibrate(101);
  } catch (err) {
    refused = (err as Error).message;
  }
  // One round trip: anything the refused command had sent would have been handled by now.
  await client.requestDeviceList();
  const unchanged = vibe.writes.length === writesBeforeRefused;
  // Leaving with the motor running: the v3 client stops every device before closing.
  await device.vibrate(60);
  const disconnectFrom = vibe.writes.length;
  await client.disconnect();
  const disconnectWrites = vibe.writes.slice(disconnectFrom).map((w) => w.bytes);

  // "auto": the reference server refuses the v4 handshake (its wasm build even throws on it), so
  // the client connects again speaking v3.
  const auto = new ButtplugClient({ name: "bpkit auto", specVersion: "auto", replyTimeout: 5000 });
  await auto.connect(new EmbeddedServerConnector(server));
  const autoVersion = auto.specVersion;
  const autoServer = auto.serverInfo?.serverName;
  await auto.disconnect();

  process.stdout.write(
    `${JSON.stringify({
      serverInfo: client.serverInfo,
      devicesAtConnect,
      events,
      device: { index: device.index, name: device.name, timingGap: device.timingGap, features },
      stepWrites,
      fractionWrites,
      deviceStopWrites,
      stopAllWrites,
      refused,
      writesAfterRefusedUnchanged: unchanged,
      disconnectWrites,
      connectedAfterDisconnect: client.connected,
      auto: { version: autoVersion, serverName: autoServer },
    })}\n`,
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
