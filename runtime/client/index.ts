/** The bpkit client: a v4 API (devices, features, inputs, events) over any connector, v4 or v3 servers. */
export * from "./client";
export * from "./codec";
export * from "./connector";
export * from "./device";
export * from "./errors";
export * from "./values";
export * from "./legacy";

import type { v4 } from "../../generated";
/** What an output does (v4 OutputType): "Vibrate", "Rotate", "HwPositionWithDuration", … */
export type OutputType = v4.OutputType;
/** What an input reports (v4 InputType): "Battery", "RSSI", "Pressure", "Button", "Position". */
export type InputType = v4.InputType;
/** What an InputCmd asks for: "Read", "Subscribe", "Unsubscribe". */
export type InputCommandType = v4.InputCommandType;
