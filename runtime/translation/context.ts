/**
 * Per-session state that translation steps read and update. One context per client session.
 */
import type { SpecVersion, inside, WireMessage } from "../../generated";

/** A message as it travels on the wire (generated/envelope.ts). */
export type { WireMessage };

export interface TranslationContext {
  /** The spec version the client negotiated in RequestServerInfo. */
  readonly clientVersion: SpecVersion;
  /** Whether Raw*Cmd messages are allowed (server flag --allow-raw-messages). */
  readonly allowRawMessages: boolean;
  /**
   * Raw endpoints of a connected device (empty: no raw access), for listing Raw*Cmd to v2/v3
   * clients. Only consulted when allowRawMessages is set; absent means no device offers raw access.
   */
  rawEndpoints?(deviceIndex: number): readonly string[];
  /**
   * Devices as this client last saw them, by DeviceIndex (v4 shape). Downgrade steps for
   * DeviceList / events update it; upgrade steps read it to map old indices onto v4 features.
   */
  devices: Map<number, inside.DeviceInfo>;
  /**
   * The client's request with this Id, as it looked at spec version `version` on its way up the
   * chain (recorded by the server during upgrade), so a reply's downgrade can see what was asked.
   * The value is the one-key wire object, e.g. `{ SensorReadCmd: { Id: 4, DeviceIndex: 0, … } }`.
   * When a step fanned out, the first message at that version is returned (see requestsAt).
   * Undefined for events (Id 0) and once the reply has been sent.
   */
  requestAt(id: number, version: SpecVersion): Record<string, unknown> | undefined;
  /** Every message the request with this Id became at `version` (several after a fan-out). */
  requestsAt(id: number, version: SpecVersion): WireMessage[];
}

/**
 * The server's implementation of TranslationContext. The session records each client request at
 * every version while upgrading it (`record`) and forgets it once the reply has been sent
 * (`forget`). `devices` starts as the devices connected at the handshake (as the reference server's
 * event converter does: those are never announced again, and commands can name them at once) and
 * is kept by the downgrade steps from then on.
 */
export class SessionTranslationContext implements TranslationContext {
  devices: Map<number, inside.DeviceInfo>;
  /**
   * Requests in flight by Id. Clients may reuse an Id before its reply (spec: messages.md allows
   * it); `pending` counts them so the first reply does not erase what the second one needs. The
   * latest request's records win.
   */
  private readonly requests = new Map<number, { pending: number; byVersion: Map<SpecVersion, WireMessage[]> }>();

  constructor(
    readonly clientVersion: SpecVersion,
    readonly allowRawMessages: boolean,
    /** The devices connected when the client connected (v4 shape). */
    devices: Iterable<inside.DeviceInfo> = [],
    /** Raw endpoints by DeviceIndex (the server's device manager); default: none. */
    private readonly rawEndpointsOf: (deviceIndex: number) => readonly string[] = () => [],
  ) {
    this.devices = new Map([...devices].map((d) => [d.DeviceIndex, d]));
  }

  rawEndpoints(deviceIndex: number): readonly string[] {
    return this.rawEndpointsOf(deviceIndex);
  }

  requestAt(id: number, version: SpecVersion): Record<string, unknown> | undefined {
    return this.requests.get(id)?.byVersion.get(version)?.[0];
  }

  requestsAt(id: number, version: SpecVersion): WireMessage[] {
    return this.requests.get(id)?.byVersion.get(version) ?? [];
  }

  /** A new request with this Id arrives (call once per request, before `record`). */
  begin(id: number): void {
    if (id === 0) return;
    const entry = this.requests.get(id);
    if (entry) entry.pending++;
    else this.requests.set(id, { pending: 1, byVersion: new Map() });
  }

  /** Record what the request with this Id looks like at `version` (replaces an earlier record). */
  record(id: number, version: SpecVersion, messages: WireMessage[]): void {
    if (id === 0) return;
    let entry = this.requests.get(id);
    if (!entry) {
      entry = { pending: 1, byVersion: new Map() };
      this.requests.set(id, entry);
    }
    entry.byVersion.set(version, messages);
  }

  /** The reply to one request with this Id has been sent. */
  forget(id: number): void {
    const entry = this.requests.get(id);
    if (!entry) return;
    if (--entry.pending <= 0) this.requests.delete(id);
  }

  /** How many distinct Ids are in flight (for tests and debug logs). */
  get inFlight(): number {
    return this.requests.size;
  }
}
