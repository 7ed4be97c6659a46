/**
 * A codec stands between the client's v4 view and the spec version the server speaks. The client
 * always thinks in v4 messages; the codec turns each v4 request into what goes on the wire and
 * each incoming server message back into v4. The v4 codec is the identity; older servers use a
 * legacy codec (runtime/client/legacy/).
 */
import type { SpecVersion, v4 } from "../../generated";
import { messageName } from "../../generated/envelope";
import { validateMessage } from "../../generated/validation";
import { ButtplugMessageError } from "./errors";

/** A message on the wire: one key (the message name) holding the body. */
export type WireMessage = Record<string, Record<string, unknown>>;

/** What a codec makes of one v4 request. */
export type Encoded =
  /** Send these (each gets its own Id; the first one the request's). One reply combines theirs. */
  | { send: WireMessage[] }
  /** Nothing to send: the request is answered locally with this v4 reply. */
  | { reply: v4.ServerMessage };

/** Translates between the client's v4 messages and the server's spec version. */
export interface ProtocolCodec {
  /** The spec version spoken on the wire. */
  readonly version: SpecVersion;
  /** The handshake request at this version. */
  requestServerInfo(id: number, clientName: string): WireMessage;
  /**
   * A v4 client request (Id already set) as messages of this version. Throws a
   * ButtplugDeviceError / ButtplugMessageError when it cannot be expressed (nothing is sent).
   */
  encode(message: v4.ClientMessage): Encoded;
  /** One server message of this version (already validated) as zero or more v4 server messages. */
  decode(message: WireMessage): v4.ServerMessage[];
  /** Forget per-connection state (before a reconnect). */
  reset(): void;
}

/** The name and body of a one-key message. */
export function unwrap(message: WireMessage): { name: string; body: Record<string, unknown> } {
  const name = messageName(message) ?? "";
  return { name, body: message[name] };
}

/** Throw ButtplugMessageError unless `message` is a valid message of `version`. `what` says where it came from. */
export function assertValid(version: SpecVersion, message: WireMessage, what: string): void {
  const { name, body } = unwrap(message);
  const result = validateMessage(version, name, body, `/${name}`);
  if (!result.ok) {
    const issues = result.issues
      .slice(0, 3)
      .map((i) => `${i.pointer}: ${i.message}`)
      .join("; ");
    throw new ButtplugMessageError(`${what}: ${name} is not a valid spec v${version} message (${issues})`);
  }
}

/** Spec v4 on the wire: nothing to translate. */
export class V4Codec implements ProtocolCodec {
  readonly version = 4 as const;

  requestServerInfo(id: number, clientName: string): WireMessage {
    const body: v4.RequestServerInfo = {
      Id: id,
      ClientName: clientName,
      ProtocolVersionMajor: 4,
      ProtocolVersionMinor: 0,
    };
    return { RequestServerInfo: body as unknown as Record<string, unknown> };
  }

  encode(message: v4.ClientMessage): Encoded {
    return { send: [message as unknown as WireMessage] };
  }

  decode(message: WireMessage): v4.ServerMessage[] {
    return [message as unknown as v4.ServerMessage];
  }

  reset(): void {}
}
