/**
 * Which spec version a RequestServerInfo asks for (spec: identification.md; messages.md "Message
 * Versioning"): no version field = v0, MessageVersion 1–3 (0 also means v0), ProtocolVersionMajor
 * 4 and later. One rule, used by the server's handshake and by `bpkit validate`.
 */
import { isSpecVersion, LATEST_SPEC_VERSION, type SpecVersion } from "../generated/registry";

export interface RequestedVersion {
  /** The version asked for, as sent (not necessarily an integer or a known version). */
  version: unknown;
  /** Whose RequestServerInfo schema the body must satisfy. */
  schemaVersion: SpecVersion;
  /** Why the request cannot be served, when it cannot (ERROR_INIT); unset for a servable version. */
  problem?: string;
  /** The client is newer than `newest`. */
  newer?: boolean;
}

export function requestedVersion(
  body: Record<string, unknown>,
  newest: number = LATEST_SPEC_VERSION,
): RequestedVersion {
  // v4 on name ProtocolVersionMajor (v4's schema checks the body); v1–v3 MessageVersion (v1's does).
  const major = "ProtocolVersionMajor" in body;
  if (!major && !("MessageVersion" in body)) return { version: 0, schemaVersion: 0 };
  const version = major ? body.ProtocolVersionMajor : body.MessageVersion;
  const schemaVersion: SpecVersion = major ? 4 : 1;
  if (!Number.isInteger(version)) return { version, schemaVersion };
  const v = version as number;
  if (v > newest)
    return {
      version,
      schemaVersion,
      newer: true,
      problem: `client speaks spec v${v}, newer than this server's v${newest}; update the server`,
    };
  if (major && v < 4)
    return {
      version,
      schemaVersion,
      problem: `ProtocolVersionMajor ${v}: spec versions before 4 announce themselves with MessageVersion`,
    };
  if (!major && v >= 4)
    return {
      version,
      schemaVersion,
      problem: `MessageVersion ${v}: spec v4 clients announce themselves with ProtocolVersionMajor`,
    };
  // MessageVersion 0 (v0) is checked against v1's schema, the first to have the field.
  const asked = Math.max(1, v);
  return !major && isSpecVersion(asked) ? { version, schemaVersion: asked } : { version, schemaVersion };
}
