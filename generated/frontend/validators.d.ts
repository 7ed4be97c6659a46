// generated — do not edit. Source: schema/frontend/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
import type { ValidateFunction } from "ajv";
import type * as T from "./types";

/** Validates a document of `CommandFrame` (schema/frontend/command-frame.json). */
export declare const CommandFrame: ValidateFunction<T.CommandFrame>;

/** Validates a document of `EventFrame` (schema/frontend/event-frame.json). */
export declare const EventFrame: ValidateFunction<T.EventFrame>;
