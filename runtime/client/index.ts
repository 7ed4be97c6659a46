/** The bpkit client: a v4 API (devices, features, inputs, events) over any connector, v4 or v3 servers. */
export * from "./client";
export * from "./codec";
export * from "./connector";
export * from "./device";
export * from "./errors";
export * from "./values";
export * from "./legacy";
