/**
 * The message tables (x-bpkit metadata + validators) of the spec versions the client speaks. In
 * Node every version is already in the registry; in the browser bundle (scripts/build-browser.js)
 * the registry starts empty and each version is its own chunk, fetched here when a connection
 * first needs it, so a page loads only the validators of the version it talks: a codec checks what
 * it sends and receives against the version on the wire (codec.ts), never against another one.
 */
import { registerSpecVersion } from "../../generated/registry";

/** Spec versions the client can speak to a server (v0 and v1 device lists are too poor for a v4 view; see legacy/v2.ts). */
export type ClientSpecVersion = 2 | 3 | 4;

const tables = {
  2: () => import("../../generated/v2/registry"),
  3: () => import("../../generated/v3/registry"),
  4: () => import("../../generated/v4/registry"),
} as const;

/** Makes `version`'s messages available to validation. */
export async function loadSpecVersion(version: ClientSpecVersion): Promise<void> {
  registerSpecVersion(version, (await tables[version]()).messages);
}
