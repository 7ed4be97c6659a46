// generated — do not edit. Source: schema/v*/*.json (x-bpkit metadata). Regenerate with `npm run generate`.
// The message registry of a bundle that loads spec versions on demand (bpkit/browser): the API of
// registry.ts, whose module it replaces there (scripts/build-browser.js), but a version's messages
// (vN/registry.ts, each its own chunk) are present only once registered, so a bundle carries only
// the versions its code imports.
import type * as Static from "./registry";
import type { MessageInfo, SpecVersion } from "./registry";

export type * from "./registry";

/** Every known spec version, ascending (known, whether registered or not). */
export const SPEC_VERSIONS: typeof Static.SPEC_VERSIONS = [0, 1, 2, 3, 4];

/** The newest spec version (the one the server speaks inside). */
export const LATEST_SPEC_VERSION: typeof Static.LATEST_SPEC_VERSION = 4;

/** registry[version][name]: the messages of the versions registered so far. */
export const registry: { -readonly [V in SpecVersion]?: (typeof Static.registry)[V] } = {};

/** Makes a spec version's messages available to lookupMessage and the validation functions. */
export const registerSpecVersion: typeof Static.registerSpecVersion = (version, messages) => {
  registry[version] = messages;
};

/** Whether a value is a spec version this build knows. */
export const isSpecVersion: typeof Static.isSpecVersion = (value): value is SpecVersion =>
  typeof value === "number" && (SPEC_VERSIONS as readonly number[]).includes(value);

/**
 * The registry entry of a message, or undefined for an unknown version or name. Throws for a
 * known version that is not registered yet: that is a bug of the code using the bundle.
 */
export const lookupMessage: typeof Static.lookupMessage = (version, name) => {
  if (!isSpecVersion(version)) return undefined;
  const messages: { readonly [name: string]: MessageInfo | undefined } | undefined = registry[version];
  if (!messages) {
    throw new Error(`spec v${version} is not loaded in this bundle: registerSpecVersion(${version}, …) before validating its messages`);
  }
  return Object.prototype.hasOwnProperty.call(messages, name) ? messages[name] : undefined;
};
