/** The Buttplug server: sessions, translation glue, device manager, and the in-memory test device. */
export * from "./device";
export * from "./device-manager";
export * from "./server";
export * from "./session";
export * from "./session-options";
export { DEFAULT_MAX_COMMANDS_IN_FLIGHT } from "./in-flight";
export { DEFAULT_MAX_MESSAGES_PER_FRAME, describeIssues } from "./frames";
export { logSafe } from "./log-text";
export * from "./test-device";
export { V4Handler } from "./v4-handler";
