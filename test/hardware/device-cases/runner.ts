/**
 * Replays a device test case in the reference server's format (crates/buttplug_tests
 * device_test_case/*.yaml; bpkit's own cases use the same format) through bpkit, as the reference's
 * runner (tests/util/device_test/client/client_vN) does: identification and initialization against
 * a fake device, then a client at one spec version driving the server in-process, and the bytes the
 * device gets compared with the case's, byte for byte and in order.
 *
 * The fake device is the reference test device: every endpoint the protocol's BLE services name,
 * reads answered from a queue, notifications delivered on subscribed endpoints only, and a 1 ms
 * DeviceMessageTimingGap when the config sets none. Time is a fake clock that moves 1 ms at a time
 * whenever the runner waits, so timing-gap batching happens as it would in real time.
 * As in the reference's runner, what a device gets after a case's last expected command is not
 * checked (two reference cases end before the stop of an output they never drove).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import type { SpecVersion } from "../../../generated";
import { loadDeviceConfig } from "../../../runtime/hardware/config";
import { createHardwareDevice } from "../../../runtime/hardware/comm/identify";
import type { HardwareDevice } from "../../../runtime/hardware/hardware-device";
import type { HardwareCommand } from "../../../runtime/hardware/protocol";
import { getProtocol } from "../../../runtime/hardware/protocols";
import { Logger } from "../../../runtime/log";
import { ButtplugServer } from "../../../runtime/server";
import { createInProcessPair } from "../../../runtime/transport";
import { FrameClient, type Msg } from "../../server/helpers";
import { FakeClock } from "../fake-clock";
import { describeCommand as describeLinkCommand, describeWrite, FakeLink } from "../fake-link";
import { EventEmitter } from "node:events";
import type { DeviceSource } from "../../../runtime/server/device";

/**
 * A hardware command as the cases write it. bpkit's own cases may write `data: !AnyBytes 16` for a
 * write whose bytes are random (a handshake nonce): its endpoint, length and flag are still checked.
 */
export type CaseCommand =
  // A tagged scalar reaches the runner as text: `!AnyBytes 16` is { AnyBytes: "16" }.
  | { Write: { endpoint: string; data: number[] | { AnyBytes: number | string }; write_with_response: boolean } }
  | { Subscribe: { endpoint: string } }
  | { Unsubscribe: { endpoint: string } };

type CaseEvent =
  | { Notifications: { endpoint: string; data: number[] }[] }
  /** bpkit's own cases may name the `length` the read that gets this answer must ask for. */
  | { Reads: { endpoint: string; data: number[]; length?: number }[] }
  | { Disconnect: null };

/**
 * A client command as the cases write it: the reference's TestClientCommand, and two that only
 * bpkit's own cases use, at spec v4: a raw OutputCmd / InputCmd to one feature. Each may name the
 * reply it expects instead of Ok: `expected_reading` (an InputReading's Reading) or
 * `expected_error` (text the Error's ErrorMessage contains).
 */
export type ClientCommand =
  | { Scalar: { Index: number; Scalar: number; ActuatorType: string }[] }
  | { Vibrate: { Index: number; Speed: number }[] }
  | { Rotate: { Index: number; Speed: number; Clockwise: boolean }[] }
  | { Linear: { Index: number; Duration: number; Position: number }[] }
  | { Battery: { expected_power: number; run_async: boolean } }
  | { Stop: null }
  | { RSSI: null }
  | { Output: { FeatureIndex: number; Command: Record<string, unknown>; expected_error?: string } }
  | {
      Input: {
        FeatureIndex: number;
        Type: string;
        Command: "Read" | "Subscribe" | "Unsubscribe";
        expected_reading?: unknown;
        expected_error?: string;
      };
    };

/**
 * One step of a case. `Readings` (bpkit's own cases, spec v4) waits for the InputReading events a
 * subscription makes the server send, in order.
 */
export type Step =
  | { Messages: { device_index: number; messages: ClientCommand[] } }
  | { Commands: { device_index: number; commands: CaseCommand[] } }
  | { Events: { device_index: number; events: CaseEvent[] } }
  | { Readings: { device_index: number; readings: { FeatureIndex: number; Reading: unknown }[] } }
  | { VersionGated: { min_spec_version: number; commands: Step[] } };

export interface DeviceCase {
  devices: {
    /**
     * The reference's identifier (a BLE name), or for bpkit's own cases of a device reached over
     * serial, HID or a device websocket, the `protocol` that transport gives it (matching skipped).
     */
    identifier: {
      name: string;
      address?: string;
      protocol?: string;
      /** bpkit's own cases: the advertisement's manufacturer data (some protocols identify the model by it). */
      manufacturer_data?: { company: number; data: number[] }[];
    };
    expected_name?: string;
    expected_display_name?: string;
    /** bpkit's own cases: each feature's outputs with their value ranges, as a v4 DeviceList shows them. */
    expected_outputs?: Record<string, [number, number]>[];
    /** bpkit's own cases: the endpoints the device has (default: every one its protocol's BLE services name). */
    endpoints?: string[];
  }[];
  device_config_file?: string;
  user_device_config_file?: string;
  /** bpkit's own cases: the spec versions the case runs at (default 4); the reference's say it in its runner. */
  spec_versions?: SpecVersion[];
  device_init?: Step[];
  device_commands: Step[];
}

/** YAML node → plain value; a tagged node (`!Write …`) becomes `{ Write: … }`, as serde reads it. */
function toValue(node: unknown): unknown {
  let value: unknown;
  if (isMap(node)) {
    value = Object.fromEntries(
      node.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), toValue(pair.value)]),
    );
  } else if (isSeq(node)) {
    value = node.items.map(toValue);
  } else if (isScalar(node)) {
    value = node.value === "" ? null : node.value;
  } else {
    value = null;
  }
  const tag = (node as { tag?: string } | null)?.tag;
  return tag?.startsWith("!") && !tag.startsWith("!!") ? { [tag.slice(1)]: value } : value;
}

/** Parse a case file's text. */
export function parseCase(text: string): DeviceCase {
  const doc = parseDocument(text, { logLevel: "error" });
  if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join("\n"));
  return toValue(doc.contents) as DeviceCase;
}

/** The steps a version runs: VersionGated groups below it dropped whole (reference filter_commands). */
export function stepsFor(steps: Step[] | undefined, version: number): Exclude<Step, { VersionGated: unknown }>[] {
  return (steps ?? []).flatMap((step) =>
    "VersionGated" in step
      ? version >= step.VersionGated.min_spec_version
        ? stepsFor(step.VersionGated.commands, version)
        : []
      : [step],
  );
}

/** A recorded or expected command, readable in a failure: "write tx [0f 03] with response". */
export function describeCommand(command: HardwareCommand | CaseCommand): string {
  if ("kind" in command) return describeLinkCommand(command);
  if ("Write" in command) {
    const { endpoint, data, write_with_response } = command.Write;
    if (Array.isArray(data)) return describeWrite(endpoint, data, write_with_response);
    return `write ${endpoint} [any ${data.AnyBytes} bytes]${write_with_response ? " with response" : ""}`;
  }
  if ("Subscribe" in command) return `subscribe ${command.Subscribe.endpoint}`;
  return `unsubscribe ${command.Unsubscribe.endpoint}`;
}

/** A recorded command, described as `expected` when that is a write of random bytes and only the bytes differ. */
function describeAs(recorded: HardwareCommand, expected: CaseCommand | undefined): string {
  const data = expected && "Write" in expected ? expected.Write.data : undefined;
  if (recorded.kind === "write" && data && !Array.isArray(data) && recorded.data.length === Number(data.AnyBytes))
    return describeCommand({
      Write: { endpoint: recorded.endpoint, data, write_with_response: recorded.withResponse },
    });
  return describeCommand(recorded);
}

/** Outcome of one case at one version. */
export interface CaseResult {
  /** What went wrong, empty when the case passed. */
  problems: string[];
  /** The protocol that drove each device (as far as the case got). */
  protocols: string[];
}

/** A source that announces ready devices when scanning starts. */
class ReadyDevices extends EventEmitter implements DeviceSource {
  readonly name = "device-case";
  constructor(private readonly devices: HardwareDevice[]) {
    super();
  }
  async startScanning(): Promise<void> {
    for (const device of this.devices) this.emit("device", device);
    this.emit("scanningFinished");
  }
  async stopScanning(): Promise<void> {}
  async shutdown(): Promise<void> {}
}

const GAP_MS = 1;
const MAX_WAIT_STEPS = 400;

/** Run one case at one spec version. `configDir` holds the case's config files. */
export async function runCase(deviceCase: DeviceCase, version: SpecVersion, configDir: string): Promise<CaseResult> {
  const problems: string[] = [];
  const protocols: string[] = [];
  const clock = new FakeClock();
  const logLines: string[] = [];
  const log = new Logger("warn", "device-case", (level, component, message) =>
    logLines.push(`${level} [${component}] ${message}`),
  );
  const config = loadDeviceConfig({
    log,
    ...(deviceCase.device_config_file ? { deviceConfigFile: join(configDir, deviceCase.device_config_file) } : {}),
    ...(deviceCase.user_device_config_file
      ? { userDeviceConfigFile: join(configDir, deviceCase.user_device_config_file) }
      : {}),
  });

  /** Let in-process deliveries and promise chains run, then move the clock 1 ms; until `done` or too long. */
  const waitFor = async (done: () => boolean): Promise<boolean> => {
    for (let step = 0; step < MAX_WAIT_STEPS; step++) {
      for (let turn = 0; turn < 4 && !done(); turn++) await new Promise<void>((resolve) => setImmediate(resolve));
      if (done()) return true;
      await clock.advance(GAP_MS);
    }
    return done();
  };

  // One fake device per case device, with every endpoint its protocol's BLE services name.
  const links: FakeLink[] = [];
  const creating: Promise<HardwareDevice | undefined>[] = [];
  let generated = 0;
  for (const { identifier, endpoints: caseEndpoints } of deviceCase.devices) {
    const manufacturerData = identifier.manufacturer_data ?? [];
    const matches = config.matchBluetooth({ name: identifier.name, serviceUuids: [], manufacturerData });
    const protocol = identifier.protocol ?? matches[0]?.protocol;
    if (!protocol) {
      problems.push(`no protocol matches the BLE name "${identifier.name}"`);
      return { problems, protocols };
    }
    const bleEndpoints = Object.values(config.bluetoothServices(protocol)).flatMap((chars) => Object.keys(chars));
    // A serial or HID link has tx and rx.
    const endpoints = caseEndpoints ?? (bleEndpoints.length > 0 ? bleEndpoints : ["tx", "rx"]);
    const link = new FakeLink(identifier.name, identifier.address ?? `device-case-${generated++}`, endpoints);
    link.waitForReads = true;
    link.manufacturerData = manufacturerData;
    links.push(link);
    creating.push(createHardwareDevice(link, protocol, { config, getProtocol, log, clock }, GAP_MS));
  }

  // Expected commands per device, in order; `checked` counts how many were compared so far.
  const recorded = (device: number) => links[device]!.commands.filter((c) => c.kind !== "read");
  const checked = links.map(() => 0);
  const compare = async (device: number, commands: CaseCommand[], where: string): Promise<boolean> => {
    const from = checked[device]!;
    checked[device] = from + commands.length;
    await waitFor(() => recorded(device).length >= checked[device]!);
    const got = recorded(device)
      .slice(from, checked[device])
      .map((command, i) => describeAs(command, commands[i]));
    const want = commands.map(describeCommand);
    if (JSON.stringify(got) === JSON.stringify(want)) return true;
    const all = recorded(device).map(describeCommand);
    problems.push(
      `${where}, device ${device}: expected\n    ${want.join("\n    ")}\n  got\n    ${got.join("\n    ") || "(nothing)"}` +
        `\n  (everything the device got: ${all.length === 0 ? "nothing" : `\n    ${all.join("\n    ")}`})`,
    );
    return false;
  };
  // The length each queued read must ask for (undefined: not checked), in the order they are answered.
  const readLengths: (number | undefined)[][] = links.map(() => []);
  const checkReadLengths = () => {
    for (const [device, lengths] of readLengths.entries()) {
      const asked = links[device]!.commands.flatMap((c) => (c.kind === "read" ? [c.length] : []));
      for (const [k, length] of lengths.entries())
        if (length !== undefined && asked[k] !== length)
          problems.push(`device ${device}: read ${k + 1} asked for ${asked[k] ?? "nothing"} bytes, expected ${length}`);
    }
  };
  const deliver = (device: number, events: CaseEvent[]) => {
    const link = links[device]!;
    for (const event of events) {
      if ("Notifications" in event) {
        // As the reference test device: only subscribed endpoints notify.
        for (const n of event.Notifications) if (link.subscribed.has(n.endpoint)) link.deviceSends(n.endpoint, n.data);
      } else if ("Reads" in event) {
        for (const r of event.Reads) {
          link.queueRead(r.endpoint, r.data);
          readLengths[device]!.push(r.length);
        }
      } else {
        link.drop();
      }
    }
  };

  for (const step of stepsFor(deviceCase.device_init, version)) {
    if ("Commands" in step) {
      if (!(await compare(step.Commands.device_index, step.Commands.commands, "initialization")))
        return { problems, protocols };
    } else if ("Events" in step) {
      deliver(step.Events.device_index, step.Events.events);
    } else {
      problems.push("the case sends client messages during initialization");
      return { problems, protocols };
    }
  }
  const devices: HardwareDevice[] = [];
  let settled = 0;
  for (const pending of creating)
    void pending.finally(() => {
      settled++;
    });
  await waitFor(() => settled === creating.length);
  for (const [i, pending] of creating.entries()) {
    const device = await pending;
    if (!device) {
      problems.push(
        `device ${i} ("${deviceCase.devices[i]!.identifier.name}") was not created: ${logLines.join("; ")}`,
      );
      return { problems, protocols };
    }
    devices.push(device);
    protocols.push(device.identifier.split("/")[0]!);
  }

  // The client, at `version`, through the server in-process.
  const server = new ButtplugServer({ deviceSources: [new ReadyDevices(devices)], log });
  const pair = createInProcessPair();
  server.connect(pair.server);
  const client = new FrameClient(pair.client);
  client.version = version;
  let nextId = 1;
  const outstanding: { id: number; reply?: Msg; check?: (reply: Msg) => string | undefined; async?: boolean }[] = [];
  /** `check` sees every reply, an Error too; without one, any reply but an Error passes. */
  const request = (message: Msg, check?: (reply: Msg) => string | undefined, async = false): void => {
    const entry: (typeof outstanding)[number] = {
      id: Object.values(message)[0]!.Id as number,
      async,
      ...(check ? { check } : {}),
    };
    outstanding.push(entry);
    void client.reply(entry.id).then((reply) => (entry.reply = reply));
  };
  const send = (...messages: Msg[]) => client.send(...messages);
  /** Wait for the replies to what was sent (a run_async battery read's only at the end, `all`). */
  const awaitReplies = async (what: string, all = false) => {
    const due = outstanding.filter((o) => all || !o.async);
    await waitFor(() => due.every((o) => o.reply !== undefined));
    for (const o of due) {
      outstanding.splice(outstanding.indexOf(o), 1);
      if (!o.reply) problems.push(`${what}: no reply to message Id ${o.id}`);
      else if (!o.check && "Error" in o.reply) problems.push(`${what}: Error ${JSON.stringify(o.reply.Error)}`);
      else if (o.check) {
        const problem = o.check(o.reply);
        if (problem) problems.push(`${what}: ${problem}`);
      }
    }
  };

  let readingsSeen = 0;
  try {
    const handshake: Msg =
      version === 4
        ? {
            RequestServerInfo: {
              Id: nextId++,
              ClientName: "device-case",
              ProtocolVersionMajor: 4,
              ProtocolVersionMinor: 0,
            },
          }
        : { RequestServerInfo: { Id: nextId++, ClientName: "device-case", MessageVersion: version } };
    request(handshake);
    send(handshake);
    await awaitReplies("handshake");
    const scan: Msg = { StartScanning: { Id: nextId++ } };
    request(scan);
    send(scan);
    await awaitReplies("StartScanning");
    // The device list as this client sees it.
    let listed: ListedDevice[] = [];
    await waitFor(() => server.devices.devices.size === devices.length);
    const list: Msg = { RequestDeviceList: { Id: nextId++ } };
    request(list, (reply) => {
      listed = listedDevices(reply, version);
      return undefined;
    });
    send(list);
    await awaitReplies("RequestDeviceList");
    const indexOf = (device: number) => [...server.devices.devices].find(([, d]) => d === devices[device])?.[0];
    for (const [i, expected] of deviceCase.devices.entries()) {
      const seen = listed.find((d) => d.index === indexOf(i));
      if (!seen) {
        problems.push(`device ${i} is not in the DeviceList`);
        continue;
      }
      if (expected.expected_outputs !== undefined && version === 4) {
        const outputs = seen.features.map((f) => f.outputs);
        if (JSON.stringify(outputs) !== JSON.stringify(expected.expected_outputs))
          problems.push(
            `device ${i}: outputs ${JSON.stringify(outputs)}, expected ${JSON.stringify(expected.expected_outputs)}`,
          );
      }
      if (expected.expected_name !== undefined && seen.name !== expected.expected_name)
        problems.push(`device ${i}: DeviceName "${seen.name}", expected "${expected.expected_name}"`);
      if (
        expected.expected_display_name !== undefined &&
        version >= 3 &&
        seen.displayName !== expected.expected_display_name
      ) {
        problems.push(
          `device ${i}: DeviceDisplayName "${seen.displayName}", expected "${expected.expected_display_name}"`,
        );
      }
    }
    if (problems.length) return { problems, protocols };

    for (const step of stepsFor(deviceCase.device_commands, version)) {
      if ("Commands" in step) {
        await awaitReplies("client messages");
        if (problems.length) return { problems, protocols };
        if (!(await compare(step.Commands.device_index, step.Commands.commands, "after the client messages")))
          return { problems, protocols };
      } else if ("Events" in step) {
        deliver(step.Events.device_index, step.Events.events);
      } else if ("Readings" in step) {
        const { device_index, readings } = step.Readings;
        const DeviceIndex = indexOf(device_index);
        const events = () =>
          client.received.filter((m) => "InputReading" in m && m.InputReading!.Id === 0).slice(readingsSeen);
        await waitFor(() => events().length >= readings.length);
        const got = events()
          .slice(0, readings.length)
          .map((m) => ({ ...m.InputReading }));
        readingsSeen += got.length;
        const want = readings.map((r) => ({ DeviceIndex, ...r }));
        const shown = (list: object[]) => list.map((r) => JSON.stringify(r)).join("\n    ") || "(nothing)";
        const same =
          got.length === want.length &&
          got.every(
            (g, k) =>
              g.DeviceIndex === want[k]!.DeviceIndex &&
              g.FeatureIndex === want[k]!.FeatureIndex &&
              JSON.stringify(g.Reading) === JSON.stringify(want[k]!.Reading),
          );
        if (!same) {
          problems.push(`InputReading events: expected\n    ${shown(want)}\n  got\n    ${shown(got)}`);
          return { problems, protocols };
        }
      } else {
        const device = listed.find((d) => d.index === indexOf(step.Messages.device_index));
        if (!device) throw new Error(`no device ${step.Messages.device_index}`);
        for (const command of step.Messages.messages) {
          const messages = clientMessages(command, device, version, () => nextId++);
          if (messages === undefined) continue;
          const battery = "Battery" in command ? command.Battery : undefined;
          for (const message of messages) {
            request(
              message,
              battery ? (reply) => checkBattery(reply, battery.expected_power) : replyCheck(command),
              battery?.run_async,
            );
          }
          send(...messages);
          // A Lovense battery answer comes with a later Events step: that reply is awaited then.
          if (!battery?.run_async) await awaitReplies(describeClientCommand(command));
        }
      }
    }
    await awaitReplies("client messages", true);
    checkReadLengths();
  } finally {
    // Shutting down stops the devices, through the timing gap: the clock keeps moving meanwhile.
    let closed = false;
    const closing = server
      .shutdown()
      .catch(() => undefined)
      .finally(() => {
        closed = true;
      });
    await waitFor(() => closed);
    await closing;
    for (const link of links) link.drop();
  }
  return { problems, protocols };
}

/** A device as the client saw it in DeviceList, in the terms the reference clients index by. */
interface ListedDevice {
  index: number;
  name: string;
  displayName?: string;
  /** v4: features by FeatureIndex, in order. */
  features: { index: number; outputs: Record<string, [number, number]>; inputs: string[] }[];
  /** v3: ScalarCmd attributes in order; RotateCmd / LinearCmd counts; SensorReadCmd types in order. */
  scalars: string[];
  sensors: string[];
}

function listedDevices(reply: Msg, version: number): ListedDevice[] {
  const body = reply.DeviceList as { Devices: unknown };
  const entries = (version === 4 ? Object.values(body.Devices as object) : (body.Devices as unknown[])) as Record<
    string,
    unknown
  >[];
  return entries.map((d) => {
    const device: ListedDevice = {
      index: d.DeviceIndex as number,
      name: d.DeviceName as string,
      ...(typeof d.DeviceDisplayName === "string" ? { displayName: d.DeviceDisplayName } : {}),
      features: [],
      scalars: [],
      sensors: [],
    };
    if (version === 4) {
      const features = Object.values(d.DeviceFeatures as object) as {
        FeatureIndex: number;
        Output?: Record<string, { Value: [number, number] }>;
        Input?: Record<string, unknown>;
      }[];
      device.features = features
        .sort((a, b) => a.FeatureIndex - b.FeatureIndex)
        .map((f) => ({
          index: f.FeatureIndex,
          outputs: Object.fromEntries(Object.entries(f.Output ?? {}).map(([type, o]) => [type, o.Value])),
          inputs: Object.keys(f.Input ?? {}),
        }));
    } else if (version === 3) {
      const messages = d.DeviceMessages as Record<string, unknown>;
      device.scalars = ((messages.ScalarCmd ?? []) as { ActuatorType: string }[]).map((a) => a.ActuatorType);
      device.sensors = ((messages.SensorReadCmd ?? []) as { SensorType: string }[]).map((s) => s.SensorType);
    }
    return device;
  });
}

/** The reference v4 client's percent → steps: ceil above 0, floor at or below (client feature.rs). */
const toSteps = (fraction: number, stepCount: number): number => {
  const value = fraction * stepCount;
  return value > 0.000001 ? Math.ceil(value) : Math.floor(value);
};

function describeClientCommand(command: ClientCommand): string {
  return `client ${JSON.stringify(command)}`;
}

/** The reply a bpkit Output / Input command expects: its `expected_error`, its `expected_reading`, or Ok. */
function replyCheck(command: ClientCommand): ((reply: Msg) => string | undefined) | undefined {
  const body = "Output" in command ? command.Output : "Input" in command ? command.Input : undefined;
  if (!body) return undefined;
  return (reply) => {
    const name = Object.keys(reply)[0]!;
    if (body.expected_error !== undefined) {
      const message = String((reply.Error as { ErrorMessage?: string } | undefined)?.ErrorMessage ?? "");
      return name === "Error" && message.includes(body.expected_error)
        ? undefined
        : `expected an Error containing "${body.expected_error}", got ${JSON.stringify(reply)}`;
    }
    if ("expected_reading" in body && body.expected_reading !== undefined) {
      const reading = (reply.InputReading as { Reading?: unknown } | undefined)?.Reading;
      return JSON.stringify(reading) === JSON.stringify(body.expected_reading)
        ? undefined
        : `expected the reading ${JSON.stringify(body.expected_reading)}, got ${JSON.stringify(reply)}`;
    }
    return name === "Error" ? `Error ${JSON.stringify(reply.Error)}` : undefined;
  };
}

function checkBattery(reply: Msg, expected: number): string | undefined {
  const name = Object.keys(reply)[0]!;
  const body = reply[name] as Record<string, unknown>;
  let level: number | undefined;
  if (name === "InputReading") level = ((body.Reading as { Battery?: { Value: number } }).Battery?.Value ?? NaN) / 100;
  else if (name === "SensorReading") level = (body.Data as number[])[0]! / 100;
  else if (name === "BatteryLevelReading") level = body.BatteryLevel as number;
  return level === expected ? undefined : `battery ${level}, expected ${expected} (${JSON.stringify(reply)})`;
}

/**
 * What the reference client of `version` sends for one test command (client_vN/mod.rs
 * run_test_client_command); undefined when that client ignores it (v1–v2: Scalar; v0: all but
 * Vibrate and Stop).
 */
function clientMessages(
  command: ClientCommand,
  device: ListedDevice,
  version: SpecVersion,
  id: () => number,
): Msg[] | undefined {
  const DeviceIndex = device.index;
  if ("Output" in command || "Input" in command) {
    if (version !== 4)
      throw new Error(`${Object.keys(command)[0]} is a spec v4 command (the case runs it at v${version})`);
    if ("Output" in command) {
      const { FeatureIndex, Command } = command.Output;
      return [{ OutputCmd: { Id: id(), DeviceIndex, FeatureIndex, Command } }];
    }
    const { FeatureIndex, Type, Command } = command.Input;
    return [{ InputCmd: { Id: id(), DeviceIndex, FeatureIndex, Type, Command } }];
  }
  if ("Stop" in command)
    return [version === 4 ? { StopCmd: { Id: id(), DeviceIndex } } : { StopDeviceCmd: { Id: id(), DeviceIndex } }];
  if (version === 4) {
    const withOutput = (type: string) => device.features.filter((f) => type in f.outputs);
    const output = (feature: ListedDevice["features"][number], type: string, fraction: number): Msg => ({
      OutputCmd: {
        Id: id(),
        DeviceIndex,
        FeatureIndex: feature.index,
        Command: { [type]: { Value: toSteps(fraction, feature.outputs[type]![1]) } },
      },
    });
    if ("Scalar" in command) {
      // Scalar indices count the features a v3 ScalarCmd could address (client_v4 get_scalar_index).
      const scalarFeatures = device.features.filter(
        (f) =>
          "Vibrate" in f.outputs ||
          "Oscillate" in f.outputs ||
          "Constrict" in f.outputs ||
          ("Rotate" in f.outputs && f.outputs.Rotate![0] >= 0),
      );
      return command.Scalar.map((s) =>
        output(scalarFeatures[s.Index] ?? device.features[0]!, s.ActuatorType, s.Scalar),
      );
    }
    if ("Vibrate" in command)
      return command.Vibrate.map((v) => output(withOutput("Vibrate")[v.Index]!, "Vibrate", v.Speed));
    if ("Rotate" in command)
      return command.Rotate.map((r) =>
        output(withOutput("Rotate")[r.Index]!, "Rotate", r.Speed * (r.Clockwise ? 1 : -1)),
      );
    if ("Linear" in command) {
      return command.Linear.map((l) => {
        const feature = device.features.find((f) => f.index === l.Index)!;
        const steps = Math.ceil(l.Position * feature.outputs.HwPositionWithDuration![1]);
        return {
          OutputCmd: {
            Id: id(),
            DeviceIndex,
            FeatureIndex: l.Index,
            Command: { HwPositionWithDuration: { Value: steps, Duration: l.Duration } },
          },
        };
      });
    }
    if ("Battery" in command) {
      const feature = device.features.find((f) => f.inputs.includes("Battery"))!;
      return [{ InputCmd: { Id: id(), DeviceIndex, FeatureIndex: feature.index, Type: "Battery", Command: "Read" } }];
    }
  } else if (version === 3) {
    if ("Scalar" in command)
      return [
        {
          ScalarCmd: {
            Id: id(),
            DeviceIndex,
            Scalars: command.Scalar.map((s) => ({ Index: s.Index, Scalar: s.Scalar, ActuatorType: s.ActuatorType })),
          },
        },
      ];
    if ("Vibrate" in command) {
      // The v3 client's vibrate(): the Nth Vibrate ScalarCmd attribute, by its position among all.
      const vibrators = device.scalars.flatMap((type, index) => (type === "Vibrate" ? [index] : []));
      return [
        {
          ScalarCmd: {
            Id: id(),
            DeviceIndex,
            Scalars: command.Vibrate.map((v) => ({
              Index: vibrators[v.Index]!,
              Scalar: v.Speed,
              ActuatorType: "Vibrate",
            })),
          },
        },
      ];
    }
    if ("Battery" in command)
      return [
        {
          SensorReadCmd: {
            Id: id(),
            DeviceIndex,
            SensorIndex: device.sensors.indexOf("Battery"),
            SensorType: "Battery",
          },
        },
      ];
  } else if (version === 0) {
    // The v0 client: SingleMotorVibrateCmd with the first entry's speed (all motors); Scalar,
    // Rotate, Linear and Battery are ignored (client_v0 run_test_client_command).
    if ("Vibrate" in command)
      return [{ SingleMotorVibrateCmd: { Id: id(), DeviceIndex, Speed: command.Vibrate[0]?.Speed ?? 0 } }];
    return undefined;
  } else {
    if ("Scalar" in command) return undefined;
    if ("Vibrate" in command)
      return [
        {
          VibrateCmd: {
            Id: id(),
            DeviceIndex,
            Speeds: command.Vibrate.map((v) => ({ Index: v.Index, Speed: v.Speed })),
          },
        },
      ];
    // The v1 client has no battery command (the cases gate Battery at min_spec_version 2).
    if ("Battery" in command && version === 2) return [{ BatteryLevelCmd: { Id: id(), DeviceIndex } }];
  }
  if ("Rotate" in command)
    return [
      {
        RotateCmd: {
          Id: id(),
          DeviceIndex,
          Rotations: command.Rotate.map((r) => ({ Index: r.Index, Speed: r.Speed, Clockwise: r.Clockwise })),
        },
      },
    ];
  if ("Linear" in command) {
    return [
      {
        LinearCmd: {
          Id: id(),
          DeviceIndex,
          Vectors: command.Linear.map((l, i) => ({ Index: i, Duration: l.Duration, Position: l.Position })),
        },
      },
    ];
  }
  throw new Error(`the reference's v${version} client has no message for ${JSON.stringify(command)}`);
}

/** Read a case file. */
export function loadCase(file: string): DeviceCase {
  return parseCase(readFileSync(file, "utf8"));
}
