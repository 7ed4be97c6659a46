/**
 * The message tables (x-bpkit metadata + validators) of the spec versions the client speaks. In
 * Node every version is already in the registry; in the browser bundle (scripts/build-browser.js)
 * the registry starts empty and each version is its own chunk, fetched here when a connection
 * first needs it, so a page loads only the validators of the version it talks: a codec checks what
 * it sends and receives against the version on the wire (codec.ts), never against another one.
 * A classic script of the browser build speaks one version (spec-version-tables.ts): its client
 * speaks that version unless told otherwise, and asking it for another one fails, naming the
 * script that speaks it.
 */
import { registerSpecVersion } from "../../generated/registry";
import { ButtplugMessageError } from "./errors";
import { specVersionTables } from "./spec-version-tables";

/** Spec versions the client can speak to a server (v0 and v1 device lists are too poor for a v4 view; see legacy/v2.ts). */
export type ClientSpecVersion = 2 | 3 | 4;

const tables: { readonly [V in ClientSpecVersion]?: (typeof specVersionTables)[V] } = specVersionTables;

/** The versions this build speaks, ascending: v2–v4, or the one version of a classic script. */
const SPOKEN_SPEC_VERSIONS = Object.keys(tables).map(Number) as ClientSpecVersion[];
const oneVersionOnly = SPOKEN_SPEC_VERSIONS.length === 1;

/** What a client speaks when its options name no version: v4, or a classic script's one version. */
export const DEFAULT_SPEC_VERSION: ClientSpecVersion = SPOKEN_SPEC_VERSIONS.includes(4) ? 4 : SPOKEN_SPEC_VERSIONS[0]!;

/** The classic script of the browser build that speaks `version` (scripts/build-browser.js names them so). */
function classicScriptFor(version: ClientSpecVersion): string {
  return `bpkit-client-v${version}.iife.js`;
}

/** This build, as error messages name it. */
function thisBuild(): string {
  return oneVersionOnly
    ? `${classicScriptFor(DEFAULT_SPEC_VERSION)} speaks spec v${DEFAULT_SPEC_VERSION} only`
    : `the client speaks spec v4, and v3 or v2 for older servers ("auto": v4, else v3)`;
}

/** Every version some build speaks (a classic script speaks one of them). */
const EVERY_CLIENT_SPEC_VERSION: readonly unknown[] = [2, 3, 4];

/** Throws ButtplugMessageError, saying what to load instead, unless this build speaks `requested`. */
export function checkSpecVersion(requested: unknown): asserts requested is ClientSpecVersion | "auto" {
  const needed = requested === "auto" ? [4, 3] : [requested];
  if (needed.every((v) => (SPOKEN_SPEC_VERSIONS as readonly unknown[]).includes(v))) return;
  let fix = "";
  if (oneVersionOnly && requested === "auto")
    fix = `: "auto" (v4, else v3) needs the ES module bpkit-client.js, which loads each version when a connection needs it; or load the classic script of your server's version`;
  else if (oneVersionOnly && EVERY_CLIENT_SPEC_VERSION.includes(requested))
    fix = `: load ${classicScriptFor(requested as ClientSpecVersion)} to speak spec v${String(requested)}`;
  throw new ButtplugMessageError(`specVersion ${String(requested)}: ${thisBuild()}${fix}`);
}

/**
 * What to add to the error of a handshake the server refused (or left unanswered) in spec `version`:
 * which script speaks an older server, when this build is a classic script of one version (empty otherwise).
 */
export function refusedHandshakeAdvice(version: ClientSpecVersion): string {
  const older = oneVersionOnly ? ([2, 3] as const).filter((v) => v < version) : [];
  if (older.length === 0) return "";
  // Any refusal (another client connected, a timeout) ends up here, so the advice says when it applies.
  return ` (if the server speaks an older spec: ${thisBuild()}; load ${older.reverse().map(classicScriptFor).join(" or ")})`;
}

/** Makes `version`'s messages available to validation. */
export async function loadSpecVersion(version: ClientSpecVersion): Promise<void> {
  checkSpecVersion(version);
  const load = tables[version]!;
  registerSpecVersion(version, (await load()).messages);
}
