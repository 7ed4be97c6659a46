// generated — do not edit. Source: schema/v2/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
// Spec v2: one interface per message body (named by its title), titled sub-objects as
// their own types, and the wire unions of one-key objects.

/**
 * The body type of every message of spec v2, by message name.
 */
export interface MessageBodies {
  BatteryLevelCmd: BatteryLevelCmd;
  BatteryLevelReading: BatteryLevelReading;
  DeviceAdded: DeviceAdded;
  DeviceList: DeviceList;
  DeviceRemoved: DeviceRemoved;
  Error: Error;
  LinearCmd: LinearCmd;
  Ok: Ok;
  Ping: Ping;
  RSSILevelCmd: RSSILevelCmd;
  RSSILevelReading: RSSILevelReading;
  RawReadCmd: RawReadCmd;
  RawReading: RawReading;
  RawSubscribeCmd: RawSubscribeCmd;
  RawUnsubscribeCmd: RawUnsubscribeCmd;
  RawWriteCmd: RawWriteCmd;
  RequestDeviceList: RequestDeviceList;
  RequestServerInfo: RequestServerInfo;
  RotateCmd: RotateCmd;
  ScanningFinished: ScanningFinished;
  ServerInfo: ServerInfo;
  StartScanning: StartScanning;
  StopAllDevices: StopAllDevices;
  StopDeviceCmd: StopDeviceCmd;
  StopScanning: StopScanning;
  VibrateCmd: VibrateCmd;
}
/**
 * Ask a device for its battery level.
 */
export interface BatteryLevelCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
}
/**
 * Battery level of a device, in reply to BatteryLevelCmd.
 */
export interface BatteryLevelReading {
  /**
   * Id of a server reply: the Id of the request it answers (0 only for errors about frames whose Id could not be read).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * A v0–v3 speed/position/strength: 0.0 to 1.0 inclusive.
   */
  BatteryLevel: number;
}
/**
 * Server event: a device connected.
 */
export interface DeviceAdded {
  /**
   * Id of a server-initiated message: always 0.
   */
  Id: 0;
  /**
   * Descriptive name of the device.
   */
  DeviceName: string;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  DeviceMessages: DeviceMessages;
}
/**
 * Device messages a device accepts, by name, with their attributes.
 */
export interface DeviceMessages {
  VibrateCmd?: GenericMessageAttributes;
  LinearCmd?: GenericMessageAttributes;
  RotateCmd?: GenericMessageAttributes;
  StopDeviceCmd?: NullMessageAttributes;
  BatteryLevelCmd?: NullMessageAttributes;
  RSSILevelCmd?: NullMessageAttributes;
  RawWriteCmd?: RawMessageAttributes;
  RawReadCmd?: RawMessageAttributes;
  RawSubscribeCmd?: RawMessageAttributes;
  RawUnsubscribeCmd?: RawMessageAttributes;
}
/**
 * Attributes of a generic device command (VibrateCmd, LinearCmd, RotateCmd). StepCount, when present, has one entry per feature.
 */
export interface GenericMessageAttributes {
  /**
   * Number of features (motors, actuators, rotators) this message can address.
   */
  FeatureCount: number;
  /**
   * For each feature, the number of discrete steps it can use (at least 1).
   */
  StepCount?: number[];
}
/**
 * Attributes of a device message that has none.
 */
export interface NullMessageAttributes {}
/**
 * Attributes of a Raw*Cmd entry of DeviceMessages: the endpoints the raw commands may use. Optional in spec v2 (the reference's spec-v2 message schema, RawMessageAttributes); servers of that era sent them.
 */
export interface RawMessageAttributes {
  /**
   * Endpoint names the raw commands may use.
   */
  Endpoints?: string[];
}
/**
 * Server reply listing the connected devices.
 */
export interface DeviceList {
  /**
   * Id of a server reply: the Id of the request it answers (0 only for errors about frames whose Id could not be read).
   */
  Id: number;
  /**
   * The connected devices.
   */
  Devices: DeviceInfo[];
}
/**
 * A device in a DeviceList.
 */
export interface DeviceInfo {
  /**
   * Descriptive name of the device.
   */
  DeviceName: string;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  DeviceMessages: DeviceMessages;
}
/**
 * Server event: a device disconnected.
 */
export interface DeviceRemoved {
  /**
   * Id of a server-initiated message: always 0.
   */
  Id: 0;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
}
/**
 * Server reply: the client message with this Id caused a parsing or processing error (Id 0 when the Id could not be read).
 */
export interface Error {
  /**
   * Id of a server reply: the Id of the request it answers (0 only for errors about frames whose Id could not be read).
   */
  Id: number;
  /**
   * What went wrong, for humans.
   */
  ErrorMessage: string;
  ErrorCode: ErrorCode;
}
/**
 * Move linear actuators of a device to positions over durations.
 */
export interface LinearCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * One entry per linear actuator to move.
   *
   * @minItems 1
   */
  Vectors: [VectorSubcommand, ...VectorSubcommand[]];
}
/**
 * Movement for one linear actuator.
 */
export interface VectorSubcommand {
  /**
   * Index of the linear actuator (below the LinearCmd FeatureCount).
   */
  Index: number;
  /**
   * Movement time in milliseconds.
   */
  Duration: number;
  /**
   * A v0–v3 speed/position/strength: 0.0 to 1.0 inclusive.
   */
  Position: number;
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
 * Client watchdog message; must arrive within the server's MaxPingTime or the server disconnects and stops all devices.
 */
export interface Ping {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
}
/**
 * Ask a device for its RSSI level.
 */
export interface RSSILevelCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
}
/**
 * RSSI level of a device, in reply to RSSILevelCmd.
 */
export interface RSSILevelReading {
  /**
   * Id of a server reply: the Id of the request it answers (0 only for errors about frames whose Id could not be read).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * RSSI level, usually dB in -100…0.
   */
  RSSILevel: number;
}
/**
 * Read bytes from a device endpoint (development use; servers may refuse raw messages).
 */
export interface RawReadCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Name of the endpoint to read from.
   */
  Endpoint: string;
  /**
   * Number of bytes to read; 0 = whatever is currently available.
   */
  ExpectedLength: number;
  /**
   * True to answer only once data is available or ExpectedLength is met.
   */
  WaitForData: boolean;
}
/**
 * Bytes read from a device endpoint: the reply to RawReadCmd, or (Id 0) data from a RawSubscribeCmd subscription.
 */
export interface RawReading {
  /**
   * Id of a server message that is either a reply (request's Id) or an event (0).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Name of the endpoint the data came from.
   */
  Endpoint: string;
  /**
   * Bytes read.
   */
  Data: number[];
}
/**
 * Subscribe to data arriving on a device endpoint; the server sends it as RawReading events.
 */
export interface RawSubscribeCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Name of the endpoint to subscribe to.
   */
  Endpoint: string;
}
/**
 * End a subscription made with RawSubscribeCmd.
 */
export interface RawUnsubscribeCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Name of the endpoint to unsubscribe from.
   */
  Endpoint: string;
}
/**
 * Write bytes to a device endpoint (development use; servers may refuse raw messages).
 */
export interface RawWriteCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Name of the endpoint to write to.
   */
  Endpoint: string;
  /**
   * Bytes to write.
   */
  Data: number[];
  /**
   * True if a BLE write-with-response is required.
   */
  WriteWithResponse: boolean;
}
/**
 * Client request for the list of known devices, without scanning.
 */
export interface RequestDeviceList {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
}
/**
 * Handshake: the client introduces itself, states the message spec version it speaks, and asks for server information.
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
   * Message spec version of the client.
   */
  MessageVersion: number;
}
/**
 * Rotate rotating features of a device at speeds in directions.
 */
export interface RotateCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * One entry per rotator to set.
   *
   * @minItems 1
   */
  Rotations: [RotationSubcommand, ...RotationSubcommand[]];
}
/**
 * Speed and direction for one rotator.
 */
export interface RotationSubcommand {
  /**
   * Index of the rotator (below the RotateCmd FeatureCount).
   */
  Index: number;
  /**
   * A v0–v3 speed/position/strength: 0.0 to 1.0 inclusive.
   */
  Speed: number;
  /**
   * Rotation direction (clockwise may be subjective).
   */
  Clockwise: boolean;
}
/**
 * Server event: scanning stopped on every bus (after StopScanning or on its own).
 */
export interface ScanningFinished {
  /**
   * Id of a server-initiated message: always 0.
   */
  Id: 0;
}
/**
 * Handshake reply: server name, message spec version and ping interval.
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
   * Message spec version in use; equals the version the client sent in RequestServerInfo.
   */
  MessageVersion: number;
  /**
   * Longest time between client Pings before the server disconnects, in milliseconds.
   */
  MaxPingTime: number;
}
/**
 * Client request to start scanning for devices on every bus the server knows.
 */
export interface StartScanning {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
}
/**
 * Stop every connected device.
 */
export interface StopAllDevices {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
}
/**
 * Stop whatever a device is doing.
 */
export interface StopDeviceCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
}
/**
 * Client request to stop scanning for devices.
 */
export interface StopScanning {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
}
/**
 * Run vibration motors of a device at given speeds.
 */
export interface VibrateCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * One entry per motor to set.
   *
   * @minItems 1
   */
  Speeds: [VibrateSubcommand, ...VibrateSubcommand[]];
}
/**
 * Speed for one vibration motor.
 */
export interface VibrateSubcommand {
  /**
   * Index of the vibration motor (below the VibrateCmd FeatureCount).
   */
  Index: number;
  /**
   * A v0–v3 speed/position/strength: 0.0 to 1.0 inclusive.
   */
  Speed: number;
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

/** A client → server message of spec v2 on the wire: `{ Name: body }`. */
export type ClientMessage =
  | { BatteryLevelCmd: BatteryLevelCmd }
  | { LinearCmd: LinearCmd }
  | { Ping: Ping }
  | { RSSILevelCmd: RSSILevelCmd }
  | { RawReadCmd: RawReadCmd }
  | { RawSubscribeCmd: RawSubscribeCmd }
  | { RawUnsubscribeCmd: RawUnsubscribeCmd }
  | { RawWriteCmd: RawWriteCmd }
  | { RequestDeviceList: RequestDeviceList }
  | { RequestServerInfo: RequestServerInfo }
  | { RotateCmd: RotateCmd }
  | { StartScanning: StartScanning }
  | { StopAllDevices: StopAllDevices }
  | { StopDeviceCmd: StopDeviceCmd }
  | { StopScanning: StopScanning }
  | { VibrateCmd: VibrateCmd };

/** A server → client message of spec v2 on the wire: `{ Name: body }`. */
export type ServerMessage =
  | { BatteryLevelReading: BatteryLevelReading }
  | { DeviceAdded: DeviceAdded }
  | { DeviceList: DeviceList }
  | { DeviceRemoved: DeviceRemoved }
  | { Error: Error }
  | { Ok: Ok }
  | { RSSILevelReading: RSSILevelReading }
  | { RawReading: RawReading }
  | { ScanningFinished: ScanningFinished }
  | { ServerInfo: ServerInfo };

/** Any message of spec v2 on the wire. */
export type Message = ClientMessage | ServerMessage;

/** Names of the client → server messages of spec v2. */
export type ClientMessageName =
  | "BatteryLevelCmd"
  | "LinearCmd"
  | "Ping"
  | "RSSILevelCmd"
  | "RawReadCmd"
  | "RawSubscribeCmd"
  | "RawUnsubscribeCmd"
  | "RawWriteCmd"
  | "RequestDeviceList"
  | "RequestServerInfo"
  | "RotateCmd"
  | "StartScanning"
  | "StopAllDevices"
  | "StopDeviceCmd"
  | "StopScanning"
  | "VibrateCmd";

/** Names of the server → client messages of spec v2. */
export type ServerMessageName =
  | "BatteryLevelReading"
  | "DeviceAdded"
  | "DeviceList"
  | "DeviceRemoved"
  | "Error"
  | "Ok"
  | "RSSILevelReading"
  | "RawReading"
  | "ScanningFinished"
  | "ServerInfo";

/** Names of all messages of spec v2. */
export type MessageName = ClientMessageName | ServerMessageName;

/** Any message body of spec v2. */
export type MessageBody = MessageBodies[MessageName];
