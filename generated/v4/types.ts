// generated — do not edit. Source: schema/v4/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
// Spec v4: one interface per message body (named by its title), titled sub-objects as
// their own types, and the wire unions of one-key objects.

/**
 * What an InputCmd asks for.
 */
export type InputCommandType = "Read" | "Subscribe" | "Unsubscribe";
/**
 * What an input reports (input.md, InputType). Minor spec versions may add values.
 */
export type InputType = "Battery" | "RSSI" | "Pressure" | "Button" | "Position";
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
 * The body type of every message of spec v4, by message name.
 */
export interface MessageBodies {
  DeviceList: DeviceList;
  Disconnect: Disconnect;
  Error: Error;
  InputCmd: InputCmd;
  InputReading: InputReading;
  Ok: Ok;
  OutputCmd: OutputCmd;
  Ping: Ping;
  RequestDeviceList: RequestDeviceList;
  RequestServerInfo: RequestServerInfo;
  ScanningFinished: ScanningFinished;
  ServerInfo: ServerInfo;
  StartScanning: StartScanning;
  StopCmd: StopCmd;
  StopScanning: StopScanning;
}
/**
 * The connected devices: the reply to RequestDeviceList, and an event (Id 0) whenever a device connects or disconnects.
 */
export interface DeviceList {
  /**
   * Id of a server message that is either a reply (request's Id) or an event (0).
   */
  Id: number;
  Devices: Devices;
}
/**
 * Devices by DeviceIndex.
 */
export interface Devices {
  [k: string]: DeviceInfo | undefined;
}
/**
 * A device in a DeviceList.
 */
export interface DeviceInfo {
  /**
   * Descriptive name of the device, from the device configuration.
   */
  DeviceName: string;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Minimum gap between commands, in milliseconds, enforced by the server (0 = none).
   */
  DeviceMessageTimingGap: number;
  /**
   * User-set display name of the device.
   */
  DeviceDisplayName?: string;
  DeviceFeatures: DeviceFeatures;
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
 * Graceful disconnect: the server stops every device, drops subscriptions, answers Ok and closes the connection.
 */
export interface Disconnect {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
}
/**
 * Server reply: the client message with this Id (0 if it could not be read) failed.
 */
export interface Error {
  /**
   * Id of a server reply: the Id of the request it answers (0 only for errors about frames whose Id could not be read).
   */
  Id: number;
  /**
   * What went wrong.
   */
  ErrorMessage: string;
  ErrorCode: ErrorCode;
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
 * Input data: the reply to an InputCmd Read, or (Id 0) a value from a subscription.
 */
export interface InputReading {
  /**
   * Id of a server message that is either a reply (request's Id) or an event (0).
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
  Reading: InputReadingValue;
}
/**
 * Exactly one InputType key with that type's reading.
 */
export interface InputReadingValue {
  Battery?: BatteryReading;
  RSSI?: RssiReading;
  Pressure?: PressureReading;
  Button?: ButtonReading;
  Position?: PositionReading;
}
/**
 * Battery reading.
 */
export interface BatteryReading {
  /**
   * Battery level in percent, 0–100.
   */
  Value: number;
}
/**
 * Rssi reading.
 */
export interface RssiReading {
  /**
   * Radio signal strength (signed 8-bit, always negative).
   */
  Value: number;
}
/**
 * Pressure reading.
 */
export interface PressureReading {
  /**
   * Pressure level, device-specific units.
   */
  Value: number;
}
/**
 * Button reading.
 */
export interface ButtonReading {
  /**
   * 1 = down, 0 = up.
   */
  Value: 0 | 1;
}
/**
 * Position reading.
 */
export interface PositionReading {
  /**
   * Position, within the feature's Input Value range.
   */
  Value: number;
}
/**
 * Server reply: the client message with this Id was received and processed successfully.
 */
export interface Ok {
  /**
   * Id of a server reply: the Id of the request it answers (0 only for errors about frames whose Id could not be read).
   */
  Id: number;
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
 * Watchdog: the client must send one within MaxPingTime.
 */
export interface Ping {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
}
/**
 * Ask for the current device list without scanning.
 */
export interface RequestDeviceList {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
}
/**
 * Handshake: the client introduces itself and states the protocol version it speaks.
 */
export interface RequestServerInfo {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Name of the client, for server UI.
   */
  ClientName: string;
  /**
   * Protocol major version of the client (4).
   */
  ProtocolVersionMajor: number;
  /**
   * Protocol minor version of the client.
   */
  ProtocolVersionMinor: number;
}
/**
 * Event: the server stopped scanning on every bus.
 */
export interface ScanningFinished {
  /**
   * Id of a server-initiated message: always 0.
   */
  Id: 0;
}
/**
 * Handshake reply: server name, protocol version and ping interval.
 */
export interface ServerInfo {
  /**
   * Id of a server reply: the Id of the request it answers (0 only for errors about frames whose Id could not be read).
   */
  Id: number;
  /**
   * Name of the server; may be empty.
   */
  ServerName: string;
  /**
   * Longest time between client Pings before the server disconnects, in milliseconds (0 = no ping needed).
   */
  MaxPingTime: number;
  /**
   * Protocol major version of the server.
   */
  ProtocolVersionMajor: number;
  /**
   * Protocol minor version of the server.
   */
  ProtocolVersionMinor: number;
}
/**
 * Start scanning for devices on every bus the server knows.
 */
export interface StartScanning {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
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
 * Stop scanning for devices.
 */
export interface StopScanning {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
}

/**
 * 0 ERROR_UNKNOWN, 1 ERROR_INIT, 2 ERROR_PING, 3 ERROR_MSG, 4 ERROR_DEVICE.
 */
export enum ErrorCode {
  Unknown = 0,
  Init = 1,
  Ping = 2,
  Msg = 3,
  Device = 4,
}

/** A client → server message of spec v4 on the wire: `{ Name: body }`. */
export type ClientMessage =
  | { Disconnect: Disconnect }
  | { InputCmd: InputCmd }
  | { OutputCmd: OutputCmd }
  | { Ping: Ping }
  | { RequestDeviceList: RequestDeviceList }
  | { RequestServerInfo: RequestServerInfo }
  | { StartScanning: StartScanning }
  | { StopCmd: StopCmd }
  | { StopScanning: StopScanning };

/** A server → client message of spec v4 on the wire: `{ Name: body }`. */
export type ServerMessage =
  | { DeviceList: DeviceList }
  | { Error: Error }
  | { InputReading: InputReading }
  | { Ok: Ok }
  | { ScanningFinished: ScanningFinished }
  | { ServerInfo: ServerInfo };

/** Any message of spec v4 on the wire. */
export type Message = ClientMessage | ServerMessage;

/** Names of the client → server messages of spec v4. */
export type ClientMessageName =
  | "Disconnect"
  | "InputCmd"
  | "OutputCmd"
  | "Ping"
  | "RequestDeviceList"
  | "RequestServerInfo"
  | "StartScanning"
  | "StopCmd"
  | "StopScanning";

/** Names of the server → client messages of spec v4. */
export type ServerMessageName =
  | "DeviceList"
  | "Error"
  | "InputReading"
  | "Ok"
  | "ScanningFinished"
  | "ServerInfo";

/** Names of all messages of spec v4. */
export type MessageName = ClientMessageName | ServerMessageName;

/** Any message body of spec v4. */
export type MessageBody = MessageBodies[MessageName];

/** Every InputCommandType of spec v4, in the schema's order. */
export const InputCommandTypeValues = ["Read", "Subscribe", "Unsubscribe"] as const satisfies readonly InputCommandType[];

/** Every InputType of spec v4, in the schema's order. */
export const InputTypeValues = ["Battery", "RSSI", "Pressure", "Button", "Position"] as const satisfies readonly InputType[];

/** Every OutputType of spec v4, in the schema's order. */
export const OutputTypeValues = ["Vibrate", "Rotate", "RotationWithDirection", "Oscillate", "Constrict", "Spray", "Temperature", "Led", "Position", "HwPositionWithDuration"] as const satisfies readonly OutputType[];
