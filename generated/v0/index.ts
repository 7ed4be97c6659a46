// generated — do not edit. Source: schema/v0/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
import type { ValidateFunction } from "ajv";
import type { MessageName } from "./types";
import * as compiled from "./validators";

export * from "./types";

/** Precompiled (ajv standalone) validators of spec v0, one per message body. */
export const validators: Readonly<Record<MessageName, ValidateFunction>> = compiled;
