/**
 * A client that vanishes without a goodbye (no Disconnect, no websocket close frame: its TCP
 * connection just goes, as when an app crashes or a laptop lid closes), for the per-transport
 * safety tests: the toy must still get its stop bytes.
 */
import type { ButtplugServer } from "../../../runtime/server";
import { connectWebsocket, WebsocketServerTransport } from "../../../runtime/transport";
import { FrameClient, type Msg } from "../../server/helpers";

/** How long a toy may take to get its stop after its client vanished: generous, for a loaded CI machine. */
export const STOP_AFTER_DROP_MS = 2000;

/**
 * Serve `server` on an ephemeral loopback websocket, connect a raw v4 client, scan until the
 * server lists a device, and set its first Vibrate feature to `value`. `drop()` then cuts the
 * client's socket and resolves with the time it was cut.
 */
export async function vibrateThenDrop(server: ButtplugServer, value: number) {
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
