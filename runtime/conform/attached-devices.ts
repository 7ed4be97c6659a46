/**
 * The simulated devices conform attaches to a server's device websocket (`--device-websocket`):
 * a Lovense Lush, a WeVibe Sync and a TCode stroker, each recording the bytes it receives, so a
 * check can see what the server really wrote for the commands it sent.
 */
import {
  connectSimulatedDevice,
  createSimulatedDevices,
  type SimulatedConnection,
  type SimulatedDevice,
} from "../hardware/comm/simulated";
import { bytesText } from "../hardware/comm/simulated/device";

/** The devices conform attaches, by the simulated device names of runtime/hardware/comm/simulated. */
export const CONFORM_DEVICES = ["lush", "wevibe", "stroker"] as const;
export type ConformDeviceKind = (typeof CONFORM_DEVICES)[number];

/** One frame a device received. */
export interface DeviceWrite {
  /** Milliseconds since the device was attached. */
  t: number;
  bytes: Uint8Array;
}

/** A simulated device attached to the server under test. */
export interface AttachedDevice {
  kind: ConformDeviceKind;
  device: SimulatedDevice;
  /** Every frame received, in order. */
  readonly writes: DeviceWrite[];
  /** The DeviceIndex the server gave it, once known (stable for the server's lifetime). */
  index?: number;
  connection: SimulatedConnection;
}

/** Is the device at rest (vibrators at 0)? Strokers hold their position on a stop, so they always are. */
export function isStopped(d: AttachedDevice): boolean {
  const s = d.device.state;
  if (d.kind === "lush") return s.vibrate === 0;
  if (d.kind === "wevibe") return s.internal === 0 && s.external === 0;
  return s.vibrate === 0;
}

/** Bytes for a reason text: ASCII protocols as text, others as hex. */
export function showBytes(d: AttachedDevice, bytes: Uint8Array): string {
  if (d.kind === "wevibe") return `[${[...bytes].map((b) => `0x${b.toString(16).padStart(2, "0")}`).join(", ")}]`;
  return JSON.stringify(bytesText(bytes));
}

/** What a device received from write `from` on, for a reason text. */
export function writesSince(d: AttachedDevice, from: number): string {
  const list = d.writes.slice(from).map((w) => showBytes(d, w.bytes));
  return list.length ? list.join(" ") : "nothing";
}

/** Connect conform's devices to a device websocket (e.g. ws://127.0.0.1:54817). */
export async function attachDevices(url: string): Promise<AttachedDevice[]> {
  const inner = createSimulatedDevices([...CONFORM_DEVICES]);
  const started = Date.now();
  const attached: AttachedDevice[] = [];
  try {
    for (let i = 0; i < inner.length; i++) {
      const device = inner[i]!;
      const writes: DeviceWrite[] = [];
      const recording: SimulatedDevice = {
        kind: device.kind,
        protocol: device.protocol,
        identifier: device.identifier,
        address: `CONFORM-${device.address}`,
        get state() {
          return device.state;
        },
        receive(data) {
          writes.push({ t: Date.now() - started, bytes: data.slice() });
          return device.receive(data);
        },
        describe: (now) => device.describe(now),
        moving: (now) => device.moving(now),
        onChange: (listener) => device.onChange(listener),
      };
      const connection = await connectSimulatedDevice(recording, url);
      attached.push({ kind: CONFORM_DEVICES[i]!, device: recording, writes, connection });
    }
  } catch (error) {
    await detachDevices(attached);
    throw error;
  }
  return attached;
}

export async function detachDevices(devices: readonly AttachedDevice[]): Promise<void> {
  await Promise.all(devices.map((d) => d.connection.close()));
}
