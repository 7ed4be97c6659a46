/**
 * Client-side devices and features: what a v4 DeviceList says a device can do, and commands that
 * are checked against it (feature exists, output/input type supported, value in range) BEFORE
 * anything is sent.
 */
import { TypedEventEmitter } from "../events";
import type { inside } from "../../generated";
import { OutputTypeValues } from "../../generated/current";
import { ButtplugDeviceError, ButtplugMessageError } from "./errors";
import { checkRange, resolveLevel, type OutputLevel, type Range } from "./values";

/** A v4 client request body without its Id (the client assigns Ids). */
export type Request =
  | { OutputCmd: Omit<inside.OutputCmd, "Id"> }
  | { InputCmd: Omit<inside.InputCmd, "Id"> }
  | { StopCmd: Omit<inside.StopCmd, "Id"> };

/** What devices need from their client. */
export interface DeviceHost {
  /** Send a request and resolve with its (non-Error) v4 reply; rejects with a typed error. */
  request(request: Request): Promise<inside.ServerMessage>;
}

/** One output of a feature: its type and limits. */
export interface FeatureOutputInfo {
  readonly type: inside.OutputType;
  /** Inclusive range of Value (integer steps). */
  readonly range: Range;
  /** Inclusive range of Duration in ms (HwPositionWithDuration only). */
  readonly durationRange?: Range;
}

/** One input of a feature: its type, the ranges of the values a reading returns, and its commands. */
export interface FeatureInputInfo {
  readonly type: inside.InputType;
  readonly ranges: readonly Range[];
  readonly commands: readonly inside.InputCommandType[];
}

/** What a stop covers (v4 StopCmd Outputs / Inputs); both default to true. */
export interface StopOptions {
  /** Stop outputs (default true). */
  outputs?: boolean;
  /** Unsubscribe subscribed inputs (default true). */
  inputs?: boolean;
}

/** StopCmd fields for StopOptions (omitted when default, so v4 servers see the plain form). */
export function stopFields(options: StopOptions): { Outputs?: boolean; Inputs?: boolean } {
  return {
    ...(options.outputs === false ? { Outputs: false } : {}),
    ...(options.inputs === false ? { Inputs: false } : {}),
  };
}

/** A value from an input: the number and the raw v4 reading. */
export type InputCallback = (value: number, reading: inside.InputReadingValue) => void;

/** Every output type of the inside version, in the spec's order (generated from the schema). */
export const OUTPUT_TYPES: readonly inside.OutputType[] = OutputTypeValues;

/** The number in a reading of `type` (undefined when the reading is of another type). */
export function readingValue(reading: inside.InputReadingValue, type: inside.InputType): number | undefined {
  return (reading as Record<string, { Value: number } | undefined>)[type]?.Value;
}

/** Options of an output command: Duration for HwPositionWithDuration, direction for RotationWithDirection. */
type OutputOptions = { durationMs?: number; clockwise?: boolean };

// biome-ignore lint/suspicious/noExplicitAny: TypeScript requires a mixin base's constructor to take `...args: any[]` (TS2545).
type AnyConstructor = abstract new (...args: any[]) => object;

/**
 * The per-OutputType shorthands (vibrate, rotate, …) over `output()`, for ClientFeature (runs
 * them on itself) and ClientDevice (on every feature that has the type). A mixin rather than a
 * base class because ClientDevice already extends TypedEventEmitter.
 */
function withOutputShorthands<Base extends AnyConstructor>(base: Base) {
  abstract class OutputShorthands extends base {
    /** Run output `type` at `level`; the shorthands below call this. */
    abstract output(type: inside.OutputType, level: OutputLevel, options?: OutputOptions): Promise<void>;

    /** Vibration speed; 0 stops. */
    vibrate(level: OutputLevel): Promise<void> {
      return this.output("Vibrate", level);
    }
    /** Rotation speed; 0 stops. Signed on ranges that go below 0: negative = counterclockwise. */
    rotate(level: OutputLevel): Promise<void> {
      return this.output("Rotate", level);
    }
    /** Rotation speed (0 stops) in the direction `clockwise` says. */
    rotateWithDirection(level: OutputLevel, clockwise: boolean): Promise<void> {
      return this.output("RotationWithDirection", level, { clockwise });
    }
    /** Oscillation speed between the device's own end points; 0 stops. */
    oscillate(level: OutputLevel): Promise<void> {
      return this.output("Oscillate", level);
    }
    /** Constriction level of a pump or squeezing device; 0 releases fully. */
    constrict(level: OutputLevel): Promise<void> {
      return this.output("Constrict", level);
    }
    /** Spray intensity (power, not timing); 0 is off. */
    spray(level: OutputLevel): Promise<void> {
      return this.output("Spray", level);
    }
    /** Temperature step; 0 is neutral (off), above 0 heats, below 0 (on ranges that go there) cools. */
    temperature(level: OutputLevel): Promise<void> {
      return this.output("Temperature", level);
    }
    /** LED brightness; 0 is off (a range of [0, 1] is an on/off switch). */
    led(level: OutputLevel): Promise<void> {
      return this.output("Led", level);
    }
    /** Move to a position as fast as the device can (small moves); 0 is one end of the travel. */
    position(level: OutputLevel): Promise<void> {
      return this.output("Position", level);
    }
    /** Move to a position over `durationMs` milliseconds (HwPositionWithDuration). */
    positionWithDuration(level: OutputLevel, durationMs: number): Promise<void> {
      return this.output("HwPositionWithDuration", level, { durationMs });
    }
  }
  return OutputShorthands;
}

/** A feature of a device; command methods check type and range first and reject without sending. */
export class ClientFeature extends withOutputShorthands(class {}) {
  /** FeatureIndex. */
  readonly index: number;
  /** FeatureDescription. */
  readonly description: string;
  readonly outputs: ReadonlyMap<inside.OutputType, FeatureOutputInfo>;
  readonly inputs: ReadonlyMap<inside.InputType, FeatureInputInfo>;

  constructor(
    readonly device: ClientDevice,
    info: inside.DeviceFeature,
  ) {
    super();
    this.index = info.FeatureIndex;
    this.description = info.FeatureDescription;
    const outputs = new Map<inside.OutputType, FeatureOutputInfo>();
    for (const [type, limits] of Object.entries(info.Output ?? {}) as Array<
      [inside.OutputType, { Value: Range; Duration?: Range }]
    >) {
      outputs.set(type, { type, range: limits.Value, ...(limits.Duration ? { durationRange: limits.Duration } : {}) });
    }
    const inputs = new Map<inside.InputType, FeatureInputInfo>();
    for (const [type, props] of Object.entries(info.Input ?? {}) as Array<
      [inside.InputType, inside.FeatureInputProperties]
    >) {
      inputs.set(type, { type, ranges: props.Value, commands: props.Command });
    }
    this.outputs = outputs;
    this.inputs = inputs;
  }

  /** "Device 0 (Lush 3) feature 1 (Motor 2)" — for error messages. */
  get where(): string {
    return `${this.device.where} feature ${this.index}${this.description ? ` (${this.description})` : ""}`;
  }

  hasOutput(type: inside.OutputType): boolean {
    return this.outputs.has(type);
  }

  hasInput(type: inside.InputType): boolean {
    return this.inputs.has(type);
  }

  /**
   * The OutputCmd for this output, checked: the feature must have `type`, the level must resolve
   * to an integer step within the range, Duration within its range. Throws ButtplugDeviceError.
   */
  buildOutput(type: inside.OutputType, level: OutputLevel, options: OutputOptions = {}): inside.OutputCommand {
    const output = this.outputs.get(type);
    if (!output) {
      const own = [...this.outputs.keys()];
      const elsewhere = this.device.featuresWithOutput(type).map((f) => f.index);
      throw new ButtplugDeviceError(
        `${this.where} has no ${type} output (its outputs: ${own.length ? own.join(", ") : "none"}` +
          (elsewhere.length
            ? `; features with ${type}: ${elsewhere.join(", ")})`
            : `; no feature of this device has ${type})`),
      );
    }
    const Value = resolveLevel(level, output.range, this.where, `${type} value`, type);
    switch (type) {
      case "RotationWithDirection": {
        const clockwise = options.clockwise ?? true;
        if (typeof clockwise !== "boolean")
          throw new ButtplugDeviceError(`${this.where}: clockwise must be true or false`);
        return { RotationWithDirection: { Value, Clockwise: clockwise } };
      }
      case "HwPositionWithDuration": {
        const duration = options.durationMs;
        if (duration === undefined)
          throw new ButtplugDeviceError(`${this.where}: HwPositionWithDuration needs a duration in milliseconds`);
        checkRange(
          duration,
          output.durationRange ?? [0, 4294967295],
          this.where,
          "HwPositionWithDuration duration (ms)",
        );
        return { HwPositionWithDuration: { Value, Duration: duration } };
      }
      default:
        return { [type]: { Value } } as inside.OutputCommand;
    }
  }

  /** Run one output: `feature.output("Vibrate", 10)`, `feature.output("Vibrate", { fraction: 0.5 })`. */
  override async output(type: inside.OutputType, level: OutputLevel, options: OutputOptions = {}): Promise<void> {
    const Command = this.buildOutput(type, level, options);
    await this.device.host.request({
      OutputCmd: { DeviceIndex: this.device.index, FeatureIndex: this.index, Command },
    });
  }

  /** Check that this feature's input `type` accepts `command`; throws ButtplugDeviceError. */
  checkInput(type: inside.InputType, command: inside.InputCommandType): FeatureInputInfo {
    const input = this.inputs.get(type);
    if (!input) {
      const own = [...this.inputs.keys()];
      throw new ButtplugDeviceError(
        `${this.where} has no ${type} input (its inputs: ${own.length ? own.join(", ") : "none"})`,
      );
    }
    // Unsubscribe only undoes a Subscribe, so it is allowed wherever Subscribe is.
    const needed = command === "Unsubscribe" ? "Subscribe" : command;
    if (!input.commands.includes(needed)) {
      throw new ButtplugDeviceError(
        `${this.where}: ${type} input does not support ${command} (it supports: ${input.commands.join(", ")})`,
      );
    }
    return input;
  }

  /** Read an input once; resolves with its value. */
  async read(type: inside.InputType): Promise<number> {
    this.checkInput(type, "Read");
    const reply = await this.device.host.request({
      InputCmd: { DeviceIndex: this.device.index, FeatureIndex: this.index, Type: type, Command: "Read" },
    });
    const value = "InputReading" in reply ? readingValue(reply.InputReading.Reading, type) : undefined;
    if (value === undefined)
      throw new ButtplugMessageError(
        `${this.where}: ${type} read answered with ${JSON.stringify(reply)}, not a ${type} reading`,
      );
    return value;
  }

  /** Subscribe to an input: `callback` gets every value until unsubscribe (or stop). */
  async subscribe(type: inside.InputType, callback: InputCallback): Promise<void> {
    this.checkInput(type, "Subscribe");
    this.device.addInputCallback(this.index, type, callback);
    try {
      await this.device.host.request({
        InputCmd: { DeviceIndex: this.device.index, FeatureIndex: this.index, Type: type, Command: "Subscribe" },
      });
    } catch (err) {
      this.device.removeInputCallbacks(this.index, type);
      throw err;
    }
  }

  /** End a subscription (callbacks of this input are dropped). */
  async unsubscribe(type: inside.InputType): Promise<void> {
    this.checkInput(type, "Unsubscribe");
    this.device.removeInputCallbacks(this.index, type);
    await this.device.host.request({
      InputCmd: { DeviceIndex: this.device.index, FeatureIndex: this.index, Type: type, Command: "Unsubscribe" },
    });
  }

  /** Stop this feature (StopCmd with DeviceIndex and FeatureIndex): outputs off, inputs unsubscribed. */
  async stop(options: StopOptions = {}): Promise<void> {
    if (options.inputs !== false) this.device.removeInputCallbacks(this.index);
    await this.device.host.request({
      StopCmd: { DeviceIndex: this.device.index, FeatureIndex: this.index, ...stopFields(options) },
    });
  }
}

/** Events of a device. */
export interface ClientDeviceEvents {
  /** A value from a subscribed input of this device. */
  inputReading: (
    feature: ClientFeature,
    type: inside.InputType,
    value: number,
    reading: inside.InputReadingValue,
  ) => void;
  /** The device left the server's device list (or the client disconnected). */
  removed: () => void;
}

/** A device as the client sees it; see the file comment. */
export class ClientDevice extends withOutputShorthands(TypedEventEmitter<ClientDeviceEvents>) {
  /** DeviceIndex. */
  readonly index: number;
  /** DeviceName. */
  readonly name: string;
  /** DeviceDisplayName, when the user gave one. */
  readonly displayName?: string;
  /** DeviceMessageTimingGap: the least time between commands the server enforces, in ms. */
  readonly timingGap: number;
  /** Features by FeatureIndex. */
  readonly features: ReadonlyMap<number, ClientFeature>;
  /** The DeviceList entry this device was built from. */
  readonly info: inside.DeviceInfo;
  private readonly callbacks = new Map<string, InputCallback[]>();

  constructor(
    info: inside.DeviceInfo,
    /** @internal */ readonly host: DeviceHost,
  ) {
    super();
    this.info = info;
    this.index = info.DeviceIndex;
    this.name = info.DeviceName;
    if (info.DeviceDisplayName !== undefined) this.displayName = info.DeviceDisplayName;
    this.timingGap = info.DeviceMessageTimingGap;
    const features = new Map<number, ClientFeature>();
    const list = Object.values(info.DeviceFeatures).filter((f): f is inside.DeviceFeature => f !== undefined);
    for (const f of list.sort((a, b) => a.FeatureIndex - b.FeatureIndex))
      features.set(f.FeatureIndex, new ClientFeature(this, f));
    this.features = features;
  }

  /** "Device 0 (Lush 3)" — for error messages. */
  get where(): string {
    return `Device ${this.index} (${this.displayName ?? this.name})`;
  }

  /** The feature with this FeatureIndex; throws ButtplugDeviceError naming the features that exist. */
  feature(index: number): ClientFeature {
    const feature = this.features.get(index);
    if (!feature) {
      const known = [...this.features.values()]
        .map((f) => (f.description ? `${f.index} (${f.description})` : `${f.index}`))
        .join(", ");
      throw new ButtplugDeviceError(`${this.where} has no feature ${index} (features: ${known || "none"})`);
    }
    return feature;
  }

  featuresWithOutput(type: inside.OutputType): ClientFeature[] {
    return [...this.features.values()].filter((f) => f.hasOutput(type));
  }

  featuresWithInput(type: inside.InputType): ClientFeature[] {
    return [...this.features.values()].filter((f) => f.hasInput(type));
  }

  hasOutput(type: inside.OutputType): boolean {
    return this.featuresWithOutput(type).length > 0;
  }

  hasInput(type: inside.InputType): boolean {
    return this.featuresWithInput(type).length > 0;
  }

  /**
   * Run `type` on every feature that has it, at the same level (a fraction suits features with
   * different ranges). Every command is checked before the first is sent.
   */
  override async output(type: inside.OutputType, level: OutputLevel, options: OutputOptions = {}): Promise<void> {
    const features = this.featuresWithOutput(type);
    if (features.length === 0) {
      const types = [...new Set([...this.features.values()].flatMap((f) => [...f.outputs.keys()]))];
      throw new ButtplugDeviceError(
        `${this.where} has no ${type} output (its outputs: ${types.length ? types.join(", ") : "none"})`,
      );
    }
    const commands = features.map((f) => ({ f, Command: f.buildOutput(type, level, options) }));
    await Promise.all(
      commands.map(({ f, Command }) =>
        this.host.request({ OutputCmd: { DeviceIndex: this.index, FeatureIndex: f.index, Command } }),
      ),
    );
  }

  /** The feature to use for input `type` + `command`: the given one, else the first that fits. */
  private inputFeature(type: inside.InputType, command: inside.InputCommandType, featureIndex?: number): ClientFeature {
    if (featureIndex !== undefined) return this.feature(featureIndex);
    const candidates = this.featuresWithInput(type);
    const needed = command === "Unsubscribe" ? "Subscribe" : command;
    const fit = candidates.find((f) => f.inputs.get(type)!.commands.includes(needed));
    if (fit) return fit;
    if (candidates.length === 0) {
      const types = [...new Set([...this.features.values()].flatMap((f) => [...f.inputs.keys()]))];
      throw new ButtplugDeviceError(
        `${this.where} has no ${type} input (its inputs: ${types.length ? types.join(", ") : "none"})`,
      );
    }
    throw new ButtplugDeviceError(`${this.where}: no ${type} input supports ${command}`);
  }

  /** Read input `type` (of `featureIndex`, or the first feature that can). */
  read(type: inside.InputType, featureIndex?: number): Promise<number> {
    try {
      return this.inputFeature(type, "Read", featureIndex).read(type);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Battery level in percent. */
  battery(): Promise<number> {
    return this.read("Battery");
  }

  /** Radio signal strength (dBm, negative). */
  rssi(): Promise<number> {
    return this.read("RSSI");
  }

  /** Subscribe to input `type` (of `featureIndex`, or the first feature that can). */
  subscribe(type: inside.InputType, callback: InputCallback, featureIndex?: number): Promise<void> {
    try {
      return this.inputFeature(type, "Subscribe", featureIndex).subscribe(type, callback);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** End a subscription started with subscribe(type, …, featureIndex). */
  unsubscribe(type: inside.InputType, featureIndex?: number): Promise<void> {
    try {
      return this.inputFeature(type, "Unsubscribe", featureIndex).unsubscribe(type);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Stop the device (StopCmd with DeviceIndex): every output off, every input unsubscribed. */
  async stop(options: StopOptions = {}): Promise<void> {
    if (options.inputs !== false) this.callbacks.clear();
    await this.host.request({ StopCmd: { DeviceIndex: this.index, ...stopFields(options) } });
  }

  /** @internal register a subscription callback */
  addInputCallback(featureIndex: number, type: inside.InputType, callback: InputCallback): void {
    const key = `${featureIndex}:${type}`;
    this.callbacks.set(key, [...(this.callbacks.get(key) ?? []), callback]);
  }

  /** @internal drop subscription callbacks of a feature (one type, or all). */
  removeInputCallbacks(featureIndex: number, type?: inside.InputType): void {
    for (const key of [...this.callbacks.keys()]) {
      if (type === undefined ? key.startsWith(`${featureIndex}:`) : key === `${featureIndex}:${type}`)
        this.callbacks.delete(key);
    }
  }

  /** @internal drop every subscription callback (stopAll). */
  removeAllInputCallbacks(): void {
    this.callbacks.clear();
  }

  /** @internal an InputReading for this device arrived. */
  deliverReading(featureIndex: number, reading: inside.InputReadingValue): void {
    const feature = this.features.get(featureIndex);
    const [type] = Object.keys(reading) as inside.InputType[];
    const value = readingValue(reading, type);
    if (!feature || value === undefined) return;
    for (const cb of this.callbacks.get(`${featureIndex}:${type}`) ?? []) cb(value, reading);
    this.emit("inputReading", feature, type, value, reading);
  }

  /** @internal the device left. */
  markRemoved(): void {
    this.callbacks.clear();
    this.emit("removed");
  }
}
