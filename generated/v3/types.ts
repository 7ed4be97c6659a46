// generated — do not edit. Source: schema/v3/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
// Spec v3: one interface per message body (named by its title), titled sub-objects as
// their own types, and the wire unions of one-key objects.

/**
 * Kind of actuator a v3 feature is. The spec never lists the values (docs changelog v4: they were only set in the reference implementations): Unknown…Position are the v3-era reference values (Inflate also appears in the docs' ScalarCmd example); Temperature, Led and Spray are what the current reference server sends v3 clients for those v4 outputs.
 */
export type ActuatorType =
  | "Unknown"
  | "Vibrate"
  | "Rotate"
  | "Oscillate"
  | "Constrict"
  | "Inflate"
  | "Position"
  | "Temperature"
  | "Led"
  | "Spray";
/**
 * Kind of sensor a v3 feature is; values from the reference implementations (the spec never lists them).
 */
export type SensorType = "Unknown" | "Battery" | "RSSI" | "Button" | "Pressure";

/**
 * The body type of every message of spec v3, by message name.
 */
export interface MessageBodies {
  DeviceAdded: DeviceAdded;
  DeviceList: DeviceList;
  DeviceRemoved: DeviceRemoved;
  Error: Error;
  LinearCmd: LinearCmd;
  Ok: Ok;
  Ping: Ping;
  RawReadCmd: RawReadCmd;
  RawReading: RawReading;
  RawSubscribeCmd: RawSubscribeCmd;
  RawUnsubscribeCmd: RawUnsubscribeCmd;
  RawWriteCmd: RawWriteCmd;
  RequestDeviceList: RequestDeviceList;
  RequestServerInfo: RequestServerInfo;
  RotateCmd: RotateCmd;
  ScalarCmd: ScalarCmd;
  ScanningFinished: ScanningFinished;
  SensorReadCmd: SensorReadCmd;
  SensorReading: SensorReading;
  SensorSubscribeCmd: SensorSubscribeCmd;
  SensorUnsubscribeCmd: SensorUnsubscribeCmd;
  ServerInfo: ServerInfo;
  StartScanning: StartScanning;
  StopAllDevices: StopAllDevices;
  StopDeviceCmd: StopDeviceCmd;
  StopScanning: StopScanning;
  VibrateCmd: VibrateCmd;
}
/**
 * Event: a device connected.
 */
export interface DeviceAdded {
  /**
   * Id of a server-initiated message: always 0.
   */
  Id: 0;
  /**
   * Descriptive name of the device, from the device configuration.
   */
  DeviceName: string;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Recommended minimum gap between commands to this device, in milliseconds (not enforced by the server in v3).
   */
  DeviceMessageTimingGap?: number;
  /**
   * User-set display name of the device.
   */
  DeviceDisplayName?: string;
  DeviceMessages: DeviceMessages;
}
/**
 * v3 device messages a device accepts, by name, with their attributes. Only the first of a do/undo pair is listed (SensorSubscribeCmd implies SensorUnsubscribeCmd, RawSubscribeCmd implies RawUnsubscribeCmd).
 */
export interface DeviceMessages {
  /**
   * Scalar actuators, in ScalarCmd Index order.
   *
   * @minItems 1
   */
  ScalarCmd?: [GenericMessageAttributes, ...GenericMessageAttributes[]];
  /**
   * Rotators, in RotateCmd Index order.
   *
   * @minItems 1
   */
  RotateCmd?: [GenericMessageAttributes, ...GenericMessageAttributes[]];
  /**
   * Linear actuators, in LinearCmd Index order.
   *
   * @minItems 1
   */
  LinearCmd?: [GenericMessageAttributes, ...GenericMessageAttributes[]];
  /**
   * Readable sensors, in SensorIndex order.
   *
   * @minItems 1
   */
  SensorReadCmd?: [SensorMessageAttributes, ...SensorMessageAttributes[]];
  /**
   * Subscribable sensors, in SensorIndex order (SensorUnsubscribeCmd is implied).
   *
   * @minItems 1
   */
  SensorSubscribeCmd?: [SensorMessageAttributes, ...SensorMessageAttributes[]];
  RawReadCmd?: RawMessageAttributes;
  RawWriteCmd?: RawMessageAttributes;
  RawSubscribeCmd?: RawMessageAttributes;
  StopDeviceCmd?: NullMessageAttributes;
}
/**
 * One actuator feature in the ScalarCmd, RotateCmd or LinearCmd entry of DeviceMessages; its array position is the Index used in commands.
 */
export interface GenericMessageAttributes {
  /**
   * Text descriptor of the feature.
   */
  FeatureDescriptor: string;
  /**
   * Number of discrete steps the feature can use (at least 1).
   */
  StepCount: number;
  ActuatorType: ActuatorType;
}
/**
 * One sensor feature in the SensorReadCmd or SensorSubscribeCmd entry of DeviceMessages; its array position is the SensorIndex used in sensor commands.
 */
export interface SensorMessageAttributes {
  /**
   * Text descriptor of the feature.
   */
  FeatureDescriptor: string;
  SensorType: SensorType;
  /**
   * One range per value a reading of this sensor returns (its length is the number of values in SensorReading.Data).
   *
   * @minItems 1
   */
  SensorRange: [[number, number], ...[number, number][]];
}
/**
 * Attributes of a Raw*Cmd entry of DeviceMessages.
 */
export interface RawMessageAttributes {
  /**
   * Endpoint names the raw commands may use.
   *
   * @minItems 1
   */
  Endpoints: [string, ...string[]];
}
/**
 * Attributes of a device message that has none.
 */
export interface NullMessageAttributes {}
/**
 * Server reply to RequestDeviceList listing the connected devices.
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
 * A device in a v3 DeviceList.
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
   * Recommended minimum gap between commands to this device, in milliseconds (not enforced by the server in v3).
   */
  DeviceMessageTimingGap?: number;
  /**
   * User-set display name of the device.
   */
  DeviceDisplayName?: string;
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
   * Index of the linear actuator (its position in the LinearCmd entry of DeviceMessages).
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
   * Index of the rotator (its position in the RotateCmd entry of DeviceMessages).
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
 * Set the level of scalar actuators (vibrators, oscillators, constrictors, …) of a device.
 */
export interface ScalarCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * One entry per actuator to set.
   *
   * @minItems 1
   */
  Scalars: [ScalarSubcommand, ...ScalarSubcommand[]];
}
/**
 * Level for one actuator.
 */
export interface ScalarSubcommand {
  /**
   * Index of the actuator (its position in the ScalarCmd entry of DeviceMessages).
   */
  Index: number;
  /**
   * A v0–v3 speed/position/strength: 0.0 to 1.0 inclusive.
   */
  Scalar: number;
  ActuatorType: ActuatorType;
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
 * Read the current value of a device sensor.
 */
export interface SensorReadCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Index of the sensor (its position in the SensorReadCmd / SensorSubscribeCmd entry of DeviceMessages).
   */
  SensorIndex: number;
  SensorType: SensorType;
}
/**
 * Sensor data: the reply to SensorReadCmd, or (Id 0) a value from a subscription.
 */
export interface SensorReading {
  /**
   * Id of a server message that is either a reply (request's Id) or an event (0).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Index of the sensor the data is from.
   */
  SensorIndex: number;
  SensorType: SensorType;
  /**
   * Values read, one per SensorRange entry (signed: RSSI is negative).
   */
  Data: number[];
}
/**
 * Subscribe to a device sensor: the server sends a SensorReading (Id 0) for each new value.
 */
export interface SensorSubscribeCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Index of the sensor (its position in the SensorReadCmd / SensorSubscribeCmd entry of DeviceMessages).
   */
  SensorIndex: number;
  SensorType: SensorType;
}
/**
 * Stop a sensor subscription.
 */
export interface SensorUnsubscribeCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Index of the sensor (its position in the SensorReadCmd / SensorSubscribeCmd entry of DeviceMessages).
   */
  SensorIndex: number;
  SensorType: SensorType;
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
   * Index of the vibration motor (counting the ScalarCmd entries of DeviceMessages with ActuatorType Vibrate).
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

/** A client → server message of spec v3 on the wire: `{ Name: body }`. */
export type ClientMessage =
  | { LinearCmd: LinearCmd }
  | { Ping: Ping }
  | { RawReadCmd: RawReadCmd }
  | { RawSubscribeCmd: RawSubscribeCmd }
  | { RawUnsubscribeCmd: RawUnsubscribeCmd }
  | { RawWriteCmd: RawWriteCmd }
  | { RequestDeviceList: RequestDeviceList }
  | { RequestServerInfo: RequestServerInfo }
  | { RotateCmd: RotateCmd }
  | { ScalarCmd: ScalarCmd }
  | { SensorReadCmd: SensorReadCmd }
  | { SensorSubscribeCmd: SensorSubscribeCmd }
  | { SensorUnsubscribeCmd: SensorUnsubscribeCmd }
  | { StartScanning: StartScanning }
  | { StopAllDevices: StopAllDevices }
  | { StopDeviceCmd: StopDeviceCmd }
  | { StopScanning: StopScanning }
  | { VibrateCmd: VibrateCmd };

/** A server → client message of spec v3 on the wire: `{ Name: body }`. */
export type ServerMessage =
  | { DeviceAdded: DeviceAdded }
  | { DeviceList: DeviceList }
  | { DeviceRemoved: DeviceRemoved }
  | { Error: Error }
  | { Ok: Ok }
  | { RawReading: RawReading }
  | { ScanningFinished: ScanningFinished }
  | { SensorReading: SensorReading }
  | { ServerInfo: ServerInfo };

/** Any message of spec v3 on the wire. */
export type Message = ClientMessage | ServerMessage;

/** Names of the client → server messages of spec v3. */
export type ClientMessageName =
  | "LinearCmd"
  | "Ping"
  | "RawReadCmd"
  | "RawSubscribeCmd"
  | "RawUnsubscribeCmd"
  | "RawWriteCmd"
  | "RequestDeviceList"
  | "RequestServerInfo"
  | "RotateCmd"
  | "ScalarCmd"
  | "SensorReadCmd"
  | "SensorSubscribeCmd"
  | "SensorUnsubscribeCmd"
  | "StartScanning"
  | "StopAllDevices"
  | "StopDeviceCmd"
  | "StopScanning"
  | "VibrateCmd";

/** Names of the server → client messages of spec v3. */
export type ServerMessageName =
  | "DeviceAdded"
  | "DeviceList"
  | "DeviceRemoved"
  | "Error"
  | "Ok"
  | "RawReading"
  | "ScanningFinished"
  | "SensorReading"
  | "ServerInfo";

/** Names of all messages of spec v3. */
export type MessageName = ClientMessageName | ServerMessageName;

/** Any message body of spec v3. */
export type MessageBody = MessageBodies[MessageName];

/** Every ActuatorType of spec v3, in the schema's order. */
export const ActuatorTypeValues = ["Unknown", "Vibrate", "Rotate", "Oscillate", "Constrict", "Inflate", "Position", "Temperature", "Led", "Spray"] as const satisfies readonly ActuatorType[];

/** Every SensorType of spec v3, in the schema's order. */
export const SensorTypeValues = ["Unknown", "Battery", "RSSI", "Button", "Pressure"] as const satisfies readonly SensorType[];
