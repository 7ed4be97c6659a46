/**
 * HardwareDevice: a ServerDevice made of a device definition (what the device has), a protocol
 * handler (how commands become bytes) and a link (where the bytes go). Here live, as in the
 * reference server's device handle: the last-value command cache per feature, the one stop rule,
 * and the timing gap's per-message write batching.
 */
import type { inside } from "../../generated";
import { messageName } from "../../generated/envelope";
import { ButtplugError, deviceError, errorText } from "../errors";
import { type Logger, silentLogger } from "../log";
import type { RawAccess, ServerDevice, ServerDeviceEvents } from "../server/device";
import { TypedEventEmitter } from "../events";
import type { DeviceLink } from "./comm/link";
import { toHardwareValue, type OutputLimits } from "./config/device-config";
import type { DefinedFeature, DeviceDefinition, HardwareCommand, ProtocolHandler } from "./protocol";
import { type Clock, systemClock, TimingGap } from "./timing-gap";

/**
 * A device definition as HardwareDevice takes it: config's ResolvedDeviceDefinition fits, and so
 * does a plain DeviceDefinition (no limits: values go to the protocol as the client sent them).
 * `features` is the hardware layout the protocol was created with; `clientFeatures`, when given,
 * is what the client sees (user-disabled outputs hidden, narrowed ranges).
 */
export type HardwareDefinition = DeviceDefinition & {
  /** The client's view of the features (ServerDevice.features); default: `features`. */
  clientFeatures?: DefinedFeature[];
  /** How client values become hardware steps, by FeatureIndex and OutputType (user-narrowed ranges, reversal). */
  outputLimits?: ReadonlyMap<number, ReadonlyMap<inside.OutputType, OutputLimits>>;
  /** The DeviceIndex the user config gives this device, if any. */
  index?: number;
};

/** Options for a HardwareDevice. */
export interface HardwareDeviceOptions {
  definition: HardwareDefinition;
  handler: ProtocolHandler;
  link: DeviceLink;
  /** Stable identity; default "<protocol>/<address>". */
  identifier?: string;
  log?: Logger;
  clock?: Clock;
}

/** Output types that hold a position: "stop" must not move them to 0. */
const POSITION_OUTPUTS = new Set(["Position", "HwPositionWithDuration"]);

/**
 * Output types a stop sets to 0, in the reference's output type order: a stop sets each output
 * feature's first one of these to 0 (device_handle.rs stop commands). Positions have no stop.
 */
const STOPPABLE: readonly (keyof inside.OutputCommand)[] = [
  "Vibrate",
  "Rotate",
  "Oscillate",
  "Constrict",
  "Temperature",
  "Led",
  "Spray",
];

/**
 * The one stop rule (reference device_handle.rs): for each output feature, its first stoppable
 * output type at 0, in FeatureIndex order. A raw hardware 0, as the reference builds them.
 */
export function stopCommands(features: readonly DefinedFeature[]): [number, inside.OutputCommand][] {
  const stops: [number, inside.OutputCommand][] = [];
  for (const feature of [...features].sort((a, b) => a.FeatureIndex - b.FeatureIndex)) {
    const type = feature.Output ? STOPPABLE.find((t) => t in (feature.Output as object)) : undefined;
    if (!type) continue;
    const stop: inside.OutputCommand = { [type]: { Value: 0 } };
    stops.push([feature.FeatureIndex, stop]);
  }
  return stops;
}

/** Writes an output produced without command ids carry the feature's own (reference: its feature id). */
function tagWrites(commands: HardwareCommand[], featureIndex: number): HardwareCommand[] {
  return commands.map((c) =>
    c.kind === "write" && c.commandIds === undefined ? { ...c, commandIds: [featureIndex] } : c,
  );
}

/** An output command as the cache compares it: its type and every field of its body, in a fixed order. */
function cacheKey(command: inside.OutputCommand): string {
  const type = messageName(command) ?? "";
  const body = (command as Record<string, Record<string, unknown>>)[type] ?? {};
  return JSON.stringify([
    type,
    ...Object.keys(body)
      .sort()
      .map((k) => [k, body[k]]),
  ]);
}

/** A connected, initialized device driven through its protocol handler. */
export class HardwareDevice extends TypedEventEmitter<ServerDeviceEvents> implements ServerDevice {
  readonly identifier: string;
  readonly name: string;
  readonly displayName?: string;
  readonly timingGap: number;
  /** DeviceIndex from the user config, which the server honours. */
  readonly index?: number;
  /** What the client sees: outputs the user disabled are not here, ranges are the narrowed ones. */
  readonly features: ReadonlyMap<number, inside.DeviceFeature>;
  /** Raw endpoint access over the link (spec v2/v3 Raw*Cmd, when the server allows them). */
  readonly raw: RawAccess;

  /** The whole hardware layout, as the protocol knows it (config ranges, disabled outputs too). */
  private readonly hardwareFeatures: ReadonlyMap<number, DefinedFeature>;
  private readonly handler: ProtocolHandler;
  private readonly link: DeviceLink;
  private readonly outputLimits: HardwareDefinition["outputLimits"];
  private readonly log: Logger;
  private readonly clock: Clock;
  private readonly gap: TimingGap;
  /**
   * The last output command sent per FeatureIndex, in hardware values (reference:
   * last_output_command, compared as checked_output_cmd does, message Id aside). An equal command
   * sends nothing. Gone with the device: a reconnect starts from an empty cache.
   */
  private readonly lastOutput = new Map<number, string>();
  /** "featureIndex/InputType" of active subscriptions. */
  private readonly subscriptions = new Set<string>();
  /** Endpoints subscribed through `raw`: their notifications become rawReading events. */
  private readonly rawSubscriptions = new Set<string>();
  /** Rejecters of commands in flight, failed when the link drops. */
  private readonly inFlight = new Set<(error: ButtplugError) => void>();
  private keepaliveTimer: unknown = undefined;
  /** When the latest write went to the device; the keepalive only fills silences. */
  private lastWrite = Number.NEGATIVE_INFINITY;
  private isConnected = true;

  constructor(options: HardwareDeviceOptions) {
    super();
    const { definition, handler, link } = options;
    this.handler = handler;
    this.link = link;
    this.outputLimits = definition.outputLimits;
    this.identifier = options.identifier ?? `${definition.protocol}/${link.address}`;
    this.name = definition.name;
    if (definition.displayName !== undefined) this.displayName = definition.displayName;
    this.timingGap = definition.messageTimingGap;
    if (definition.index !== undefined) this.index = definition.index;
    this.log = (options.log ?? silentLogger).child(definition.protocol);
    this.clock = options.clock ?? systemClock;
    this.features = new Map(
      (definition.clientFeatures ?? definition.features).map((f) => [f.FeatureIndex, toDeviceFeature(f)]),
    );
    this.hardwareFeatures = new Map(definition.features.map((f) => [f.FeatureIndex, f]));
    this.gap = new TimingGap(this.timingGap, (commands) => this.run(() => commands), this.clock);
    this.raw = this.rawAccess();
    link.onNotification((notification) => {
      this.emit("bytes", "in", notification.endpoint, notification.data);
      if (this.rawSubscriptions.has(notification.endpoint))
        this.emit("rawReading", notification.endpoint, [...notification.data]);
      if (!this.handler.parseNotification) return;
      let readings: ReturnType<NonNullable<ProtocolHandler["parseNotification"]>>;
      try {
        readings = this.handler.parseNotification(notification);
      } catch (error) {
        this.log.warn(`${this.name}: cannot parse notification on ${notification.endpoint}: ${errorText(error)}`);
        return;
      }
      for (const { featureIndex, reading } of readings) {
        if (this.subscriptions.has(`${featureIndex}/${messageName(reading) ?? ""}`))
          this.emit("reading", featureIndex, reading);
      }
    });
    link.onDisconnect(() => this.linkLost());
    if (!link.connected) this.linkLost();
    else this.startKeepalive();
  }

  get connected(): boolean {
    return this.isConnected;
  }

  output(featureIndex: number, command: inside.OutputCommand): Promise<void> {
    const type = messageName(command) ?? "";
    const feature = this.features.get(featureIndex);
    if (!feature?.Output || !(type in feature.Output)) {
      // Rejected here, before the protocol: a disabled output never reaches the hardware.
      const hardware = this.hardwareFeatures.get(featureIndex)?.Output;
      if (hardware && type in hardware) {
        return Promise.reject(
          deviceError(`${this.name} feature ${featureIndex}: its ${type} output is disabled by the user device config`),
        );
      }
      if (!feature) return Promise.reject(deviceError(`${this.name} has no feature ${featureIndex}`));
      return Promise.reject(deviceError(`${this.name} feature ${featureIndex} has no ${type} output`));
    }
    if (!this.isConnected) return Promise.reject(this.disconnectedError());
    let hardware: inside.OutputCommand;
    try {
      hardware = this.toHardware(featureIndex, command);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.sendOutput(featureIndex, hardware, command);
  }

  async read(featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue> {
    this.checkInput(featureIndex, type);
    const readInput = this.handler.readInput;
    if (!readInput) throw deviceError(`${this.name}: the protocol cannot read ${type}`);
    return this.guard(() => readInput.call(this.handler, this.link, featureIndex, type));
  }

  async subscribe(featureIndex: number, type: inside.InputType): Promise<void> {
    this.checkInput(featureIndex, type);
    if (!this.handler.subscribeInput) throw deviceError(`${this.name}: the protocol cannot subscribe to ${type}`);
    await this.executeAll(this.handler.subscribeInput(featureIndex, type));
    this.subscriptions.add(`${featureIndex}/${type}`);
  }

  async unsubscribe(featureIndex: number, type: inside.InputType): Promise<void> {
    this.checkInput(featureIndex, type);
    const key = `${featureIndex}/${type}`;
    // Stop delivering at once, even if the device is slow to acknowledge.
    this.subscriptions.delete(key);
    if (this.handler.unsubscribeInput) await this.executeAll(this.handler.unsubscribeInput(featureIndex, type));
  }

  async stop(options: { featureIndex?: number; outputs?: boolean; inputs?: boolean } = {}): Promise<void> {
    const { featureIndex, outputs = true, inputs = true } = options;
    if (featureIndex !== undefined && !this.features.has(featureIndex)) {
      throw deviceError(`${this.name} has no feature ${featureIndex}`);
    }
    if (!this.isConnected) throw this.disconnectedError();
    const inScope = (index: number) => featureIndex === undefined || index === featureIndex;
    if (outputs) {
      // Through the cache and the batch like any output, as in the reference (device_handle.rs
      // handle_stop_device_cmd sends its stop commands through parse_message, the OutputCmd path,
      // into the device task's batch): a feature already at 0 gets nothing, a stop replaces the
      // values still waiting for the gap, and it does not jump the gap — it waits at most one
      // DeviceMessageTimingGap, like any command (pinned in test/hardware/hardware-device.test.ts).
      await Promise.all(this.stopsInScope(inScope).map(([index, command]) => this.sendOutput(index, command)));
      this.reportStopped(inScope);
    }
    if (inputs) {
      for (const key of [...this.subscriptions]) {
        const [index, type] = key.split("/");
        if (inScope(Number(index))) await this.unsubscribe(Number(index), type as inside.InputType);
      }
    }
  }

  async disconnect(): Promise<void> {
    await this.link.disconnect();
    this.linkLost();
  }

  /** RawAccess over the link: each call is one HardwareCommand on a config endpoint. */
  private rawAccess(): RawAccess {
    const endpoints = [...this.link.endpoints];
    const checked = (endpoint: string): string => {
      if (!this.link.endpoints.has(endpoint)) {
        throw deviceError(`${this.name} has no endpoint "${endpoint}" (endpoints: ${endpoints.join(", ") || "none"})`);
      }
      return endpoint;
    };
    const execute = (command: () => HardwareCommand): Promise<Uint8Array> =>
      this.guard(async () => {
        const built = command();
        if (built.kind === "write") this.wrote(built);
        return this.link.execute(built);
      });
    return {
      endpoints,
      write: async (endpoint, data, withResponse) => {
        await execute(() => ({
          kind: "write",
          endpoint: checked(endpoint),
          data: Uint8Array.from(data),
          withResponse,
        }));
      },
      read: async (endpoint, length, timeoutMs) => [
        ...(await execute(() => ({ kind: "read", endpoint: checked(endpoint), length, timeoutMs }))),
      ],
      subscribe: async (endpoint) => {
        await execute(() => ({ kind: "subscribe", endpoint: checked(endpoint) }));
        this.rawSubscriptions.add(endpoint);
      },
      unsubscribe: async (endpoint) => {
        // Stop delivering at once, even if the device is slow to acknowledge.
        this.rawSubscriptions.delete(endpoint);
        await execute(() => ({ kind: "unsubscribe", endpoint: checked(endpoint) }));
      },
    };
  }

  /** The stop rule over the features in scope — the hardware layout, so outputs the user disabled stop too. */
  private stopsInScope(inScope: (featureIndex: number) => boolean): [number, inside.OutputCommand][] {
    return stopCommands([...this.hardwareFeatures.values()].filter((f) => inScope(f.FeatureIndex)));
  }

  /**
   * One output command (hardware values) to the device: nothing when it equals the feature's last
   * one; otherwise encoded now, against the handler's state as of this command (as the reference
   * encodes on arrival), and handed to the batch as one message's writes. `clientCommand` (what
   * the client sent) goes to `output` observers once the batch went out.
   */
  private sendOutput(
    featureIndex: number,
    command: inside.OutputCommand,
    clientCommand?: inside.OutputCommand,
  ): Promise<void> {
    const key = cacheKey(command);
    if (this.lastOutput.get(featureIndex) === key) return Promise.resolve();
    return this.guard(async () => {
      const commands = tagWrites(this.handler.output(featureIndex, command), featureIndex);
      this.lastOutput.set(featureIndex, key);
      await this.gap.submit(commands, clientCommand && (() => this.emit("output", featureIndex, clientCommand)));
    });
  }

  /** Tell `output` observers that the client-visible, non-position outputs in scope are at 0. */
  private reportStopped(inScope: (featureIndex: number) => boolean): void {
    if (this.listenerCount("output") === 0) return;
    for (const [index, feature] of this.features) {
      if (!inScope(index) || !feature.Output) continue;
      for (const type of Object.keys(feature.Output)) {
        if (!POSITION_OUTPUTS.has(type)) this.emit("output", index, { [type]: { Value: 0 } } as inside.OutputCommand);
      }
    }
  }

  /**
   * The command with its Value as a hardware step (config toHardwareValue: offset into the user's
   * narrowed range, reversed positions counted from the top). Duration passes unchanged, as in the
   * reference server. Throws ERROR_DEVICE for a value outside the feature's range.
   */
  private toHardware(featureIndex: number, command: inside.OutputCommand): inside.OutputCommand {
    const type = messageName(command) as inside.OutputType;
    const limits = this.outputLimits?.get(featureIndex)?.get(type);
    if (!limits) return command;
    const body = (command as Record<string, { Value: number }>)[type]!;
    const value = toHardwareValue(limits, type, body.Value);
    if (value === undefined) {
      const range = (this.features.get(featureIndex)?.Output as Record<string, { Value?: unknown }> | undefined)?.[type]
        ?.Value;
      throw deviceError(
        `${this.name} feature ${featureIndex}: ${type} value ${body.Value} is outside its range ${JSON.stringify(range)}`,
      );
    }
    return { [type]: { ...body, Value: value } } as inside.OutputCommand;
  }

  private checkInput(featureIndex: number, type: string): void {
    const feature = this.features.get(featureIndex);
    if (!feature) throw deviceError(`${this.name} has no feature ${featureIndex}`);
    if (!feature.Input || !(type in feature.Input)) {
      throw deviceError(`${this.name} feature ${featureIndex} has no ${type} input`);
    }
    if (!this.isConnected) throw this.disconnectedError();
  }

  /** Run commands in order; all of them fail with ERROR_DEVICE if the link drops meanwhile. */
  private executeAll(commands: HardwareCommand[]): Promise<void> {
    return this.guard(() => this.run(() => commands));
  }

  /** Build commands (the handler may throw) and execute them in order. */
  private async run(build: () => HardwareCommand[]): Promise<void> {
    for (const command of build()) {
      if (command.kind === "write") this.wrote(command);
      await this.link.execute(command);
    }
  }

  /** Note a write: the keepalive's silence starts now, and observers see the bytes. */
  private wrote(command: Extract<HardwareCommand, { kind: "write" }>): void {
    this.lastWrite = this.clock.now();
    this.emit("bytes", "out", command.endpoint, command.data);
  }

  /** Run work that talks to the device, rejecting as soon as the device disconnects. */
  private guard<T>(work: () => Promise<T>): Promise<T> {
    if (!this.isConnected) return Promise.reject(this.disconnectedError());
    return new Promise<T>((resolve, reject) => {
      const fail = (error: ButtplugError) => reject(error);
      this.inFlight.add(fail);
      let pending: Promise<T>;
      try {
        pending = work();
      } catch (error) {
        pending = Promise.reject(error); // a protocol that throws instead of rejecting
      }
      pending.then(
        (value) => {
          this.inFlight.delete(fail);
          resolve(value);
        },
        (error: unknown) => {
          this.inFlight.delete(fail);
          reject(error instanceof ButtplugError ? error : deviceError(`${this.name}: ${errorText(error)}`));
        },
      );
    });
  }

  private startKeepalive(): void {
    const keepalive = this.handler.keepalive?.();
    if (!keepalive || keepalive.intervalMs <= 0) return;
    this.keepaliveTimer = this.clock.setTimeout(() => this.keepaliveTick(keepalive.intervalMs), keepalive.intervalMs);
  }

  /**
   * Ask the handler for its keepalive now (the packet for the current state) and send it when the
   * device has heard nothing for a whole interval (reference: repeat only after that much silence),
   * or on every tick for a protocol's update loop. No answer this time: ask again an interval later.
   */
  private keepaliveTick(previousIntervalMs: number): void {
    this.keepaliveTimer = undefined;
    if (!this.isConnected) return;
    const keepalive = this.handler.keepalive?.();
    const interval = keepalive && keepalive.intervalMs > 0 ? keepalive.intervalMs : previousIntervalMs;
    const silent = this.clock.now() - this.lastWrite;
    const due = !keepalive || keepalive.updateLoop === true || silent >= interval;
    this.keepaliveTimer = this.clock.setTimeout(() => this.keepaliveTick(interval), due ? interval : interval - silent);
    if (!keepalive || !due) return;
    this.executeAll(keepalive.commands).catch((error) =>
      this.log.debug(`${this.name}: keepalive failed: ${errorText(error)}`),
    );
  }

  private linkLost(): void {
    if (!this.isConnected) return;
    this.isConnected = false;
    if (this.keepaliveTimer !== undefined) this.clock.clearTimeout(this.keepaliveTimer);
    this.keepaliveTimer = undefined;
    const error = this.disconnectedError();
    this.gap.cancel(error);
    this.lastOutput.clear();
    for (const fail of [...this.inFlight]) fail(error);
    this.inFlight.clear();
    this.subscriptions.clear();
    this.rawSubscriptions.clear();
    this.log.info(`${this.name} (${this.link.address}) disconnected`);
    this.emit("disconnected");
  }

  private disconnectedError(): ButtplugError {
    return deviceError(`${this.name}: device disconnected`);
  }
}

/** The v4 DeviceList view of a defined feature (the config's feature id is not part of it). */
function toDeviceFeature(feature: DefinedFeature): inside.DeviceFeature {
  const { id: _id, ...deviceFeature } = feature;
  return deviceFeature as inside.DeviceFeature;
}
