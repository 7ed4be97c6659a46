/**
 * Test support for protocol tests: a fake HardwareLink that records every command and answers
 * reads / notifications from a script, definitions built from the official device-config file,
 * and short ways to write expected bytes.
 */
import * as fs from "fs";
import * as path from "path";
import type { DeviceDefinition, DefinedFeature, HardwareCommand, HardwareLink, ProtocolHandler } from "../../../runtime/hardware/protocol";

const CONFIG_FILE = path.join(__dirname, "../../../runtime/hardware/device-config/buttplug-device-config-v4.json");

const OUTPUT_NAMES: Record<string, string> = {
  vibrate: "Vibrate",
  rotate: "Rotate",
  oscillate: "Oscillate",
  constrict: "Constrict",
  temperature: "Temperature",
  led: "Led",
  position: "Position",
  hw_position_with_duration: "HwPositionWithDuration",
  spray: "Spray",
};
const INPUT_NAMES: Record<string, string> = {
  battery: "Battery",
  rssi: "Rssi",
  button: "Button",
  pressure: "Pressure",
  depth: "Depth",
  position: "Position",
};

interface ConfigFeature {
  id?: string;
  description?: string;
  output?: Record<string, { value: number[]; duration?: number[] }>;
  input?: Record<string, { value: number[][]; command: string[] }>;
}
interface ConfigEntry {
  identifier?: string[];
  name?: string;
  features?: ConfigFeature[];
  protocol_variant?: string;
  message_gap_ms?: number;
}

let configCache: { protocols: Record<string, { defaults?: ConfigEntry; configurations?: ConfigEntry[] }> } | undefined;
function config() {
  configCache ??= JSON.parse(fs.readFileSync(CONFIG_FILE, "utf8"));
  return configCache!;
}

/**
 * The definition the official config gives a protocol + identifier (configuration features replace
 * the defaults' when present, as in the reference), in the v4 DeviceFeature shape.
 * Throws when the identifier names no configuration, so a typo cannot silently test the defaults.
 */
export function definitionFor(protocol: string, identifier?: string): DeviceDefinition & { protocolVariant?: string } {
  const entry = config().protocols[protocol];
  if (!entry) throw new Error(`no protocol ${protocol} in the device config`);
  const defaults = entry.defaults ?? {};
  let chosen: ConfigEntry = {};
  if (identifier !== undefined) {
    const found = (entry.configurations ?? []).find((c) => c.identifier?.includes(identifier));
    if (!found) throw new Error(`no configuration ${identifier} in protocol ${protocol}`);
    chosen = found;
  }
  const features = chosen.features && chosen.features.length > 0 ? chosen.features : (defaults.features ?? []);
  return {
    protocol,
    name: chosen.name ?? defaults.name ?? protocol,
    identifier,
    messageTimingGap: chosen.message_gap_ms ?? defaults.message_gap_ms ?? 0,
    protocolVariant: chosen.protocol_variant ?? defaults.protocol_variant,
    features: features.map((f, index) => toV4Feature(f, index)),
  };
}

function toV4Feature(f: ConfigFeature, index: number): DefinedFeature {
  const feature: Record<string, unknown> = { FeatureIndex: index, FeatureDescription: f.description ?? "" };
  if (f.output) {
    const output: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(f.output)) {
      output[OUTPUT_NAMES[key]] = v.duration ? { Value: v.value, Duration: v.duration } : { Value: v.value };
    }
    feature.Output = output;
  }
  if (f.input) {
    const input: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(f.input)) input[INPUT_NAMES[key]] = { Value: v.value, Command: v.command };
    feature.Input = input;
  }
  if (f.id) feature.id = f.id;
  return feature as unknown as DefinedFeature;
}

/** One recorded command, readable in test failures: "write tx 0f0300…" or "write tx 'Vibrate:1;'". */
export type Shown = string;

/** Show a command compactly; ASCII payloads as quoted text, others as hex. */
export function show(command: HardwareCommand): Shown {
  switch (command.kind) {
    case "write": {
      const bytes = Array.from(command.data);
      const printable = bytes.length > 0 && bytes.every((b) => b >= 0x20 && b < 0x7f);
      const payload = printable ? `'${String.fromCharCode(...bytes)}'` : hex(bytes);
      return `write ${command.endpoint} ${payload}${command.withResponse ? " (with response)" : ""}`;
    }
    case "read":
      return `read ${command.endpoint} ${command.length}`;
    default:
      return `${command.kind} ${command.endpoint}`;
  }
}

/** Bytes as space-separated two-digit hex, the way the reference test cases list them. */
export const hex = (bytes: ArrayLike<number>): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");

/**
 * Expected write, hex bytes: w("tx", "0f 03 00 99") or ASCII text: w("tx", "'Vibrate:1;'"), shown the
 * same way as recorded commands so either spelling compares equal.
 */
export function w(endpoint: string, payload: string, withResponse = false): Shown {
  const data = payload.startsWith("'")
    ? bytes(payload.slice(1, -1))
    : payload.split(/\s+/).filter(Boolean).map((b) => parseInt(b, 16));
  return show({ kind: "write", endpoint, data: Uint8Array.from(data), withResponse });
}

/** Run one output through a handler and show what it wrote. */
export function out(handler: ProtocolHandler, featureIndex: number, command: Record<string, unknown>): Shown[] {
  return handler.output(featureIndex, command as never).map(show);
}

/** Shorthands for v4 OutputCommands. */
export const vibrate = (Value: number) => ({ Vibrate: { Value } });
export const rotate = (Value: number) => ({ Rotate: { Value } });
export const oscillate = (Value: number) => ({ Oscillate: { Value } });
export const constrict = (Value: number) => ({ Constrict: { Value } });
export const hwPosition = (Value: number, Duration: number) => ({ HwPositionWithDuration: { Value, Duration } });

/** What a scripted link does when asked for a read or a notification. */
export interface Script {
  /** Data returned by reads, per endpoint, in order. */
  reads?: Record<string, number[][]>;
  /**
   * Notifications to deliver, per endpoint, in order. A notification is only delivered after the
   * command count reaches `afterCommands` (default 0), so a reply can wait for the write it answers.
   */
  notifications?: Record<string, { data: number[]; afterCommands?: number }[]>;
}

/** A HardwareLink that records commands and replays a script; missing notifications time out at once. */
export class FakeLink implements HardwareLink {
  readonly commands: HardwareCommand[] = [];
  readonly endpoints: ReadonlySet<string>;
  private readonly reads: Record<string, number[][]>;
  private readonly notifications: Record<string, { data: number[]; afterCommands?: number }[]>;
  /** Timeouts asked for by nextNotification, in order (lets a test check retry behaviour). */
  readonly waits: { endpoint: string; timeoutMs: number }[] = [];
  /** When set, execute() rejects with this error. */
  failWith?: Error;

  constructor(
    readonly name: string,
    endpoints: string[],
    script: Script = {},
    readonly address = "AA:BB:CC:DD:EE:FF",
  ) {
    this.endpoints = new Set(endpoints);
    this.reads = structuredClone(script.reads ?? {});
    this.notifications = structuredClone(script.notifications ?? {});
  }

  async execute(command: HardwareCommand): Promise<Uint8Array> {
    if (this.failWith) throw this.failWith;
    if (!this.endpoints.has(command.endpoint)) throw new Error(`FakeLink: no endpoint ${command.endpoint}`);
    this.commands.push(command);
    if (command.kind === "read") {
      const next = this.reads[command.endpoint]?.shift();
      if (!next) throw new Error(`FakeLink: no scripted read on ${command.endpoint}`);
      return Uint8Array.from(next);
    }
    return new Uint8Array();
  }

  async nextNotification(endpoint: string, timeoutMs: number): Promise<Uint8Array> {
    this.waits.push({ endpoint, timeoutMs });
    const queue = this.notifications[endpoint] ?? [];
    const next = queue[0];
    if (next && (next.afterCommands ?? 0) <= this.commands.length) {
      queue.shift();
      return Uint8Array.from(next.data);
    }
    throw new Error(`FakeLink: timed out waiting ${timeoutMs} ms for a notification on ${endpoint}`);
  }

  /** The recorded commands, shown. */
  shown(): Shown[] {
    return this.commands.map(show);
  }
}

/** ASCII bytes of a string, for scripting Lovense replies. */
export const bytes = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
