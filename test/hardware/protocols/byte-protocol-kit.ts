/**
 * Test kit for byte-format protocols: device definitions from the official device config, a fake
 * HardwareLink that records commands and answers with scripted reads / notifications, and short
 * constructors for expected hardware commands.
 */
import type { v4 } from "../../../generated";
import { loadDeviceConfig, type DeviceConfig } from "../../../runtime/hardware/config";
import { stopCommands as stopRule, tagWrites } from "../../../runtime/hardware/hardware-device";
import { addToBatch } from "../../../runtime/hardware/timing-gap";
import type {
  DefinedFeature,
  DeviceDefinition,
  Endpoint,
  HardwareCommand,
  HardwareLink,
  Protocol,
  ProtocolHandler,
} from "../../../runtime/hardware/protocol";

type ConfigFeature = {
  index: number;
  id?: string;
  description?: string;
  output?: Record<string, { value?: [number, number]; duration?: [number, number] }>;
  input?: Record<string, { value?: [number, number][]; command?: string[] }>;
};

/** Config key (snake_case) → v4 OutputType / InputType name. */
const pascal = (key: string): string =>
  key === "rssi"
    ? "RSSI"
    : key
        .split("_")
        .map((s) => s[0].toUpperCase() + s.slice(1))
        .join("");

function toDefinedFeature(f: ConfigFeature): DefinedFeature {
  const feature: Record<string, unknown> = { FeatureIndex: f.index, FeatureDescription: f.description ?? "", id: f.id };
  if (f.output) {
    feature.Output = Object.fromEntries(
      Object.entries(f.output).map(([k, v]) => [
        pascal(k),
        v.duration ? { Value: v.value, Duration: v.duration } : { Value: v.value },
      ]),
    );
  }
  if (f.input) {
    feature.Input = Object.fromEntries(
      Object.entries(f.input).map(([k, v]) => [pascal(k), { Value: v.value, Command: v.command }]),
    );
  }
  return feature as unknown as DefinedFeature;
}

let deviceConfig: DeviceConfig | undefined;

/**
 * The definition of a device of the official config as the config loader resolves it (defaults,
 * or the configuration whose identifier list holds `identifier`). An identifier the config does
 * not know is a test error, not a silent fall-back to the defaults.
 */
export function definitionFor(protocol: string, identifier?: string): DeviceDefinition {
  deviceConfig ??= loadDeviceConfig({});
  const definition = deviceConfig.resolveDefinition(protocol, identifier, "AA:BB:CC:DD:EE:FF");
  if (!definition) throw new Error(`No protocol ${protocol} in the official device config`);
  if (identifier !== undefined && definition.identifier !== identifier) {
    throw new Error(`No configuration ${identifier} in protocol ${protocol}`);
  }
  return definition;
}

/** A definition built by hand (for configurations only a user config would create). */
export function definitionWith(protocol: string, features: ConfigFeature[]): DeviceDefinition {
  return { protocol, name: protocol, messageTimingGap: 0, features: features.map(toDefinedFeature) };
}

/** Expected write command. */
export const w = (endpoint: Endpoint, data: number[] | string, withResponse = false): HardwareCommand => ({
  kind: "write",
  endpoint,
  data: typeof data === "string" ? Uint8Array.from(Buffer.from(data, "ascii")) : Uint8Array.from(data),
  withResponse,
});

/** Output commands, as a client would send them in OutputCmd.Command. */
export const cmd = {
  vibrate: (Value: number) => ({ Vibrate: { Value } }) as unknown as v4.OutputCommand,
  rotate: (Value: number) => ({ Rotate: { Value } }) as unknown as v4.OutputCommand,
  rotateWithDirection: (Value: number, Clockwise: boolean) =>
    ({ RotationWithDirection: { Value, Clockwise } }) as unknown as v4.OutputCommand,
  oscillate: (Value: number) => ({ Oscillate: { Value } }) as unknown as v4.OutputCommand,
  constrict: (Value: number) => ({ Constrict: { Value } }) as unknown as v4.OutputCommand,
  spray: (Value: number) => ({ Spray: { Value } }) as unknown as v4.OutputCommand,
  temperature: (Value: number) => ({ Temperature: { Value } }) as unknown as v4.OutputCommand,
  led: (Value: number) => ({ Led: { Value } }) as unknown as v4.OutputCommand,
  position: (Value: number) => ({ Position: { Value } }) as unknown as v4.OutputCommand,
  hwPosition: (Value: number, Duration: number) =>
    ({ HwPositionWithDuration: { Value, Duration } }) as unknown as v4.OutputCommand,
};

/** Output types (v4 names) of a feature. */
const _outputTypes = (f: DefinedFeature): string[] => Object.keys((f as { Output?: object }).Output ?? {});

/**
 * What a Stop writes (HardwareDevice's one stop rule, with a fresh cache): each output feature's
 * first stoppable output at 0 through output(), batched as in one timing gap (a packet holding
 * every motor goes out once).
 */
export function stopCommands(handler: ProtocolHandler, definition: DeviceDefinition): HardwareCommand[] {
  return stopRule(definition.features).reduce<HardwareCommand[]>(
    (batch, [index, command]) => addToBatch(batch, tagWrites(handler.output(index, command), index)),
    [],
  );
}

/** A fake connection: records every executed command, answers reads and notifications from scripts. */
export class FakeLink implements HardwareLink {
  readonly executed: HardwareCommand[] = [];
  readonly endpoints: ReadonlySet<Endpoint>;
  /** BLE manufacturer data of the advertisement, when a test needs it. */
  manufacturerData?: { company: number; data: number[] }[];
  private reads = new Map<Endpoint, Uint8Array[]>();
  private notifications = new Map<Endpoint, Uint8Array[]>();

  constructor(
    endpoints: Endpoint[] = ["tx"],
    readonly name = "test-device",
    readonly address = "AA:BB:CC:DD:EE:FF",
  ) {
    this.endpoints = new Set(endpoints);
  }

  /** Script the answer to the next read of an endpoint. */
  replyToRead(endpoint: Endpoint, data: number[]): this {
    this.reads.set(endpoint, [...(this.reads.get(endpoint) ?? []), Uint8Array.from(data)]);
    return this;
  }

  /** Script the next notification on an endpoint. */
  notify(endpoint: Endpoint, data: number[]): this {
    this.notifications.set(endpoint, [...(this.notifications.get(endpoint) ?? []), Uint8Array.from(data)]);
    return this;
  }

  async execute(command: HardwareCommand): Promise<Uint8Array> {
    if (!this.endpoints.has(command.endpoint)) throw new Error(`FakeLink: no endpoint ${command.endpoint}`);
    this.executed.push(command);
    if (command.kind !== "read") return new Uint8Array();
    const next = this.reads.get(command.endpoint)?.shift();
    if (!next) throw new Error(`FakeLink: nothing scripted for a read of ${command.endpoint}`);
    return next;
  }

  async nextNotification(endpoint: Endpoint): Promise<Uint8Array> {
    const next = this.notifications.get(endpoint)?.shift();
    if (!next) throw new Error(`FakeLink: no notification scripted on ${endpoint}`);
    return next;
  }
}

/** Create a handler for a definition, running initialize() against a fake link when the protocol has one. */
export async function connect(
  protocol: Protocol,
  definition: DeviceDefinition,
  link: FakeLink = new FakeLink(["tx", "rx", "txmode", "txvibrate", "rxblemodel"]),
): Promise<{ handler: ProtocolHandler; link: FakeLink }> {
  const handler = protocol.create(definition);
  await handler.initialize?.(link);
  return { handler, link };
}

/** Commands with their bytes as plain arrays, so a failing comparison prints readable numbers. */
export function plain(commands: HardwareCommand[]): unknown[] {
  // Command ids steer timing-gap batching; the bytes are what a device sees (batching has its own tests).
  return commands.map((c) => {
    if (c.kind !== "write") return c;
    const { commandIds: _commandIds, ...bytes } = c;
    return { ...bytes, data: Array.from(c.data) };
  });
}

/** One output step of a table-driven test: what is sent, and the hardware commands expected. */
export type OutputStep = [
  description: string,
  featureIndex: number,
  command: v4.OutputCommand,
  expected: HardwareCommand[],
];

/** Run output steps in order against one handler (order matters for protocols that keep state). */
export function expectSteps(handler: ProtocolHandler, steps: OutputStep[]): void {
  for (const [description, featureIndex, command, expected] of steps) {
    const got = handler.output(featureIndex, command);
    expect({ step: description, commands: plain(got) }).toEqual({ step: description, commands: plain(expected) });
  }
}
