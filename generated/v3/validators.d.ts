// generated — do not edit. Source: schema/v3/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
import type { ValidateFunction } from "ajv";
import type * as T from "./types";

/** Validates the body of `DeviceAdded` (schema/v3/DeviceAdded.json). */
export declare const DeviceAdded: ValidateFunction<T.DeviceAdded>;

/** Validates the body of `DeviceList` (schema/v3/DeviceList.json). */
export declare const DeviceList: ValidateFunction<T.DeviceList>;

/** Validates the body of `DeviceRemoved` (schema/v3/DeviceRemoved.json). */
export declare const DeviceRemoved: ValidateFunction<T.DeviceRemoved>;

/** Validates the body of `Error` (schema/v3/Error.json). */
export declare const Error: ValidateFunction<T.Error>;

/** Validates the body of `LinearCmd` (schema/v3/LinearCmd.json). */
export declare const LinearCmd: ValidateFunction<T.LinearCmd>;

/** Validates the body of `Ok` (schema/v3/Ok.json). */
export declare const Ok: ValidateFunction<T.Ok>;

/** Validates the body of `Ping` (schema/v3/Ping.json). */
export declare const Ping: ValidateFunction<T.Ping>;

/** Validates the body of `RawReadCmd` (schema/v3/RawReadCmd.json). */
export declare const RawReadCmd: ValidateFunction<T.RawReadCmd>;

/** Validates the body of `RawReading` (schema/v3/RawReading.json). */
export declare const RawReading: ValidateFunction<T.RawReading>;

/** Validates the body of `RawSubscribeCmd` (schema/v3/RawSubscribeCmd.json). */
export declare const RawSubscribeCmd: ValidateFunction<T.RawSubscribeCmd>;

/** Validates the body of `RawUnsubscribeCmd` (schema/v3/RawUnsubscribeCmd.json). */
export declare const RawUnsubscribeCmd: ValidateFunction<T.RawUnsubscribeCmd>;

/** Validates the body of `RawWriteCmd` (schema/v3/RawWriteCmd.json). */
export declare const RawWriteCmd: ValidateFunction<T.RawWriteCmd>;

/** Validates the body of `RequestDeviceList` (schema/v3/RequestDeviceList.json). */
export declare const RequestDeviceList: ValidateFunction<T.RequestDeviceList>;

/** Validates the body of `RequestServerInfo` (schema/v3/RequestServerInfo.json). */
export declare const RequestServerInfo: ValidateFunction<T.RequestServerInfo>;

/** Validates the body of `RotateCmd` (schema/v3/RotateCmd.json). */
export declare const RotateCmd: ValidateFunction<T.RotateCmd>;

/** Validates the body of `ScalarCmd` (schema/v3/ScalarCmd.json). */
export declare const ScalarCmd: ValidateFunction<T.ScalarCmd>;

/** Validates the body of `ScanningFinished` (schema/v3/ScanningFinished.json). */
export declare const ScanningFinished: ValidateFunction<T.ScanningFinished>;

/** Validates the body of `SensorReadCmd` (schema/v3/SensorReadCmd.json). */
export declare const SensorReadCmd: ValidateFunction<T.SensorReadCmd>;

/** Validates the body of `SensorReading` (schema/v3/SensorReading.json). */
export declare const SensorReading: ValidateFunction<T.SensorReading>;

/** Validates the body of `SensorSubscribeCmd` (schema/v3/SensorSubscribeCmd.json). */
export declare const SensorSubscribeCmd: ValidateFunction<T.SensorSubscribeCmd>;

/** Validates the body of `SensorUnsubscribeCmd` (schema/v3/SensorUnsubscribeCmd.json). */
export declare const SensorUnsubscribeCmd: ValidateFunction<T.SensorUnsubscribeCmd>;

/** Validates the body of `ServerInfo` (schema/v3/ServerInfo.json). */
export declare const ServerInfo: ValidateFunction<T.ServerInfo>;

/** Validates the body of `StartScanning` (schema/v3/StartScanning.json). */
export declare const StartScanning: ValidateFunction<T.StartScanning>;

/** Validates the body of `StopAllDevices` (schema/v3/StopAllDevices.json). */
export declare const StopAllDevices: ValidateFunction<T.StopAllDevices>;

/** Validates the body of `StopDeviceCmd` (schema/v3/StopDeviceCmd.json). */
export declare const StopDeviceCmd: ValidateFunction<T.StopDeviceCmd>;

/** Validates the body of `StopScanning` (schema/v3/StopScanning.json). */
export declare const StopScanning: ValidateFunction<T.StopScanning>;

/** Validates the body of `VibrateCmd` (schema/v3/VibrateCmd.json). */
export declare const VibrateCmd: ValidateFunction<T.VibrateCmd>;
