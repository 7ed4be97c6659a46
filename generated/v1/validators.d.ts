// generated — do not edit. Source: schema/v1/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
import type { ValidateFunction } from "ajv";
import type * as T from "./types";

/** Validates the body of `DeviceAdded` (schema/v1/DeviceAdded.json). */
export declare const DeviceAdded: ValidateFunction<T.DeviceAdded>;

/** Validates the body of `DeviceList` (schema/v1/DeviceList.json). */
export declare const DeviceList: ValidateFunction<T.DeviceList>;

/** Validates the body of `DeviceRemoved` (schema/v1/DeviceRemoved.json). */
export declare const DeviceRemoved: ValidateFunction<T.DeviceRemoved>;

/** Validates the body of `Error` (schema/v1/Error.json). */
export declare const Error: ValidateFunction<T.Error>;

/** Validates the body of `FleshlightLaunchFW12Cmd` (schema/v1/FleshlightLaunchFW12Cmd.json). */
export declare const FleshlightLaunchFW12Cmd: ValidateFunction<T.FleshlightLaunchFW12Cmd>;

/** Validates the body of `KiirooCmd` (schema/v1/KiirooCmd.json). */
export declare const KiirooCmd: ValidateFunction<T.KiirooCmd>;

/** Validates the body of `LinearCmd` (schema/v1/LinearCmd.json). */
export declare const LinearCmd: ValidateFunction<T.LinearCmd>;

/** Validates the body of `Log` (schema/v1/Log.json). */
export declare const Log: ValidateFunction<T.Log>;

/** Validates the body of `LovenseCmd` (schema/v1/LovenseCmd.json). */
export declare const LovenseCmd: ValidateFunction<T.LovenseCmd>;

/** Validates the body of `Ok` (schema/v1/Ok.json). */
export declare const Ok: ValidateFunction<T.Ok>;

/** Validates the body of `Ping` (schema/v1/Ping.json). */
export declare const Ping: ValidateFunction<T.Ping>;

/** Validates the body of `RequestDeviceList` (schema/v1/RequestDeviceList.json). */
export declare const RequestDeviceList: ValidateFunction<T.RequestDeviceList>;

/** Validates the body of `RequestLog` (schema/v1/RequestLog.json). */
export declare const RequestLog: ValidateFunction<T.RequestLog>;

/** Validates the body of `RequestServerInfo` (schema/v1/RequestServerInfo.json). */
export declare const RequestServerInfo: ValidateFunction<T.RequestServerInfo>;

/** Validates the body of `RotateCmd` (schema/v1/RotateCmd.json). */
export declare const RotateCmd: ValidateFunction<T.RotateCmd>;

/** Validates the body of `ScanningFinished` (schema/v1/ScanningFinished.json). */
export declare const ScanningFinished: ValidateFunction<T.ScanningFinished>;

/** Validates the body of `ServerInfo` (schema/v1/ServerInfo.json). */
export declare const ServerInfo: ValidateFunction<T.ServerInfo>;

/** Validates the body of `SingleMotorVibrateCmd` (schema/v1/SingleMotorVibrateCmd.json). */
export declare const SingleMotorVibrateCmd: ValidateFunction<T.SingleMotorVibrateCmd>;

/** Validates the body of `StartScanning` (schema/v1/StartScanning.json). */
export declare const StartScanning: ValidateFunction<T.StartScanning>;

/** Validates the body of `StopAllDevices` (schema/v1/StopAllDevices.json). */
export declare const StopAllDevices: ValidateFunction<T.StopAllDevices>;

/** Validates the body of `StopDeviceCmd` (schema/v1/StopDeviceCmd.json). */
export declare const StopDeviceCmd: ValidateFunction<T.StopDeviceCmd>;

/** Validates the body of `StopScanning` (schema/v1/StopScanning.json). */
export declare const StopScanning: ValidateFunction<T.StopScanning>;

/** Validates the body of `Test` (schema/v1/Test.json). */
export declare const Test: ValidateFunction<T.Test>;

/** Validates the body of `VibrateCmd` (schema/v1/VibrateCmd.json). */
export declare const VibrateCmd: ValidateFunction<T.VibrateCmd>;

/** Validates the body of `VorzeA10CycloneCmd` (schema/v1/VorzeA10CycloneCmd.json). */
export declare const VorzeA10CycloneCmd: ValidateFunction<T.VorzeA10CycloneCmd>;
