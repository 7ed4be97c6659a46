// generated — do not edit. Source: schema/device-config/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
import type { ValidateFunction } from "ajv";
import * as compiled from "./validators";

export * from "./types";

/** Names of the root schemas of schema/device-config/. */
export type SchemaName =
  | "DeviceConfigFile"
  | "UserDeviceConfigFile";

/** Precompiled (ajv standalone) validators of schema/device-config/, one per root schema. */
export const validators: Readonly<Record<SchemaName, ValidateFunction>> = compiled;
