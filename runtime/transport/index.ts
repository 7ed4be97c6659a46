/** Transports: frames (JSON array strings) between a Buttplug client and server. */
export * from "./types";
export * from "./in-process";
export * from "./websocket-server";
export * from "./websocket-client";
export * from "./websocket-client-mode";
export * from "./buttplug-js-connector";
