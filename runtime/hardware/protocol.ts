/**
 * What a device protocol is: pure translation between v4 commands and hardware commands.
 * A protocol file (runtime/hardware/protocols/<name>.ts) knows byte formats and handshakes only —
 * nothing about sessions, sockets or which transport carries the bytes.
 */
import type { inside } from "../../generated";
import { deviceError } from "../errors";

/** Named endpoint of a device, as the device config names them: "tx", "rx", "command", "firmware", … */
export type Endpoint = string;

/** A command to the hardware, as a value, so protocols are testable byte for byte without a transport. */
export type HardwareCommand =
  | {
      kind: "write";
      endpoint: Endpoint;
      data: Uint8Array;
      withResponse: boolean;
      /**
       * What state this packet carries (reference: a write's command ids): FeatureIndex values,
       * or names of a protocol's own packets ("all": the one packet holding every motor). Within
       * one timing-gap batch a later write replaces an earlier one sharing an id. Default, set by
       * HardwareDevice: the feature the output command was for.
       */
      commandIds?: readonly (number | string)[];
    }
  | { kind: "read"; endpoint: Endpoint; length: number; timeoutMs: number }
  | { kind: "subscribe"; endpoint: Endpoint }
  | { kind: "unsubscribe"; endpoint: Endpoint };

export const write = (
  endpoint: Endpoint,
  data: ArrayLike<number>,
  withResponse = false,
  commandIds?: readonly (number | string)[],
): HardwareCommand => ({
  kind: "write",
  endpoint,
  data: Uint8Array.from(data),
  withResponse,
  ...(commandIds ? { commandIds } : {}),
});

/** Data a device sent on its own (BLE notification, websocket binary frame). */
export interface Notification {
  endpoint: Endpoint;
  data: Uint8Array;
}

/** The live connection a protocol may use during identification, initialization and reads. */
export interface HardwareLink {
  /** Advertised / announced name (BLE local name, websocket identifier). */
  readonly name: string;
  /** BLE address or websocket address. */
  readonly address: string;
  /**
   * BLE: the advertisement's manufacturer data (company identifier, then the bytes after it), for
   * protocols that identify a model by it (Satisfyer). Absent on other transports.
   */
  readonly manufacturerData?: readonly { company: number; data: ArrayLike<number> }[];
  /** Endpoints the device config gives this device. */
  readonly endpoints: ReadonlySet<Endpoint>;
  /** Execute one hardware command; a read resolves with the bytes, the others with an empty array. */
  execute(command: HardwareCommand): Promise<Uint8Array>;
  /** Wait for the next notification on an endpoint (subscribe first). Rejects after timeoutMs. */
  nextNotification(endpoint: Endpoint, timeoutMs: number): Promise<Uint8Array>;
}

/**
 * One feature of the device as the hardware has it, in the v4 DeviceFeature shape: every output
 * with the config's (hardware) range, user-disabled ones included, plus the config's feature id.
 * What a client sees (narrowed ranges, disabled outputs hidden) is a separate view.
 */
export interface DefinedFeature extends inside.DeviceFeature {
  /** The config's feature UUID. */
  id?: string;
}

/** A device definition after identification: config defaults merged with the chosen configuration and user overrides. */
export interface DeviceDefinition {
  /** Protocol key in the device config, e.g. "lovense", "wevibe-8bit". */
  protocol: string;
  /** DeviceName. */
  name: string;
  /** The configuration identifier that matched (e.g. Lovense "W" for a Domi), if any. */
  identifier?: string;
  displayName?: string;
  /** The configuration's protocol_variant, when it names one (e.g. which Vorze SA packet layout). */
  protocolVariant?: string;
  messageTimingGap: number;
  /** The hardware layout: every feature by FeatureIndex, in order, with hardware ranges. */
  features: DefinedFeature[];
}

/**
 * Per-device protocol state machine, created once the device definition is known: what
 * HardwareDevice drives. Protocol files do not write one by hand; defineProtocol builds it from
 * their per-output methods (OutputMethods) and passes the other hooks through.
 */
export interface ProtocolHandler {
  /** Handshake after connecting (subscribe to rx, send init bytes, …). */
  initialize?(link: HardwareLink): Promise<void>;
  /**
   * One v4 output command → the hardware commands that carry it (may be empty: nothing changed).
   * Stop is output() too: each output feature's first stoppable output set to 0 (HardwareDevice).
   */
  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[];
  /** Read an input once (battery, RSSI, pressure…). */
  readInput?(link: HardwareLink, featureIndex: number, type: inside.InputType): Promise<inside.InputReadingValue>;
  /** Commands to start/stop a subscription to an input. */
  subscribeInput?(featureIndex: number, type: inside.InputType): HardwareCommand[];
  unsubscribeInput?(featureIndex: number, type: inside.InputType): HardwareCommand[];
  /** Turn a notification into readings for subscribed inputs (others are ignored). */
  parseNotification?(notification: Notification): { featureIndex: number; reading: inside.InputReadingValue }[];
  /**
   * Commands to re-send to keep a device awake, and how often (ms). Asked again on every tick, so
   * it returns the packet for the current state. By default they go out only after a whole
   * interval without writes. `repeatsLastPacket`: the reference's repeat-last-packet keepalive
   * with timing; only such a device is stopped right after initialization, so the packet it
   * repeats is a known one. `updateLoop`: the protocol's own fixed-rate update loop (reference
   * xuanhuan, hgod): sent on every tick.
   */
  keepalive?():
    | { intervalMs: number; commands: HardwareCommand[]; updateLoop?: boolean; repeatsLastPacket?: boolean }
    | undefined;
}

/** A protocol implementation, registered by its device-config key. */
export interface Protocol {
  /** The device-config protocol key. */
  readonly name: string;
  /**
   * Find which configuration of the protocol this device is, when names alone cannot tell
   * (Lovense asks "DeviceType;"). Returns the configuration identifier, or undefined for defaults.
   */
  identify?(link: HardwareLink): Promise<string | undefined>;
  /**
   * The protocol key that really drives a device with this identifier, when the device advertises
   * like this protocol but is another one (Hismith models outside the legacy list are hismith-mini).
   */
  redirect?(identifier: string | undefined): string | undefined;
  /** Build the handler for an identified device. */
  create(definition: DeviceDefinition): ProtocolHandler;
}

/** A v4 output command reduced to what byte encoders need. */
export interface OutputValue {
  /** The OutputType; a RotationWithDirection arrives as a signed Rotate. */
  type: OutputKind;
  /**
   * The step value in the feature's range. Rotation is signed: negative means counterclockwise
   * (a RotationWithDirection command with Clockwise: false becomes a negative Rotate value).
   */
  value: number;
  /** Milliseconds, HwPositionWithDuration only. */
  duration?: number;
}

/** OutputTypes a protocol encodes (spec: output.md); RotationWithDirection arrives as a signed Rotate. */
export type OutputKind = Exclude<inside.OutputType, "RotationWithDirection">;

type LooseCommand = Record<string, { Value?: number; Duration?: number; Clockwise?: boolean } | undefined>;

/** Read the one key of an OutputCommand. Direction-carrying rotations fold into a signed Rotate value. */
export function readOutput(command: inside.OutputCommand): OutputValue {
  const entries = Object.entries(command as LooseCommand);
  if (entries.length !== 1 || entries[0][1] === undefined) {
    throw deviceError(`OutputCmd Command must have exactly one output type, got ${JSON.stringify(command)}`);
  }
  const [type, body] = entries[0];
  const value = body.Value ?? 0;
  if (type === "RotateWithDirection" || type === "RotationWithDirection") {
    return { type: "Rotate", value: body.Clockwise === false ? -Math.abs(value) : Math.abs(value) };
  }
  const outputType = type as OutputKind; // the schema allows only OutputType keys
  return body.Duration === undefined
    ? { type: outputType, value }
    : { type: outputType, value, duration: body.Duration };
}

/** The error for an output type a protocol cannot do on a feature (reference: command_unimplemented). */
export function unsupported(protocol: string, featureIndex: number, type: OutputKind): Error {
  return deviceError(`${protocol}: OutputCmd ${type} is not supported on FeatureIndex ${featureIndex}`);
}

/**
 * A protocol's output methods, one per OutputType, as the reference's ProtocolHandler has them
 * (handle_output_vibrate_cmd, …): a FeatureIndex and a hardware step value in, the hardware
 * commands that carry it out. Every method is optional; the default for an output a protocol has
 * no method for is an ERROR_DEVICE naming the protocol, the output type and the feature.
 */
export interface OutputMethods {
  vibrate?(featureIndex: number, speed: number): HardwareCommand[];
  /** Signed: negative is counterclockwise (RotationWithDirection with Clockwise false arrives negative). */
  rotate?(featureIndex: number, speed: number): HardwareCommand[];
  oscillate?(featureIndex: number, speed: number): HardwareCommand[];
  constrict?(featureIndex: number, level: number): HardwareCommand[];
  spray?(featureIndex: number, level: number): HardwareCommand[];
  /** Signed: negative is cooling. */
  temperature?(featureIndex: number, level: number): HardwareCommand[];
  led?(featureIndex: number, level: number): HardwareCommand[];
  position?(featureIndex: number, position: number): HardwareCommand[];
  hwPositionWithDuration?(featureIndex: number, position: number, durationMs: number): HardwareCommand[];
}

/** What a protocol file's `create` returns: output methods, plus whichever ProtocolHandler hooks it needs. */
export type ProtocolMethods = OutputMethods & Omit<ProtocolHandler, "output">;

/**
 * The last value each feature was set to, kept by the framework for the protocol (reference:
 * the per-feature atomics protocols keep by hand). Updated before an output method runs, so a
 * method building a packet of every motor sees its own new value; a method that throws leaves it
 * unchanged. A stop is an output at 0 like any other.
 */
export interface OutputValues {
  /** The last value sent to a feature (of whichever output type; signed for rotation); 0 before any. */
  get(featureIndex: number): number;
  /** The last values of FeatureIndex 0 … count − 1: the motor slots of a packet that carries them all. */
  slots(count: number): number[];
  /** The last value sent to an output of this type, on whichever feature; 0 before any. */
  ofType(type: OutputKind): number;
}

/** A protocol as a file writes it: `create` gets the device definition and the framework's OutputValues. */
export interface ProtocolDefinition extends Omit<Protocol, "create"> {
  create(definition: DeviceDefinition, outputs: OutputValues): ProtocolMethods;
}

/** Output method by OutputType. */
const OUTPUT_METHODS: Record<OutputKind, keyof OutputMethods> = {
  Vibrate: "vibrate",
  Rotate: "rotate",
  Oscillate: "oscillate",
  Constrict: "constrict",
  Spray: "spray",
  Temperature: "temperature",
  Led: "led",
  Position: "position",
  HwPositionWithDuration: "hwPositionWithDuration",
};

/**
 * The one way a protocol file declares its protocol: per-output methods with defaults (see
 * OutputMethods) over state the framework keeps (OutputValues). The Protocol it returns creates
 * ProtocolHandlers whose `output` reads the command, records its value and routes it to the method.
 */
export function defineProtocol(protocol: ProtocolDefinition): Protocol {
  const { create, ...rest } = protocol;
  return { ...rest, create: (definition) => protocolHandler(protocol.name, create, definition) };
}

function protocolHandler(
  name: string,
  create: ProtocolDefinition["create"],
  definition: DeviceDefinition,
): ProtocolHandler {
  const values = new Map<number, number>();
  const typeValues = new Map<OutputKind, number>();
  const outputs: OutputValues = {
    get: (featureIndex) => values.get(featureIndex) ?? 0,
    slots: (count) => Array.from({ length: count }, (_, featureIndex) => values.get(featureIndex) ?? 0),
    ofType: (type) => typeValues.get(type) ?? 0,
  };
  const methods = create(definition, outputs);
  const handler: ProtocolHandler = {
    output(featureIndex, command) {
      const output = readOutput(command);
      const method = methods[OUTPUT_METHODS[output.type]] as
        | ((featureIndex: number, value: number, durationMs: number) => HardwareCommand[])
        | undefined;
      if (!method) throw unsupported(name, featureIndex, output.type);
      const previous = values.get(featureIndex);
      const previousOfType = typeValues.get(output.type);
      values.set(featureIndex, output.value);
      typeValues.set(output.type, output.value);
      try {
        return method.call(methods, featureIndex, output.value, output.duration ?? 0);
      } catch (error) {
        restore(values, featureIndex, previous);
        restore(typeValues, output.type, previousOfType);
        throw error;
      }
    },
  };
  // The other hooks pass through unchanged, bound to the methods object (a class keeps its `this`).
  if (methods.initialize) handler.initialize = methods.initialize.bind(methods);
  if (methods.readInput) handler.readInput = methods.readInput.bind(methods);
  if (methods.subscribeInput) handler.subscribeInput = methods.subscribeInput.bind(methods);
  if (methods.unsubscribeInput) handler.unsubscribeInput = methods.unsubscribeInput.bind(methods);
  if (methods.parseNotification) handler.parseNotification = methods.parseNotification.bind(methods);
  if (methods.keepalive) handler.keepalive = methods.keepalive.bind(methods);
  return handler;
}

/** Put a map entry back as it was (absent stays absent). */
function restore<K>(map: Map<K, number>, key: K, previous: number | undefined): void {
  if (previous === undefined) map.delete(key);
  else map.set(key, previous);
}
