/**
 * Everything the hand-written translation bodies (runtime/translation/steps/) may use: `import * as tx from ".."`.
 */
export * from "./commands";
export * from "./context";
export * from "./devices";
export * from "./errors";
export * from "./presentation";
export * from "./scaling";
export * from "./sensors";
// Steps throw these when a message cannot be carried out (unknown device index, missing feature…).
export { ButtplugError, ErrorCode, deviceError, messageError } from "../errors";
