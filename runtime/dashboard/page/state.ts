/**
 * The dashboard page's model of the server: built from the event stream (schema/frontend) and
 * nothing else. Pure (no DOM), so it is tested without a browser.
 */
import type { frontend } from "../../../generated";

/** An output's latest value as the server reported it. */
export interface OutputState {
  value: number;
  duration?: number;
  t: number;
}

/** An input's recent readings (oldest first). */
export interface InputState {
  history: Array<{ t: number; value: number }>;
}

export interface DeviceState {
  info: frontend.DeviceConnected;
  /** By "featureIndex/OutputType". */
  outputs: Map<string, OutputState>;
  /** By "featureIndex/InputType". */
  inputs: Map<string, InputState>;
}

/** One line of the message log. */
export interface LogEntry {
  seq: number;
  t: number;
  /** c2s / s2c: a client frame; out / in: bytes to / from a device. */
  kind: "c2s" | "s2c" | "out" | "in";
  /** The frame text, or the bytes as hex pairs. */
  text: string;
  /** Bytes as text, when they are printable (text protocols). */
  ascii?: string;
  device?: number;
  endpoint?: string;
}

/** Readings kept per input for its chart. */
export const INPUT_HISTORY = 60;
/** Log lines kept. */
export const LOG_LIMIT = 1000;

/** See the file comment. */
export class DashboardState {
  server?: frontend.ServerState;
  session: frontend.SessionState | null = null;
  readonly devices = new Map<number, DeviceState>();
  log: LogEntry[] = [];
  /** Events the server could not deliver to this page (slow page, or rate limit). */
  dropped = 0;
  /** Set when the server said it is stopping. */
  engineStopped = false;
  /** Last command error reported by the server. */
  lastError?: string;
  private seq = 0;

  /** Apply one websocket message (an EventFrame). */
  apply(frame: frontend.EventFrame): void {
    for (const event of frame) this.applyEvent(event);
  }

  applyEvent(event: frontend.FrontendEvent): void {
    if ("Snapshot" in event) {
      const s = event.Snapshot;
      this.server = s.server;
      this.session = s.session;
      this.engineStopped = false;
      this.devices.clear();
      for (const d of s.devices) this.addDevice(d);
      for (const o of s.outputs) this.setOutput(o);
    } else if ("EngineStopped" in event) this.engineStopped = true;
    else if ("ClientConnected" in event) {
      const c = event.ClientConnected;
      this.session = { client_name: c.client_name, spec_version: c.spec_version, since: c.since };
    } else if ("ClientDisconnected" in event) this.session = null;
    else if ("ClientPing" in event) {
      if (this.session) this.session.last_ping = event.ClientPing.t;
    } else if ("DeviceConnected" in event) this.addDevice(event.DeviceConnected);
    else if ("DeviceDisconnected" in event) this.devices.delete(event.DeviceDisconnected.index);
    else if ("OutputChanged" in event) this.setOutput(event.OutputChanged);
    else if ("InputReading" in event) {
      const r = event.InputReading;
      const device = this.devices.get(r.index);
      if (!device) return;
      const key = `${r.feature}/${r.type}`;
      const input = device.inputs.get(key) ?? { history: [] };
      input.history.push({ t: r.t, value: Array.isArray(r.value) ? (r.value[0] ?? 0) : r.value });
      if (input.history.length > INPUT_HISTORY) input.history.splice(0, input.history.length - INPUT_HISTORY);
      device.inputs.set(key, input);
    } else if ("Frame" in event) {
      const f = event.Frame;
      this.addLog({ t: f.t, kind: f.dir, text: f.frame });
    } else if ("DeviceBytes" in event) {
      const b = event.DeviceBytes;
      const ascii = printable(b.hex);
      this.addLog({
        t: b.t,
        kind: b.dir,
        text: b.hex.replace(/(..)(?!$)/g, "$1 "),
        device: b.index,
        endpoint: b.endpoint,
        ...(ascii !== undefined ? { ascii } : {}),
      });
    } else if ("Dropped" in event) this.dropped += event.Dropped.count;
    else if ("CommandResult" in event) {
      if (!event.CommandResult.ok) this.lastError = event.CommandResult.error ?? "command failed";
    }
  }

  private addDevice(info: frontend.DeviceConnected): void {
    this.devices.set(info.index, { info, outputs: new Map(), inputs: new Map() });
  }

  private setOutput(o: frontend.OutputChanged): void {
    const device = this.devices.get(o.index);
    if (!device) return;
    device.outputs.set(`${o.feature}/${o.type}`, {
      value: o.value,
      t: o.t,
      ...(o.duration !== undefined ? { duration: o.duration } : {}),
    });
  }

  private addLog(entry: Omit<LogEntry, "seq">): void {
    this.log.push({ seq: ++this.seq, ...entry });
    if (this.log.length > LOG_LIMIT) this.log = this.log.slice(this.log.length - LOG_LIMIT);
  }
}

/** The bytes of a hex string as text, when every byte is printable ASCII (or \r \n). */
export function printable(hex: string): string | undefined {
  if (hex.length === 0) return undefined;
  let text = "";
  for (let i = 0; i < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    if (byte === 0x0a) text += "\\n";
    else if (byte === 0x0d) text += "\\r";
    else if (byte < 0x20 || byte > 0x7e) return undefined;
    else text += String.fromCharCode(byte);
  }
  return text;
}

/** Where a value sits in a range, 0…1. */
export function fraction(value: number, [min, max]: [number, number]): number {
  if (max === min) return value > min ? 1 : 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}
