/**
 * The rig the comm manager tests share (HID, raw USB, the serial and HID Lovense dongles, Lovense
 * Connect): a manager over the built-in device config and every protocol, served by a server with
 * it as the only device source; an official v4 client's first device; the scan of a manager whose
 * native library cannot load; and the safety check for a client that vanishes without a goodbye
 * (no Disconnect, no websocket close frame: its TCP connection just goes, as when an app crashes
 * or a laptop lid closes): the toy must still get its stop bytes.
 */
import * as Buttplug5 from "buttplug";
import type { CommContext } from "../../../runtime/hardware/comm/identify";
import { loadDeviceConfig } from "../../../runtime/hardware/config";
import { getProtocol } from "../../../runtime/hardware/protocols";
import type { LogLevel } from "../../../runtime/log";
import { ButtplugServer } from "../../../runtime/server";
import type { DeviceSource } from "../../../runtime/server/device";
import { ButtplugJsConnector, connectWebsocket, WebsocketServerTransport } from "../../../runtime/transport";
import { FrameClient, type Msg } from "../../server/helpers";
import { until } from "../../until";
import { recordingLogger } from "../test-protocol";

/** How long a toy may take to get its stop after its client vanished: generous, for a loaded CI machine. */
export const STOP_AFTER_DROP_MS = 2000;

/**
 * `make` builds the manager from the built-in device config, every protocol and a log recorded at
 * `level`; the server has it as its only device source.
 */
export function serveManager<Manager extends DeviceSource>(
  make: (context: CommContext) => Manager,
  level: LogLevel = "warn",
) {
  const { log, lines } = recordingLogger(level);
  const manager = make({ config: loadDeviceConfig({ log }), getProtocol, log });
  const server = new ButtplugServer({ deviceSources: [manager], log });
  return { manager, server, lines };
}

/** An official v4 client (npm buttplug 5) named `name`, connected in process, that scans: it and the first device found. */
export async function firstDevice(server: ButtplugServer, name: string) {
  const client = new Buttplug5.ButtplugClient(name);
  await client.connect(new ButtplugJsConnector(server));
  const added = new Promise<Buttplug5.ButtplugClientDevice>((resolve) => client.once("deviceadded", resolve));
  await client.startScanning();
  return { client, device: await added };
}

/**
 * A manager (`make`, given a loader for its native library) whose library cannot load because of
 * `why`, after scanning twice: each scan finishes and nothing throws. Its log is recorded at `level`.
 */
export async function scanWithoutLibrary<Manager extends DeviceSource>(
  make: (context: CommContext, load: () => never) => Manager,
  why: string,
  level: LogLevel = "warn",
) {
  const load = (): never => {
    throw new Error(why);
  };
  const { manager, lines } = serveManager((context) => make(context, load), level);
  const finished = new Promise<void>((resolve) => manager.on("scanningFinished", resolve));
  await manager.startScanning();
  await finished;
  await manager.startScanning();
  return { manager, lines };
}

/**
 * A raw v4 client over a loopback websocket sets the first device's first Vibrate feature to
 * `value`; once `running()` holds, the client's socket is cut, and `stopped()` must hold within
 * STOP_AFTER_DROP_MS. Shuts the server down.
 */
export async function expectStopWhenClientVanishes(
  server: ButtplugServer,
  value: number,
  toy: { running: () => boolean; stopped: () => boolean },
): Promise<void> {
  const client = await vibrateThenDrop(server, value);
  try {
    await until(toy.running);
    const dropped = client.drop();
    await until(toy.stopped, STOP_AFTER_DROP_MS);
    expect(Date.now() - dropped).toBeLessThan(STOP_AFTER_DROP_MS);
  } finally {
    await client.close();
    await server.shutdown();
  }
}

/**
 * Serve `server` on an ephemeral loopback websocket, connect a raw v4 client, scan until the
 * server lists a device, and set its first Vibrate feature to `value`. `drop()` then cuts the
 * client's socket and resolves with the time it was cut.
 */
async function vibrateThenDrop(server: ButtplugServer, value: number) {
  const transport = new WebsocketServerTransport({ port: 0 });
  transport.on("connection", (connection) => server.connect(connection));
  const { port } = await transport.listen();
  const connection = await connectWebsocket(`ws://127.0.0.1:${port}`);
  const client = new FrameClient(connection);
  await client.handshake("vanishes");
  client.send({ StartScanning: { Id: 2 } });
  const list = await client.next(
    (m) => "DeviceList" in m && Object.keys((m.DeviceList as { Devices: object }).Devices).length > 0,
  );
  const [device] = Object.values((list.DeviceList as { Devices: Record<string, DeviceEntry> }).Devices);
  const feature = Object.values(device!.DeviceFeatures).find((f) => f.Output?.Vibrate);
  if (!feature) throw new Error(`${device!.DeviceName} has no Vibrate feature`);
  const reply: Msg = await client.request({
    OutputCmd: {
      Id: 3,
      DeviceIndex: device!.DeviceIndex,
      FeatureIndex: feature.FeatureIndex,
      Command: { Vibrate: { Value: value } },
    },
  });
  if (!("Ok" in reply)) throw new Error(`OutputCmd answered ${JSON.stringify(reply)}`);
  return {
    drop(): number {
      connection.terminate();
      return Date.now();
    },
    close: () => transport.close(),
  };
}

interface DeviceEntry {
  DeviceName: string;
  DeviceIndex: number;
  DeviceFeatures: Record<string, { FeatureIndex: number; Output?: { Vibrate?: unknown } }>;
}
