// generated — do not edit. Source: schema/v4/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
import type { ValidateFunction } from "ajv";
import type * as T from "./types";

/** Validates the body of `DeviceList` (schema/v4/DeviceList.json). */
export declare const DeviceList: ValidateFunction<T.DeviceList>;

/** Validates the body of `Disconnect` (schema/v4/Disconnect.json). */
export declare const Disconnect: ValidateFunction<T.Disconnect>;

/** Validates the body of `Error` (schema/v4/Error.json). */
export declare const Error: ValidateFunction<T.Error>;

/** Validates the body of `InputCmd` (schema/v4/InputCmd.json). */
export declare const InputCmd: ValidateFunction<T.InputCmd>;

/** Validates the body of `InputReading` (schema/v4/InputReading.json). */
export declare const InputReading: ValidateFunction<T.InputReading>;

/** Validates the body of `Ok` (schema/v4/Ok.json). */
export declare const Ok: ValidateFunction<T.Ok>;

/** Validates the body of `OutputCmd` (schema/v4/OutputCmd.json). */
export declare const OutputCmd: ValidateFunction<T.OutputCmd>;

/** Validates the body of `Ping` (schema/v4/Ping.json). */
export declare const Ping: ValidateFunction<T.Ping>;

/** Validates the body of `RequestDeviceList` (schema/v4/RequestDeviceList.json). */
export declare const RequestDeviceList: ValidateFunction<T.RequestDeviceList>;

/** Validates the body of `RequestServerInfo` (schema/v4/RequestServerInfo.json). */
export declare const RequestServerInfo: ValidateFunction<T.RequestServerInfo>;

/** Validates the body of `ScanningFinished` (schema/v4/ScanningFinished.json). */
export declare const ScanningFinished: ValidateFunction<T.ScanningFinished>;

/** Validates the body of `ServerInfo` (schema/v4/ServerInfo.json). */
export declare const ServerInfo: ValidateFunction<T.ServerInfo>;

/** Validates the body of `StartScanning` (schema/v4/StartScanning.json). */
export declare const StartScanning: ValidateFunction<T.StartScanning>;

/** Validates the body of `StopCmd` (schema/v4/StopCmd.json). */
export declare const StopCmd: ValidateFunction<T.StopCmd>;

/** Validates the body of `StopScanning` (schema/v4/StopScanning.json). */
export declare const StopScanning: ValidateFunction<T.StopScanning>;
