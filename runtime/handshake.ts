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
  if ("ProtocolVersionMajor" in body) {
    const version = body.ProtocolVersionMajor;
    if (!Number.isInteger(version)) return { version, schemaVersion: 4 };
    const v = version as number;
    if (v > newest)
      return {
        version,
        schemaVersion: 4,
        newer: true,
        problem: `client speaks spec v${v}, newer than this server's v${newest}; update the server`,
      };
    if (v < 4)
      return {
        version,
        schemaVersion: 4,
        problem: `ProtocolVersionMajor ${v}: spec versions before 4 announce themselves with MessageVersion`,
      };
    return { version, schemaVersion: 4 };
  }
  if ("MessageVersion" in body) {
    const version = body.MessageVersion;
    if (!Number.isInteger(version)) return { version, schemaVersion: 1 };
    const v = version as number;
    if (v > newest)
      return {
        version,
        schemaVersion: 1,
        newer: true,
        problem: `client speaks spec v${v}, newer than this server's v${newest}; update the server`,
      };
    if (v >= 4)
      return {
        version,
        schemaVersion: 1,
        problem: `MessageVersion ${v}: spec v4 clients announce themselves with ProtocolVersionMajor`,
      };
    const schemaVersion = Math.max(1, v);
    return isSpecVersion(schemaVersion) ? { version, schemaVersion } : { version, schemaVersion: 1 };
  }
  return { version: 0, schemaVersion: 0 };
}
