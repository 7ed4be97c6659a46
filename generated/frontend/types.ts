// generated — do not edit. Source: schema/frontend/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
// schema/frontend/: one type per root schema (named by its title) and its titled sub-objects.

/**
 * One websocket message from a viewer to the server: a non-empty array of commands, run in order; each gets a CommandResult with its Id.
 *
 * @minItems 1
 */
export type CommandFrame = [FrontendCommand, ...FrontendCommand[]];
/**
 * One command: a v4 OutputCmd, StopCmd or InputCmd. It runs through the same v4 path as a client's (range checks, timing gap, last-value cache); an InputCmd Read's reading comes back as an InputReading event.
 */
export type FrontendCommand =
  | {
      OutputCmd: OutputCmd;
    }
  | {
      StopCmd: StopCmd;
    }
  | {
      InputCmd: InputCmd;
    };
/**
 * What an input reports (input.md, InputType). Minor spec versions may add values.
 */
export type InputType = "Battery" | "RSSI" | "Pressure" | "Button" | "Position";
/**
 * What an InputCmd asks for.
 */
export type InputCommandType = "Read" | "Subscribe" | "Unsubscribe";
/**
 * One websocket message from the server to a viewer: a non-empty array of events, in order.
 *
 * @minItems 1
 */
export type EventFrame = [FrontendEvent, ...FrontendEvent[]];
/**
 * One event: an object with exactly one key, the event name.
 */
export type FrontendEvent =
  | {
      Snapshot: Snapshot;
    }
  | {
      EngineStarted: EngineStarted;
    }
  | {
      EngineStopped: EngineStopped;
    }
  | {
      ClientConnected: ClientConnected;
    }
  | {
      ClientDisconnected: ClientDisconnected;
    }
  | {
      ClientRejected: ClientRejected;
    }
  | {
      ClientPing: ClientPing;
    }
  | {
      DeviceConnected: DeviceConnected;
    }
  | {
      DeviceDisconnected: DeviceDisconnected;
    }
  | {
      OutputChanged: OutputChanged;
    }
  | {
      InputReading: InputReading;
    }
  | {
      Frame: Frame;
    }
  | {
      DeviceBytes: DeviceBytes;
    }
  | {
      Dropped: Dropped;
    }
  | {
      CommandResult: CommandResult;
    };
/**
 * What an output does (output.md, OutputType). Minor spec versions may add values.
 */
export type OutputType =
  | "Vibrate"
  | "Rotate"
  | "RotationWithDirection"
  | "Oscillate"
  | "Constrict"
  | "Spray"
  | "Temperature"
  | "Led"
  | "Position"
  | "HwPositionWithDuration";

/**
 * The type of every root schema of schema/frontend/, by name.
 */
export interface FrontendSchemas {
  CommandFrame: CommandFrame;
  EventFrame: EventFrame;
}
/**
 * Set one output of one feature of a device.
 */
export interface OutputCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Index of the feature.
   */
  FeatureIndex: number;
  Command: OutputCommand;
}
/**
 * Exactly one OutputType key with that type's command fields.
 */
export interface OutputCommand {
  Vibrate?: OutputValue;
  Rotate?: OutputSignedValue;
  RotationWithDirection?: OutputRotationWithDirection;
  Oscillate?: OutputValue;
  Constrict?: OutputValue;
  Spray?: OutputValue;
  Temperature?: OutputSignedValue;
  Led?: OutputValue;
  Position?: OutputValue;
  HwPositionWithDuration?: OutputPositionWithDuration;
}
/**
 * Command for Vibrate, Oscillate, Constrict, Spray, Led and Position outputs.
 */
export interface OutputValue {
  /**
   * Level to set, within the feature's Value range (0 = stop/off).
   */
  Value: number;
}
/**
 * Command for outputs whose range may be negative: Rotate (negative = counterclockwise) and Temperature (negative = cooling).
 */
export interface OutputSignedValue {
  /**
   * Level to set, within the feature's (possibly signed) Value range; 0 = stop/neutral.
   */
  Value: number;
}
/**
 * Command for a RotationWithDirection output.
 */
export interface OutputRotationWithDirection {
  /**
   * Rotation speed, within the feature's Value range (0 = stop).
   */
  Value: number;
  /**
   * True to rotate clockwise, false counterclockwise.
   */
  Clockwise: boolean;
}
/**
 * Command for a HwPositionWithDuration output.
 */
export interface OutputPositionWithDuration {
  /**
   * Goal position, within the feature's Value range.
   */
  Value: number;
  /**
   * Time to reach the goal position, in milliseconds.
   */
  Duration: number;
}
/**
 * Stop all devices, one device, or one feature of a device.
 */
export interface StopCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex?: number;
  /**
   * Feature to stop on DeviceIndex; ignored without DeviceIndex.
   */
  FeatureIndex?: number;
  /**
   * Unsubscribe subscribed inputs in the selection (default true).
   */
  Inputs?: boolean;
  /**
   * Stop outputs in the selection (default true).
   */
  Outputs?: boolean;
}
/**
 * Read, subscribe to, or unsubscribe from one input of one feature of a device.
 */
export interface InputCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Index of the feature.
   */
  FeatureIndex: number;
  Type: InputType;
  Command: InputCommandType;
}
/**
 * The first event on every connection: everything a viewer needs to draw the present state.
 */
export interface Snapshot {
  /**
   * Version of this event stream (this document describes 1).
   */
  version: 1;
  server: ServerState;
  session: SessionState | null;
  devices: DeviceConnected[];
  /**
   * The latest value of every output that has been set.
   */
  outputs: OutputChanged[];
}
/**
 * The server as a front end shows it.
 */
export interface ServerState {
  /**
   * ServerName sent to clients.
   */
  name: string;
  /**
   * bpkit's version.
   */
  version: string;
  /**
   * Buttplug spec versions the server speaks.
   */
  spec_versions: number[];
  /**
   * Milliseconds since the Unix epoch (server clock).
   */
  started_at: number;
  /**
   * MaxPingTime in ms (0: no ping watchdog).
   */
  max_ping_time: number;
  /**
   * Where the Buttplug websocket listens, e.g. ws://127.0.0.1:12345.
   */
  address?: string;
  /**
   * Options that change what clients and devices see (command-line flag name → value).
   */
  flags: {
    [k: string]: string | number | boolean | undefined;
  };
}
/**
 * The connected client's session.
 */
export interface SessionState {
  client_name: string;
  spec_version: number;
  /**
   * Milliseconds since the Unix epoch (server clock).
   */
  since: number;
  /**
   * Milliseconds since the Unix epoch (server clock).
   */
  last_ping?: number;
}
/**
 * Intiface Engine frontend message (name, index, identifier, display_name), plus the device's v4 features.
 */
export interface DeviceConnected {
  name: string;
  index: number;
  identifier: DeviceIdentifier;
  display_name?: string;
  /**
   * The device source it came from: btle, websocket, serial, hid, simulated, …
   */
  transport?: string;
  /**
   * DeviceMessageTimingGap in ms.
   */
  timing_gap: number;
  features: DeviceFeatures;
}
/**
 * Intiface Engine's UserDeviceIdentifier, as far as bpkit knows it: protocol and address.
 */
export interface DeviceIdentifier {
  protocol: string;
  address: string;
}
/**
 * Features of the device by FeatureIndex.
 */
export interface DeviceFeatures {
  [k: string]: DeviceFeature | undefined;
}
/**
 * One feature of a device: its outputs and inputs.
 */
export interface DeviceFeature {
  /**
   * Index of the feature (repeats its key in DeviceFeatures).
   */
  FeatureIndex: number;
  /**
   * Text descriptor of the feature.
   */
  FeatureDescription: string;
  Output?: FeatureOutput;
  Input?: FeatureInput;
}
/**
 * Outputs of a feature: OutputType → limits. Duration is only valid (and required) for HwPositionWithDuration.
 */
export interface FeatureOutput {
  Vibrate?: FeatureOutputProperties;
  Rotate?: FeatureOutputProperties;
  RotationWithDirection?: FeatureOutputProperties;
  Oscillate?: FeatureOutputProperties;
  Constrict?: FeatureOutputProperties;
  Spray?: FeatureOutputProperties;
  Temperature?: FeatureOutputProperties;
  Led?: FeatureOutputProperties;
  Position?: FeatureOutputProperties;
  HwPositionWithDuration?: FeatureOutputDurationProperties;
}
/**
 * Limits of one output type of a feature.
 */
export interface FeatureOutputProperties {
  /**
   * Inclusive [min, max] range of signed 32-bit values.
   *
   * @minItems 2
   * @maxItems 2
   */
  Value: [number, number];
}
/**
 * Limits of a HwPositionWithDuration output.
 */
export interface FeatureOutputDurationProperties {
  /**
   * Inclusive [min, max] range of signed 32-bit values.
   *
   * @minItems 2
   * @maxItems 2
   */
  Value: [number, number];
  /**
   * Inclusive [min, max] range of durations in milliseconds (unsigned 32-bit).
   *
   * @minItems 2
   * @maxItems 2
   */
  Duration: [number, number];
}
/**
 * Inputs of a feature: InputType → ranges and commands.
 */
export interface FeatureInput {
  Battery?: FeatureInputProperties;
  RSSI?: FeatureInputProperties;
  Pressure?: FeatureInputProperties;
  Button?: FeatureInputProperties;
  Position?: FeatureInputProperties;
}
/**
 * Ranges and commands of one input type of a feature.
 */
export interface FeatureInputProperties {
  /**
   * One range per value a reading returns.
   *
   * @minItems 1
   */
  Value: [[number, number], ...[number, number][]];
  /**
   * InputCmd commands this input accepts.
   *
   * @minItems 1
   */
  Command: [InputCommandType, ...InputCommandType[]];
}
/**
 * An output's value as it went to the device (after the timing gap and the last-value cache); a stop reports 0. Coalesced: the latest value per output, at most 30 updates a second per device.
 */
export interface OutputChanged {
  index: number;
  feature: number;
  type: OutputType;
  /**
   * In the feature's steps, as a client sends it.
   */
  value: number;
  /**
   * ms, for HwPositionWithDuration.
   */
  duration?: number;
  /**
   * Milliseconds since the Unix epoch (server clock).
   */
  t: number;
}
/**
 * Intiface Engine frontend message: the server is up.
 */
export interface EngineStarted {}
/**
 * Intiface Engine frontend message: the server is shutting down (the last event).
 */
export interface EngineStopped {}
/**
 * Intiface Engine frontend message (client_name), plus the negotiated spec version and the time of the handshake.
 */
export interface ClientConnected {
  client_name: string;
  spec_version: number;
  /**
   * Milliseconds since the Unix epoch (server clock).
   */
  since: number;
}
/**
 * Intiface Engine frontend message; bpkit adds why the session ended.
 */
export interface ClientDisconnected {
  reason?: string;
}
/**
 * Intiface Engine frontend message: a connection was refused.
 */
export interface ClientRejected {
  reason: string;
}
/**
 * The client sent a Ping (compare with the server's max_ping_time).
 */
export interface ClientPing {
  /**
   * Milliseconds since the Unix epoch (server clock).
   */
  t: number;
}
/**
 * Intiface Engine frontend message.
 */
export interface DeviceDisconnected {
  index: number;
}
/**
 * A reading from a device's input (read or subscribed by the client). Coalesced like OutputChanged.
 */
export interface InputReading {
  index: number;
  feature: number;
  type: InputType;
  value: number | number[];
  /**
   * Milliseconds since the Unix epoch (server clock).
   */
  t: number;
}
/**
 * A Buttplug frame received from (c2s) or sent to (s2c) the client.
 */
export interface Frame {
  dir: "c2s" | "s2c";
  /**
   * Milliseconds since the Unix epoch (server clock).
   */
  t: number;
  /**
   * The frame's text as it crossed the wire (not necessarily valid JSON when it came from the client).
   */
  frame: string;
}
/**
 * Bytes written to (out) or received from (in) a device.
 */
export interface DeviceBytes {
  index: number;
  dir: "out" | "in";
  endpoint: string;
  /**
   * Milliseconds since the Unix epoch (server clock).
   */
  t: number;
  /**
   * The bytes as lower-case hex, two digits each.
   */
  hex: string;
}
/**
 * Events this viewer did not get: it read too slowly (slow-viewer), or more frames or bytes arrived than one update carries (rate-limit).
 */
export interface Dropped {
  count: number;
  reason: "slow-viewer" | "rate-limit";
}
/**
 * The answer to a command the viewer sent (its Id).
 */
export interface CommandResult {
  Id: number;
  ok: boolean;
  error?: string;
}

