// generated — do not edit. Source: schema/v0/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
// Spec v0: one interface per message body (named by its title), titled sub-objects as
// their own types, and the wire unions of one-key objects.

/**
 * Names of the device messages a device accepts. RawCmd appears in the spec's example although it was never implemented.
 */
export type DeviceMessageNames = (
  | "SingleMotorVibrateCmd"
  | "FleshlightLaunchFW12Cmd"
  | "LovenseCmd"
  | "KiirooCmd"
  | "VorzeA10CycloneCmd"
  | "StopDeviceCmd"
  | "RawCmd"
)[];
/**
 * Log levels, from Off (nothing) to Trace (everything).
 */
export type LogLevel = "Off" | "Fatal" | "Error" | "Warn" | "Info" | "Debug" | "Trace";

/**
 * The body type of every message of spec v0, by message name.
 */
export interface MessageBodies {
  DeviceAdded: DeviceAdded;
  DeviceList: DeviceList;
  DeviceRemoved: DeviceRemoved;
  Error: Error;
  FleshlightLaunchFW12Cmd: FleshlightLaunchFW12Cmd;
  KiirooCmd: KiirooCmd;
  Log: Log;
  LovenseCmd: LovenseCmd;
  Ok: Ok;
  Ping: Ping;
  RequestDeviceList: RequestDeviceList;
  RequestLog: RequestLog;
  RequestServerInfo: RequestServerInfo;
  ScanningFinished: ScanningFinished;
  ServerInfo: ServerInfo;
  SingleMotorVibrateCmd: SingleMotorVibrateCmd;
  StartScanning: StartScanning;
  StopAllDevices: StopAllDevices;
  StopDeviceCmd: StopDeviceCmd;
  StopScanning: StopScanning;
  Test: Test;
  VorzeA10CycloneCmd: VorzeA10CycloneCmd;
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
  DeviceMessages: DeviceMessageNames;
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
  DeviceMessages: DeviceMessageNames;
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
 * Fleshlight Launch (firmware 1.2) command: move to a position at a speed.
 */
export interface FleshlightLaunchFW12Cmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Position to move to, 0–99.
   */
  Position: number;
  /**
   * Speed to move at, 0–99.
   */
  Speed: number;
}
/**
 * Send a Kiiroo command to a device.
 */
export interface KiirooCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Position/speed as a decimal string of an integer 0–4.
   */
  Command: string;
}
/**
 * A server log message, sent after RequestLog with a level other than Off.
 */
export interface Log {
  /**
   * Id of a server-initiated message: always 0.
   */
  Id: 0;
  LogLevel: LogLevel;
  /**
   * The log message.
   */
  LogMessage: string;
}
/**
 * Send a Lovense command string to a device.
 */
export interface LovenseCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Lovense command, e.g. "Vibrate:20;" (see STPIHKAL).
   */
  Command: string;
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
 * Client request for the list of known devices, without scanning.
 */
export interface RequestDeviceList {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
}
/**
 * Client request for the server's log messages up to a level ("Off" stops them).
 */
export interface RequestLog {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  LogLevel: LogLevel;
}
/**
 * Handshake: the client introduces itself and asks for server information.
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
 * Handshake reply: server name, server software version, message spec version and ping interval.
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
   * Major version of the server software.
   */
  MajorVersion: number;
  /**
   * Minor version of the server software.
   */
  MinorVersion: number;
  /**
   * Build version of the server software.
   */
  BuildVersion: number;
  /**
   * Message spec version of the server.
   */
  MessageVersion: number;
  /**
   * Longest time between client Pings before the server disconnects, in milliseconds.
   */
  MaxPingTime: number;
}
/**
 * Run every vibration motor of a device at one speed.
 */
export interface SingleMotorVibrateCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * A v0–v3 speed/position/strength: 0.0 to 1.0 inclusive.
   */
  Speed: number;
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
 * Development message: the server echoes it back with the same Id and TestString, or answers Error when TestString is "Error".
 */
export interface Test {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * String for the server to echo back.
   */
  TestString: string;
}
/**
 * Vorze A10 Cyclone command: rotate at a speed in a direction.
 */
export interface VorzeA10CycloneCmd {
  /**
   * Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).
   */
  Id: number;
  /**
   * Index of a device, as the server announced it.
   */
  DeviceIndex: number;
  /**
   * Rotation speed, 0–100.
   */
  Speed: number;
  /**
   * Rotation direction.
   */
  Clockwise: boolean;
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

/** A client → server message of spec v0 on the wire: `{ Name: body }`. */
export type ClientMessage =
  | { FleshlightLaunchFW12Cmd: FleshlightLaunchFW12Cmd }
  | { KiirooCmd: KiirooCmd }
  | { LovenseCmd: LovenseCmd }
  | { Ping: Ping }
  | { RequestDeviceList: RequestDeviceList }
  | { RequestLog: RequestLog }
  | { RequestServerInfo: RequestServerInfo }
  | { SingleMotorVibrateCmd: SingleMotorVibrateCmd }
  | { StartScanning: StartScanning }
  | { StopAllDevices: StopAllDevices }
  | { StopDeviceCmd: StopDeviceCmd }
  | { StopScanning: StopScanning }
  | { Test: Test }
  | { VorzeA10CycloneCmd: VorzeA10CycloneCmd };

/** A server → client message of spec v0 on the wire: `{ Name: body }`. */
export type ServerMessage =
  | { DeviceAdded: DeviceAdded }
  | { DeviceList: DeviceList }
  | { DeviceRemoved: DeviceRemoved }
  | { Error: Error }
  | { Log: Log }
  | { Ok: Ok }
  | { ScanningFinished: ScanningFinished }
  | { ServerInfo: ServerInfo }
  | { Test: Test };

/** Any message of spec v0 on the wire. */
export type Message = ClientMessage | ServerMessage;

/** Names of the client → server messages of spec v0. */
export type ClientMessageName =
  | "FleshlightLaunchFW12Cmd"
  | "KiirooCmd"
  | "LovenseCmd"
  | "Ping"
  | "RequestDeviceList"
  | "RequestLog"
  | "RequestServerInfo"
  | "SingleMotorVibrateCmd"
  | "StartScanning"
  | "StopAllDevices"
  | "StopDeviceCmd"
  | "StopScanning"
  | "Test"
  | "VorzeA10CycloneCmd";

/** Names of the server → client messages of spec v0. */
export type ServerMessageName =
  | "DeviceAdded"
  | "DeviceList"
  | "DeviceRemoved"
  | "Error"
  | "Log"
  | "Ok"
  | "ScanningFinished"
  | "ServerInfo"
  | "Test";

/** Names of all messages of spec v0. */
export type MessageName = ClientMessageName | ServerMessageName;

/** Any message body of spec v0. */
export type MessageBody = MessageBodies[MessageName];

/** Every LogLevel of spec v0, in the schema's order. */
export const LogLevelValues = ["Off", "Fatal", "Error", "Warn", "Info", "Debug", "Trace"] as const satisfies readonly LogLevel[];
