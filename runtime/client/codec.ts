/**
 * A codec stands between the client's v4 view and the spec version the server speaks. The client
 * always thinks in v4 messages; the codec turns each v4 request into what goes on the wire and
 * each incoming server message back into v4. The v4 codec is the identity; older servers use a
 * legacy codec (runtime/client/legacy/).
 */
import type { SpecVersion, v4 } from "../../generated";
import { messageName, type WireMessage } from "../../generated/envelope";
import { validateMessage } from "../../generated/validation";
import { ButtplugMessageError } from "./errors";

/** A message on the wire: one key (the message name) holding the body. */
export type { WireMessage };

/** What a codec makes of one v4 request (`Message`: the codec's own version's client messages). */
export type Encoded<Message extends WireMessage = WireMessage> =
  /** Send these (each gets its own Id; the first one the request's). One reply combines theirs. */
  | { send: Message[] }
  /** Nothing to send: the request is answered locally with this v4 reply. */
  | { reply: v4.ServerMessage };

/** Translates between the client's v4 messages and the server's spec version. */
export interface ProtocolCodec {
  /** The spec version spoken on the wire. */
  readonly version: SpecVersion;
  /** The handshake request at this version. */
  requestServerInfo(id: number, clientName: string): WireMessage;
  /**
   * A v4 client request (Id already set) as messages of this version, each checked against this
   * version's validators (assertValid). Throws a ButtplugDeviceError / ButtplugMessageError when
   * it cannot be expressed or is invalid on the wire (nothing is sent).
   */
  encode(message: v4.ClientMessage): Encoded;
  /**
   * One server message of this version as zero or more v4 server messages. The client has
   * validated it against this version's schema, so a codec may declare its parameter as its
   * version's ServerMessage (method syntax: the parameter is bivariant).
   */
  decode(message: WireMessage): v4.ServerMessage[];
  /** Forget per-connection state (before a reconnect). */
  reset(): void;
}

function isBody(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The name and body of a one-key message (a body that is not an object reads as empty). */
export function unwrap(message: WireMessage): { name: string; body: Record<string, unknown> } {
  const name = messageName(message) ?? "";
  const body = message[name];
  return { name, body: isBody(body) ? body : {} };
}

/** A one-key message type with an Id in its body (`{ OutputCmd: Omit<OutputCmd, "Id"> }` → one with `Id: number`). */
export type WithId<M> =
  M extends Record<infer Name extends string, infer Body> ? { [K in Name]: Body & { Id: number } } : never;

/** `message` with its body's Id set to `id` (a copy; the body's other fields are kept). */
export function withMessageId<M extends WireMessage>(message: M, id: number): WithId<M> {
  const { name, body } = unwrap(message);
  return { [name]: { ...body, Id: id } } as WithId<M>;
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
    return { RequestServerInfo: body };
  }

  encode(message: v4.ClientMessage): Encoded<v4.ClientMessage> {
    assertValid(4, message, "client");
    return { send: [message] };
  }

  decode(message: v4.ServerMessage): v4.ServerMessage[] {
    return [message];
  }

  reset(): void {}
}
