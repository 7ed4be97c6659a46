/**
 * Test helpers for the client: a bpkit server with in-memory test devices, reachable in-process
 * or over a websocket on 127.0.0.1:0, and a connector wrapper that records every frame the
 * client sends (to prove that a refused command sent nothing).
 */
import {
  ButtplugServer,
  TestDevice,
  TestDeviceSource,
  everyFeature,
  vibratorFeatures,
  type ButtplugServerOptions,
} from "../../runtime/server";
import { WebsocketServerTransport, type FrameConnection } from "../../runtime/transport";
import { InProcessConnector, WebsocketConnector, type ButtplugConnector } from "../../runtime/client";

/** How the client reaches the server in a test. */
export type Harness = "in-process" | "websocket";

/** A running server with two test devices (announced on StartScanning) and a connector to it. */
export interface ServerFixture {
  server: ButtplugServer;
  source: TestDeviceSource;
  vibrator: TestDevice;
  everything: TestDevice;
  connector: RecordingConnector;
  url?: string;
  close(): Promise<void>;
}

/** Wraps a connector and records every frame sent through the connections it opens. */
export class RecordingConnector implements ButtplugConnector {
  readonly sent: string[] = [];
  readonly connections: FrameConnection[] = [];
  constructor(readonly inner: ButtplugConnector) {}
  get description(): string {
    return this.inner.description;
  }
  async connect(): Promise<FrameConnection> {
    const connection = await this.inner.connect();
    const send = connection.send.bind(connection);
    connection.send = (frame: string) => {
      this.sent.push(frame);
      send(frame);
    };
    this.connections.push(connection);
    return connection;
  }
  /** Names of the messages sent so far, in order. */
  get sentNames(): string[] {
    return this.sent.flatMap((f) => (JSON.parse(f) as Array<Record<string, unknown>>).map((m) => Object.keys(m)[0]));
  }
  /** Bodies of sent messages with this name. */
  bodies(name: string): Array<Record<string, unknown>> {
    return this.sent.flatMap((f) =>
      (JSON.parse(f) as Array<Record<string, Record<string, unknown>>>).flatMap((m) => (name in m ? [m[name]] : [])),
    );
  }
}

/** Start a bpkit server with a vibrator (index 0 once scanned) and an every-feature device. */
export async function startServer(harness: Harness, options: ButtplugServerOptions = {}): Promise<ServerFixture> {
  const vibrator = new TestDevice({ name: "Test Vibrator", features: vibratorFeatures() });
  const everything = new TestDevice({ name: "Everything", features: everyFeature(), timingGap: 50 });
  const source = new TestDeviceSource([vibrator, everything]);
  const server = new ButtplugServer({ ...options, deviceSources: [source] });
  if (harness === "in-process") {
    return {
      server,
      source,
      vibrator,
      everything,
      connector: new RecordingConnector(new InProcessConnector(server)),
      close: () => server.shutdown(),
    };
  }
  const transport = new WebsocketServerTransport({ port: 0 });
  transport.on("connection", (c) => server.connect(c));
  const { port } = await transport.listen();
  const url = `ws://127.0.0.1:${port}`;
  return {
    server,
    source,
    vibrator,
    everything,
    url,
    connector: new RecordingConnector(new WebsocketConnector(url, { implementation: "ws" })),
    close: async () => {
      await server.shutdown();
      await transport.close();
    },
  };
}

/** Resolves on the next `event` of an emitter (with its arguments). */
export function next<T extends unknown[]>(
  emitter: { once(event: string, listener: (...args: T) => void): unknown },
  event: string,
): Promise<T> {
  return new Promise((resolve) => emitter.once(event, (...args: T) => resolve(args)));
}
