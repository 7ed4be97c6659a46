/**
 * An in-memory device and device source for tests, examples and benchmarks: configurable v4
 * features, a record of every command the server sent, readings on demand, and a disconnect that
 * can happen while a command is in flight.
 */
import type { inside } from "../../generated";
import { deviceError } from "../errors";
import { TypedEventEmitter } from "../events";
import type { DeviceSource, DeviceSourceEvents, RawAccess, ServerDevice, ServerDeviceEvents } from "./device";

/** One command the test device received, in arrival order. */
export type TestDeviceCommand =
  | { kind: "output"; featureIndex: number; command: inside.OutputCommand }
  | { kind: "read"; featureIndex: number; type: inside.InputType }
  | { kind: "subscribe"; featureIndex: number; type: inside.InputType }
  | { kind: "unsubscribe"; featureIndex: number; type: inside.InputType }
  | { kind: "stop"; featureIndex?: number; outputs: boolean; inputs: boolean }
  | { kind: "disconnect" }
  | { kind: "rawWrite"; endpoint: string; data: number[]; withResponse: boolean }
  | { kind: "rawRead"; endpoint: string; length: number; timeoutMs: number }
  | { kind: "rawSubscribe"; endpoint: string }
  | { kind: "rawUnsubscribe"; endpoint: string };

/** Options of a test device. */
export interface TestDeviceOptions {
  /** Stable identity (default: "test/<name>"). */
  identifier?: string;
  /** DeviceName (default "Test Device"). */
  name?: string;
  displayName?: string;
  /** DeviceMessageTimingGap in ms (default 0). */
  timingGap?: number;
  /** Features in the v4 DeviceList shape; FeatureIndex is taken from each feature. */
  features: inside.DeviceFeature[];
  /** A configured DeviceIndex (as a user device config gives one). */
  index?: number;
  /** Endpoints for raw access; given, the device offers `raw` (recording, answers from setRawData). */
  rawEndpoints?: string[];
}

/** The in-memory test device; see the file comment. */
export class TestDevice extends TypedEventEmitter<ServerDeviceEvents> implements ServerDevice {
  readonly identifier: string;
  readonly name: string;
  readonly displayName?: string;
  readonly timingGap: number;
  readonly features: ReadonlyMap<number, inside.DeviceFeature>;
  readonly index?: number;
  readonly raw?: RawAccess;
  /** Every command received, in order. */
  readonly commands: TestDeviceCommand[] = [];
  /** Inputs currently subscribed, as "featureIndex:InputType". */
  readonly subscriptions = new Set<string>();
  /** Endpoints currently subscribed through `raw`. */
  readonly rawSubscriptions = new Set<string>();
  private readonly rawData = new Map<string, number[]>();
  private isConnected = true;
  private holding = false;
  private held: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  private readonly inputValues = new Map<string, inside.InputReadingValue>();

  constructor(options: TestDeviceOptions) {
    super();
    this.name = options.name ?? "Test Device";
    this.identifier = options.identifier ?? `test/${this.name}`;
    this.displayName = options.displayName;
    this.timingGap = options.timingGap ?? 0;
    this.features = new Map(options.features.map((f) => [f.FeatureIndex, f]));
    if (options.index !== undefined) this.index = options.index;
    if (options.rawEndpoints) this.raw = this.rawAccess(options.rawEndpoints);
  }

  /** The bytes a raw read of this endpoint answers (default: none). */
  setRawData(endpoint: string, data: number[]): void {
    this.rawData.set(endpoint, data);
  }

  /** Emit bytes as the device would on an endpoint (only if it is raw-subscribed, as hardware does). */
  emitRaw(endpoint: string, data: number[]): void {
    if (this.rawSubscriptions.has(endpoint)) this.emit("rawReading", endpoint, data);
  }

  private rawAccess(endpoints: string[]): RawAccess {
    const check = (endpoint: string) => {
      this.assertConnected();
      if (!endpoints.includes(endpoint)) throw deviceError(`${this.name} has no endpoint "${endpoint}"`);
    };
    return {
      endpoints,
      write: async (endpoint, data, withResponse) => {
        check(endpoint);
        this.commands.push({ kind: "rawWrite", endpoint, data: [...data], withResponse });
      },
      read: async (endpoint, length, timeoutMs) => {
        check(endpoint);
        this.commands.push({ kind: "rawRead", endpoint, length, timeoutMs });
        const data = this.rawData.get(endpoint) ?? [];
        return length > 0 ? data.slice(0, length) : [...data];
      },
      subscribe: async (endpoint) => {
        check(endpoint);
        this.commands.push({ kind: "rawSubscribe", endpoint });
        this.rawSubscriptions.add(endpoint);
      },
      unsubscribe: async (endpoint) => {
        check(endpoint);
        this.commands.push({ kind: "rawUnsubscribe", endpoint });
        this.rawSubscriptions.delete(endpoint);
      },
    };
  }

  get connected(): boolean {
    return this.isConnected;
  }

  /** Output commands received so far (the `command` objects, in order). */
  get outputs(): Array<{ featureIndex: number; command: inside.OutputCommand }> {
    return this.commands.flatMap((c) =>
      c.kind === "output" ? [{ featureIndex: c.featureIndex, command: c.command }] : [],
    );
  }

  /** Stop commands received so far. */
  get stops(): Array<Extract<TestDeviceCommand, { kind: "stop" }>> {
    return this.commands.filter((c): c is Extract<TestDeviceCommand, { kind: "stop" }> => c.kind === "stop");
  }

  /** While holding, output() stays pending until releaseOutputs() or a disconnect. */
  holdOutputs(hold = true): void {
    this.holding = hold;
    if (!hold) this.releaseOutputs();
  }

  /** Complete every held output. */
  releaseOutputs(): void {
    const held = this.held;
    this.held = [];
    for (const h of held) h.resolve();
  }

  /** The value read() answers for this input (default: the top of its first range). */
  setInput(featureIndex: number, reading: inside.InputReadingValue): void {
    const [type] = Object.keys(reading);
    this.inputValues.set(`${featureIndex}:${type}`, reading);
  }

  /** Emit a reading as a subscribed input would (the server decides whether anyone wants it). */
  emitReading(featureIndex: number, reading: inside.InputReadingValue): void {
    this.emit("reading", featureIndex, reading);
  }

  output(featureIndex: number, command: inside.OutputCommand): Promise<void> {
    this.assertConnected();
    this.commands.push({ kind: "output", featureIndex, command });
    this.emit("output", featureIndex, command);
    if (!this.holding) return Promise.resolve();
    return new Promise((resolve, reject) => this.held.push({ resolve, reject }));
  }

  async read(featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue> {
    this.assertConnected();
    this.commands.push({ kind: "read", featureIndex, type });
    const set = this.inputValues.get(`${featureIndex}:${type}`);
    if (set) return set;
    const top = this.features.get(featureIndex)?.Input?.[type]?.Value[0][1] ?? 0;
    const reading: inside.InputReadingValue = { [type]: { Value: top } };
    return reading;
  }

  async subscribe(featureIndex: number, type: inside.InputType): Promise<void> {
    this.assertConnected();
    this.commands.push({ kind: "subscribe", featureIndex, type });
    this.subscriptions.add(`${featureIndex}:${type}`);
  }

  async unsubscribe(featureIndex: number, type: inside.InputType): Promise<void> {
    this.assertConnected();
    this.commands.push({ kind: "unsubscribe", featureIndex, type });
    this.subscriptions.delete(`${featureIndex}:${type}`);
  }

  async stop(options: { featureIndex?: number; outputs?: boolean; inputs?: boolean } = {}): Promise<void> {
    this.assertConnected();
    const outputs = options.outputs ?? true;
    const inputs = options.inputs ?? true;
    this.commands.push({ kind: "stop", featureIndex: options.featureIndex, outputs, inputs });
    if (outputs) {
      // As HardwareDevice reports a stop to observers: every non-position output at 0.
      for (const [index, feature] of this.features) {
        if (options.featureIndex !== undefined && index !== options.featureIndex) continue;
        for (const type of Object.keys(feature.Output ?? {})) {
          if (type !== "Position" && type !== "HwPositionWithDuration")
            this.emit("output", index, { [type]: { Value: 0 } });
        }
      }
    }
    if (inputs) {
      for (const key of [...this.subscriptions]) {
        if (options.featureIndex === undefined || key.startsWith(`${options.featureIndex}:`))
          this.subscriptions.delete(key);
      }
    }
  }

  /** Drop the device: held commands fail with ERROR_DEVICE and `disconnected` is emitted. */
  async disconnect(): Promise<void> {
    if (!this.isConnected) return;
    this.isConnected = false;
    this.commands.push({ kind: "disconnect" });
    this.subscriptions.clear();
    this.rawSubscriptions.clear();
    const held = this.held;
    this.held = [];
    for (const h of held) h.reject(deviceError(`${this.name} disconnected while a command was in flight`));
    this.emit("disconnected");
  }

  private assertConnected(): void {
    if (!this.isConnected) throw deviceError(`${this.name} is disconnected`);
  }
}

/** A device source for tests: add devices at will; scanning finishes on finishScanning(). */
export class TestDeviceSource extends TypedEventEmitter<DeviceSourceEvents> implements DeviceSource {
  readonly name: string;
  scanning = false;
  /** Counts of calls, for assertions. */
  readonly calls = { startScanning: 0, stopScanning: 0, shutdown: 0 };
  /** DeviceIndex values this source reports as reserved (as a user device config would). */
  readonly reserved = new Set<number>();
  private readonly pending: TestDevice[] = [];

  /**
   * `devices` given here are announced on the first StartScanning (like hardware being found);
   * `add()` announces a device at once.
   */
  constructor(devices: TestDevice[] = [], name = "test") {
    super();
    this.name = name;
    this.pending.push(...devices);
  }

  /** Announce a device now, as if it had just connected. */
  add(device: TestDevice): void {
    this.emit("device", device);
  }

  async startScanning(): Promise<void> {
    this.calls.startScanning++;
    this.scanning = true;
    const found = this.pending.splice(0);
    for (const device of found) this.emit("device", device);
  }

  async stopScanning(): Promise<void> {
    this.calls.stopScanning++;
    if (this.scanning) this.finishScanning();
  }

  /** End scanning on this source's own account (like a timed BLE scan running out). */
  finishScanning(): void {
    this.scanning = false;
    this.emit("scanningFinished");
  }

  async shutdown(): Promise<void> {
    this.calls.shutdown++;
    this.scanning = false;
  }

  reservedIndices(): Iterable<number> {
    return this.reserved;
  }
}

/** Features of a typical test vibrator: two Vibrate motors (0–20) and a readable battery. */
export function vibratorFeatures(): inside.DeviceFeature[] {
  return [
    { FeatureIndex: 0, FeatureDescription: "Motor 1", Output: { Vibrate: { Value: [0, 20] } } },
    { FeatureIndex: 1, FeatureDescription: "Motor 2", Output: { Vibrate: { Value: [0, 20] } } },
    { FeatureIndex: 2, FeatureDescription: "Battery", Input: { Battery: { Value: [[0, 100]], Command: ["Read"] } } },
  ];
}

/** One feature per v4 output type, plus one feature per input type (for exhaustive tests). */
export function everyFeature(): inside.DeviceFeature[] {
  const outputs: inside.FeatureOutput[] = [
    { Vibrate: { Value: [0, 20] } },
    { Rotate: { Value: [-20, 20] } },
    { RotationWithDirection: { Value: [0, 20] } },
    { Oscillate: { Value: [0, 20] } },
    { Constrict: { Value: [0, 10] } },
    { Spray: { Value: [0, 5] } },
    { Temperature: { Value: [-5, 5] } },
    { Led: { Value: [0, 1] } },
    { Position: { Value: [0, 100] } },
    { HwPositionWithDuration: { Value: [0, 100], Duration: [0, 10000] } },
  ];
  const inputs: inside.FeatureInput[] = [
    { Battery: { Value: [[0, 100]], Command: ["Read"] } },
    { RSSI: { Value: [[-100, 0]], Command: ["Read"] } },
    { Pressure: { Value: [[0, 4000]], Command: ["Read", "Subscribe", "Unsubscribe"] } },
    { Button: { Value: [[0, 1]], Command: ["Subscribe", "Unsubscribe"] } },
    { Position: { Value: [[0, 100]], Command: ["Read", "Subscribe", "Unsubscribe"] } },
  ];
  return [
    ...outputs.map((Output, i) => ({
      FeatureIndex: i,
      FeatureDescription: `${Object.keys(Output)[0]} output`,
      Output,
    })),
    ...inputs.map((Input, i) => ({
      FeatureIndex: outputs.length + i,
      FeatureDescription: `${Object.keys(Input)[0]} input`,
      Input,
    })),
  ];
}
