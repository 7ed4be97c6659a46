// generated — do not edit. Source: schema/v2/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
import type { ValidateFunction } from "ajv";
import type * as T from "./types";

/** Validates the body of `BatteryLevelCmd` (schema/v2/BatteryLevelCmd.json). */
export declare const BatteryLevelCmd: ValidateFunction<T.BatteryLevelCmd>;

/** Validates the body of `BatteryLevelReading` (schema/v2/BatteryLevelReading.json). */
export declare const BatteryLevelReading: ValidateFunction<T.BatteryLevelReading>;

/** Validates the body of `DeviceAdded` (schema/v2/DeviceAdded.json). */
export declare const DeviceAdded: ValidateFunction<T.DeviceAdded>;

/** Validates the body of `DeviceList` (schema/v2/DeviceList.json). */
export declare const DeviceList: ValidateFunction<T.DeviceList>;

/** Validates the body of `DeviceRemoved` (schema/v2/DeviceRemoved.json). */
export declare const DeviceRemoved: ValidateFunction<T.DeviceRemoved>;

/** Validates the body of `Error` (schema/v2/Error.json). */
export declare const Error: ValidateFunction<T.Error>;

/** Validates the body of `LinearCmd` (schema/v2/LinearCmd.json). */
export declare const LinearCmd: ValidateFunction<T.LinearCmd>;

/** Validates the body of `Ok` (schema/v2/Ok.json). */
export declare const Ok: ValidateFunction<T.Ok>;

/** Validates the body of `Ping` (schema/v2/Ping.json). */
export declare const Ping: ValidateFunction<T.Ping>;

/** Validates the body of `RSSILevelCmd` (schema/v2/RSSILevelCmd.json). */
export declare const RSSILevelCmd: ValidateFunction<T.RSSILevelCmd>;

/** Validates the body of `RSSILevelReading` (schema/v2/RSSILevelReading.json). */
export declare const RSSILevelReading: ValidateFunction<T.RSSILevelReading>;

/** Validates the body of `RawReadCmd` (schema/v2/RawReadCmd.json). */
export declare const RawReadCmd: ValidateFunction<T.RawReadCmd>;

/** Validates the body of `RawReading` (schema/v2/RawReading.json). */
export declare const RawReading: ValidateFunction<T.RawReading>;

/** Validates the body of `RawSubscribeCmd` (schema/v2/RawSubscribeCmd.json). */
export declare const RawSubscribeCmd: ValidateFunction<T.RawSubscribeCmd>;

/** Validates the body of `RawUnsubscribeCmd` (schema/v2/RawUnsubscribeCmd.json). */
export declare const RawUnsubscribeCmd: ValidateFunction<T.RawUnsubscribeCmd>;

/** Validates the body of `RawWriteCmd` (schema/v2/RawWriteCmd.json). */
export declare const RawWriteCmd: ValidateFunction<T.RawWriteCmd>;

/** Validates the body of `RequestDeviceList` (schema/v2/RequestDeviceList.json). */
export declare const RequestDeviceList: ValidateFunction<T.RequestDeviceList>;

/** Validates the body of `RequestServerInfo` (schema/v2/RequestServerInfo.json). */
export declare const RequestServerInfo: ValidateFunction<T.RequestServerInfo>;

/** Validates the body of `RotateCmd` (schema/v2/RotateCmd.json). */
export declare const RotateCmd: ValidateFunction<T.RotateCmd>;

/** Validates the body of `ScanningFinished` (schema/v2/ScanningFinished.json). */
export declare const ScanningFinished: ValidateFunction<T.ScanningFinished>;

/** Validates the body of `ServerInfo` (schema/v2/ServerInfo.json). */
export declare const ServerInfo: ValidateFunction<T.ServerInfo>;

/** Validates the body of `StartScanning` (schema/v2/StartScanning.json). */
export declare const StartScanning: ValidateFunction<T.StartScanning>;

/** Validates the body of `StopAllDevices` (schema/v2/StopAllDevices.json). */
export declare const StopAllDevices: ValidateFunction<T.StopAllDevices>;

/** Validates the body of `StopDeviceCmd` (schema/v2/StopDeviceCmd.json). */
export declare const StopDeviceCmd: ValidateFunction<T.StopDeviceCmd>;

/** Validates the body of `StopScanning` (schema/v2/StopScanning.json). */
export declare const StopScanning: ValidateFunction<T.StopScanning>;

/** Validates the body of `VibrateCmd` (schema/v2/VibrateCmd.json). */
export declare const VibrateCmd: ValidateFunction<T.VibrateCmd>;
