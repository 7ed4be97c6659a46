/**
 * Everything hand-written translation bodies (generated/translate/*) may use: `import * as tx`.
 */
export * from "./context";
export * from "./devices";
export * from "./errors";
// Steps throw these when a message cannot be carried out (unknown device index, missing feature…).
export { ButtplugError, ErrorCode, deviceError, messageError } from "../errors";
