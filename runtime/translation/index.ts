/**
 * Everything hand-written translation bodies (generated/translate/*) may use: `import * as tx`.
 */
export * from "./context";
export * from "./errors";
