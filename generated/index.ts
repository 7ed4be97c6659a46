// generated — do not edit. Source: schema/. Regenerate with `npm run generate`.
// Entry point of the generated code: per-version namespaces, the inside version, the registry,
// the message envelope and validation.
export * as v0 from "./v0";
export * as v1 from "./v1";
export * as v2 from "./v2";
export * as v3 from "./v3";
export * as v4 from "./v4";
export * as inside from "./current";
export { INSIDE_VERSION, type InsideVersion } from "./current";
export * as deviceConfig from "./device-config";
export * as frontend from "./frontend";
export * from "./envelope";
export * from "./registry";
export * from "./validation";
