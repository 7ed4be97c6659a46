/** The Buttplug server: sessions, translation glue, device manager, and the in-memory test device. */
export * from "./device";
export * from "./device-manager";
export * from "./server";
export * from "./session";
export { logSafe } from "./log-text";
export * from "./test-device";
export { V4Handler } from "./v4-handler";
