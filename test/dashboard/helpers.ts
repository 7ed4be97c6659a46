/** Helpers for the dashboard tests: a served bpkit with test devices, and an event-stream viewer. */
import { request } from "node:http";
import WebSocket from "ws";
import { frontend } from "../../generated";
import { simulatedDevicesOf } from "../../runtime/hardware";
import type { SimulatedDevice } from "../../runtime/hardware/comm/simulated";
import { silentLogger, type Logger } from "../../runtime/log";
import { TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import type { v4 } from "../../generated";
import { parseServeArgs, startServe, type RunningServer } from "../../scripts/serve";

/** A vibrator (two Vibrate 0–20, battery) and a stroker (HwPositionWithDuration 0–100). */
export function testDevices(): TestDevice[] {
  const stroker: v4.DeviceFeature[] = [
    {
      FeatureIndex: 0,
      FeatureDescription: "Stroke",
      Output: { HwPositionWithDuration: { Value: [0, 100], Duration: [0, 10000] } },
    },
  ];
  return [
    new TestDevice({ name: "Test Vibrator", identifier: "test/AA:01", features: vibratorFeatures() }),
    new TestDevice({ name: "Test Stroker", identifier: "test/AA:02", features: stroker }),
  ];
}

/** `bpkit serve` on an ephemeral loopback port with test devices (scanning started). */
export async function serveWithDevices(
  args: string[] = [],
  options: { log?: Logger; loopbackOnly?: boolean; devices?: TestDevice[] } = {},
): Promise<{ running: RunningServer; devices: TestDevice[] }> {
  const devices = options.devices ?? testDevices();
  const serveOptions = parseServeArgs(["--websocket-port", "0", "--no-bluetooth", ...args])!;
  const running = await startServe(serveOptions, {
    deviceSources: [new TestDeviceSource(devices)],
    log: options.log ?? silentLogger,
    loopbackOnly: options.loopbackOnly,
  });
  await running.server.devices.startScanning();
  return { running, devices };
}

/** A viewer of the event stream that checks every message against the generated EventFrame validator. */
export class Viewer {
  readonly events: frontend.FrontendEvent[] = [];
  readonly messages: string[] = [];
  readonly invalid: string[] = [];
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data) => {
      const text = data.toString();
      this.messages.push(text);
      const parsed: unknown = JSON.parse(text);
      if (!frontend.validators.EventFrame(parsed))
        this.invalid.push(`${text}: ${JSON.stringify(frontend.validators.EventFrame.errors)}`);
      this.events.push(...(parsed as frontend.FrontendEvent[]));
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<Viewer> {
    const socket = new WebSocket(url, { headers });
    return new Promise((resolve, reject) => {
      socket.once("open", () => resolve(new Viewer(socket)));
      socket.once("unexpected-response", (_req, res) => reject(new Error(`refused: ${res.statusCode}`)));
      socket.once("error", reject);
    });
  }

  /** The events named `name`, in order. */
  of<N extends string>(name: N): Array<Record<string, unknown>> {
    return this.events
      .filter((e) => name in e)
      .map((e) => (e as unknown as Record<string, Record<string, unknown>>)[name]!);
  }

  /** Wait until `done` holds over the events received. */
  async until(done: () => boolean, what = "events"): Promise<void> {
    const deadline = Date.now() + 5000;
    while (!done()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.events).slice(0, 2000)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  send(commands: unknown[]): void {
    this.socket.send(JSON.stringify(commands));
  }

  close(): void {
    this.socket.close();
  }
}

/** A plain HTTP GET; resolves with status and body. */
export function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** `npm start`'s server (the default simulated devices) on an ephemeral port. */
export async function npmStart(
  args: string[] = [],
  loopbackOnly = false,
): Promise<{ running: RunningServer; devices: SimulatedDevice[]; received: Map<string, string[]> }> {
  const options = parseServeArgs(["--simulate", "--no-bluetooth", "--websocket-port", "0", ...args])!;
  const running = await startServe(options, { log: silentLogger, loopbackOnly });
  const devices = running.server.devices.sources.flatMap((s) => simulatedDevicesOf(s).map((c) => c.device));
  // What each simulated device receives, as text (its bytes, for the text protocols used here).
  const received = new Map<string, string[]>();
  for (const device of devices) {
    const receive = device.receive.bind(device);
    received.set(device.kind, []);
    device.receive = (data) => {
      received.get(device.kind)!.push(Buffer.from(data).toString("latin1"));
      return receive(data);
    };
  }
  return { running, devices, received };
}

/** The dashboard's card of device `index` (a CSS selector). */
export const card = (index: number) => `[data-device-index="${index}"]`;

/** The devices of `npm start` (bpkit serve --simulate), in DeviceIndex order. */
export const NPM_START_DEVICES = [
  "Lovense Lush",
  "WeVibe Sync",
  "Lovense Nora",
  "TCode v0.3 (Single Linear Axis)",
  "Fleshlight Launch",
];

/** Their card headings on the page: "#<index> <name>". */
export const NPM_START_CARD_TITLES = NPM_START_DEVICES.map((name, index) => `#${index} ${name}`);
