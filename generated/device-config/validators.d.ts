// generated — do not edit. Source: schema/device-config/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
import type { ValidateFunction } from "ajv";
import type * as T from "./types";

/** Validates a document of `DeviceConfigFile` (schema/device-config/device-config.json). */
export declare const DeviceConfigFile: ValidateFunction<T.DeviceConfigFile>;

/** Validates a document of `UserDeviceConfigFile` (schema/device-config/user-device-config.json). */
export declare const UserDeviceConfigFile: ValidateFunction<T.UserDeviceConfigFile>;
