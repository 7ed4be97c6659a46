/**
 * Per-session state that translation steps read and update. One context per client session.
 */
import type { SpecVersion, v4 } from "../../generated";

export interface TranslationContext {
  /** The spec version the client negotiated in RequestServerInfo. */
  readonly clientVersion: SpecVersion;
  /** Whether Raw*Cmd messages are allowed (server flag --allow-raw-messages). */
  readonly allowRawMessages: boolean;
  /**
   * Devices as this client last saw them, by DeviceIndex (v4 shape). Downgrade steps for
   * DeviceList / events update it; upgrade steps read it to map old indices onto v4 features.
   */
  devices: Map<number, v4.DeviceInfo>;
  /**
   * The client's request with this Id, as it looked at spec version `version` on its way up the
   * chain (recorded by the server during upgrade), so a reply's downgrade can see what was asked.
   */
  requestAt(id: number, version: SpecVersion): Record<string, unknown> | undefined;
}
