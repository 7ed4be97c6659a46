/**
 * Test support for protocol tests: a fake HardwareLink that records every command and answers
 * reads / notifications from a script, definitions resolved by the device-config loader from the
 * official database, and short ways to write expected bytes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadDeviceConfig, type DeviceConfig, type ResolvedDeviceDefinition } from "../../../runtime/hardware/config";
import type { HardwareCommand, HardwareLink, ProtocolHandler } from "../../../runtime/hardware/protocol";

const CONFIG_FILE = path.join(__dirname, "../../../runtime/hardware/device-config/buttplug-device-config-v4.json");

let rawConfig: { protocols: Record<string, { configurations?: { identifier?: string[] }[] }> } | undefined;
let loaded: DeviceConfig | undefined;

/**
 * The definition the device-config loader resolves for a protocol + identifier (the built-in
 * database, no user config). Throws when the identifier names no configuration of the protocol, so
 * a typo cannot silently test the protocol defaults.
 */
export function definitionFor(protocol: string, identifier?: string): ResolvedDeviceDefinition {
  rawConfig ??= JSON.parse(fs.readFileSync(CONFIG_FILE, "utf8"));
  const entry = rawConfig!.protocols[protocol];
  if (!entry) throw new Error(`no protocol ${protocol} in the device config`);
  if (identifier !== undefined && !(entry.configurations ?? []).some((c) => c.identifier?.includes(identifier))) {
    throw new Error(`no configuration ${identifier} in protocol ${protocol}`);
  }
  loaded ??= loadDeviceConfig({});
  const definition = loaded.resolveDefinition(protocol, identifier, "AA:BB:CC:DD:EE:FF");
  if (!definition)
    throw new Error(`the device config resolves no definition for ${protocol} ${identifier ?? "(defaults)"}`);
  return definition;
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
    : payload
        .split(/\s+/)
        .filter(Boolean)
        .map((b) => parseInt(b, 16));
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
