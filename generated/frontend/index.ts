// generated — do not edit. Source: schema/frontend/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
import type { ValidateFunction } from "ajv";
import * as compiled from "./validators";

export * from "./types";

/** Names of the root schemas of schema/frontend/. */
export type SchemaName =
  | "CommandFrame"
  | "EventFrame";

/** Precompiled (ajv standalone) validators of schema/frontend/, one per root schema. */
export const validators: Readonly<Record<SchemaName, ValidateFunction>> = compiled;
