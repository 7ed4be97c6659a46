// generated — do not edit. Source: schema/v*/*.json (x-bpkit metadata). Regenerate with `npm run generate`.
// The message registry: every message of every spec version with its x-bpkit metadata and its
// precompiled validator (each version's table is in vN/registry.ts).
import type { ValidateFunction } from "ajv";
import type * as v0 from "./v0";
import { messages as v0Messages } from "./v0/registry";
import type * as v1 from "./v1";
import { messages as v1Messages } from "./v1/registry";
import type * as v2 from "./v2";
import { messages as v2Messages } from "./v2/registry";
import type * as v3 from "./v3";
import { messages as v3Messages } from "./v3/registry";
import type * as v4 from "./v4";
import { messages as v4Messages } from "./v4/registry";

/** A spec version this build knows. */
export type SpecVersion = 0 | 1 | 2 | 3 | 4;

/** Every known spec version, ascending. */
export const SPEC_VERSIONS: readonly SpecVersion[] = [0, 1, 2, 3, 4];

/** The newest spec version (the one the server speaks inside). */
export const LATEST_SPEC_VERSION = 4 as const;

/** Replies that depend on a field of the request body: the first entry whose pointer equals wins. */
export interface RepliesWhen {
  /** JSON pointer into the request body, e.g. `/Command`. */
  readonly pointer: string;
  readonly equals: unknown;
  readonly replies: readonly string[];
}

/** What the registry knows about one message of one spec version. */
export interface MessageInfo {
  readonly name: string;
  readonly version: SpecVersion;
  /** "client" = client → server, "server" = server → client, "both" = a request the server echoes back (v0/v1 Test). */
  readonly direction: "client" | "server" | "both";
  /** request (client Id 1…2^32-1) | reply (echoes a request Id) | event (Id 0) | reply-or-event. */
  readonly id: "request" | "reply" | "event" | "reply-or-event";
  /** Names of the allowed replies (client messages; same version). */
  readonly replies: readonly string[];
  readonly repliesWhen: readonly RepliesWhen[];
  /** Spec version the name first appeared in. */
  readonly introduced: number;
  /** Later versions in which the shape changed. */
  readonly changed: readonly number[];
  /** Spec version that deprecated it, or null. */
  readonly deprecated: number | null;
  /** Where docs and reference server differ, etc. */
  readonly note?: string;
  /** Precompiled validator of the message body. */
  readonly validate: ValidateFunction;
}

/** The messages of one spec version: known names are always present, other names may be looked up. */
export type VersionRegistry<Name extends string> = { readonly [K in Name]: MessageInfo } & {
  readonly [name: string]: MessageInfo | undefined;
};

/** The message names of each spec version. */
export interface MessageNames {
  0: v0.MessageName;
  1: v1.MessageName;
  2: v2.MessageName;
  3: v3.MessageName;
  4: v4.MessageName;
}

/** The message names of spec version V (of every version in V, when V is a union). */
export type MessageNameOf<V extends SpecVersion> = MessageNames[V];

/**
 * The type of a `name` argument: a string literal must name a message of V, so a misspelt or
 * wrong-version name is a compile error; a name only known at run time (type string, e.g. read
 * from a frame) is accepted and checked at run time.
 */
export type CheckedMessageName<V extends SpecVersion, N extends string> = string extends N
  ? string
  : N extends MessageNameOf<V>
    ? N
    : MessageNameOf<V>;

/** registry[version][name]: every message of every spec version. */
export const registry: {
  readonly 0: VersionRegistry<MessageNameOf<0>>;
  readonly 1: VersionRegistry<MessageNameOf<1>>;
  readonly 2: VersionRegistry<MessageNameOf<2>>;
  readonly 3: VersionRegistry<MessageNameOf<3>>;
  readonly 4: VersionRegistry<MessageNameOf<4>>;
} = {
  0: v0Messages,
  1: v1Messages,
  2: v2Messages,
  3: v3Messages,
  4: v4Messages,
};

/**
 * Makes a spec version's messages available to lookupMessage and the validation functions. Every
 * version is built into this module, so there is nothing to do; a bundle that loads versions on
 * demand replaces this module with registry-on-demand.ts, where a version is unknown until registered.
 */
export function registerSpecVersion<V extends SpecVersion>(version: V, messages: (typeof registry)[V]): void {
  if (registry[version] !== messages) throw new Error(`registerSpecVersion(${version}): not the message table of spec v${version}`);
}

/** Whether a value is a spec version this build knows. */
export function isSpecVersion(value: unknown): value is SpecVersion {
  return typeof value === "number" && (SPEC_VERSIONS as readonly number[]).includes(value);
}

/** The registry entry of a message, or undefined for an unknown version or name. */
export function lookupMessage(version: number, name: string): MessageInfo | undefined {
  if (!isSpecVersion(version) || !Object.prototype.hasOwnProperty.call(registry[version], name)) return undefined;
  return registry[version][name];
}
