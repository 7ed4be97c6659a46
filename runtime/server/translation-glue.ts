/**
 * A session's translation between its client's spec version and the inside one: client messages go
 * up the chain (runtime/translation/chain.ts) and are checked against the inside schema, server
 * messages come down; a failure becomes the Error the client gets.
 */
import {
  allowedReplies,
  type inside,
  lookupMessage,
  messageId,
  messageName,
  pointerToken,
  type SpecVersion,
  validateMessage,
  type WireMessage,
} from "../../generated";
import { ButtplugError, ErrorCode } from "../errors";
import { type Logger, logSafe } from "../log";
import { NotTranslatedError, SessionTranslationContext } from "../translation";
import { downgradeTo, INSIDE_VERSION, upgradeFrom } from "../translation/chain";
import { errorText } from "../errors";
import type { DeviceManager } from "./device-manager";
import { describeIssues, errorFor } from "./frames";
import { okReply } from "./v4-handler";

/** Whether a message is a client message of the inside version (`validated`: its body was already checked). */
function isInsideClientMessage(message: WireMessage, validated: boolean): message is inside.ClientMessage {
  const name = messageName(message) ?? "";
  const entry = lookupMessage(INSIDE_VERSION, name);
  return entry !== undefined && entry.direction !== "server" && (validated || entry.validate(message[name]) === true);
}

/** See the file comment. */
export class TranslationGlue {
  readonly context: SessionTranslationContext;

  constructor(
    readonly version: SpecVersion,
    devices: DeviceManager,
    allowRawMessages: boolean,
    private readonly log: Logger,
  ) {
    // The client starts out knowing the devices already connected (reference parity): no
    // DeviceAdded for them later, and commands may name them without a RequestDeviceList first.
    const known = Object.values(devices.deviceList());
    const rawEndpoints = (index: number) => devices.device(index)?.raw?.endpoints ?? [];
    this.context = new SessionTranslationContext(version, allowRawMessages, known, rawEndpoints);
  }

  /**
   * A client message valid at the client's version as the inside messages it becomes, recorded at
   * every version for the reply's downgrade (`context.requestAt`). Throws what the chain throws, and
   * when a step produced an invalid inside message (a translation bug, caught before devices are).
   */
  upgrade(message: WireMessage, id: number): inside.ClientMessage[] {
    // An inside client's replies are never downgraded, so nothing needs recording.
    let current = [message];
    if (this.version !== INSIDE_VERSION) {
      this.context.begin(id);
      const record = (version: SpecVersion, messages: WireMessage[]) => this.context.record(id, version, messages);
      current = upgradeFrom(this.version, message, this.context, record);
    }
    const checked: inside.ClientMessage[] = [];
    for (const m of current) {
      if (isInsideClientMessage(m, this.version === INSIDE_VERSION)) {
        checked.push(m);
        continue;
      }
      const name = messageName(m) ?? "";
      const result = validateMessage(INSIDE_VERSION, name, m[name], `/${pointerToken(name)}`);
      throw new Error(
        `translation produced an invalid v${INSIDE_VERSION} ${name}: ${result.ok ? "not a client message" : describeIssues(result.issues)}`,
      );
    }
    return checked;
  }

  /**
   * A server message as the client's version carries it. A reply (`replyTo` ≠ 0) that cannot be
   * carried becomes an Error with its Id; an event that cannot is logged and dropped. `request`
   * (for a reply) lets debug logging check the reply is one the request allows.
   */
  downgrade(message: inside.ServerMessage, replyTo: number, request?: WireMessage): WireMessage[] {
    // Error and Ok have one shape in every spec version.
    if (this.version === INSIDE_VERSION || "Error" in message || "Ok" in message) {
      this.checkReply([message], replyTo, request);
      return [message];
    }
    const name = messageName(message) ?? "";
    let current: WireMessage[];
    try {
      current = downgradeTo(this.version, message, this.context);
    } catch (err) {
      const [code, text] = this.failure(err, name);
      // An event the client's version cannot receive yet: logged, never failing the session.
      return replyTo !== 0 ? [errorFor(this.log, replyTo, code, text)] : [];
    }
    this.checkReply(current, replyTo, request);
    if (current.length > 0 || replyTo === 0) return current;
    return [
      errorFor(this.log, replyTo, ErrorCode.Unknown, `${name}: reply could not be expressed in spec v${this.version}`),
    ];
  }

  /**
   * The one reply to the client's `request` (Id `id`) from the inside replies of the messages it
   * became, as the client's version carries it. The request's records are needed by this
   * downgrade, then never again.
   */
  reply(replies: inside.ServerMessage[], id: number, request: WireMessage): WireMessage[] {
    const messages = this.downgrade(combineReplies(replies, id), id, request);
    this.context.forget(id);
    return messages;
  }

  /** The Error code and text for a message that failed to translate (logged). */
  failure(err: unknown, name: string): [ErrorCode, string] {
    if (err instanceof NotTranslatedError) {
      this.log.warn(logSafe(err.message));
      return [ErrorCode.Msg, `${name}: not supported for spec v${this.version} clients yet (${err.message})`];
    }
    if (err instanceof ButtplugError) return [err.code, err.message];
    this.log.error(
      `translating ${logSafe(name)}: ${logSafe(err instanceof Error ? (err.stack ?? err.message) : String(err))}`,
    );
    return [ErrorCode.Unknown, `${name}: translation failed: ${errorText(err)}`];
  }

  /** Debug check: the messages answering `request` are among the replies its schema allows. */
  private checkReply(messages: WireMessage[], replyTo: number, request: WireMessage | undefined): void {
    if (!request || replyTo === 0 || !this.log.enabled("debug")) return;
    const name = messageName(request) ?? "";
    const allowed = allowedReplies(this.version, name, request[name]);
    for (const m of messages) {
      if ((messageId(m) ?? 0) === replyTo && allowed && !allowed.includes(messageName(m) ?? "")) {
        this.log.error(
          `answered ${logSafe(name)} Id ${replyTo} with ${messageName(m) ?? ""}; spec v${this.version} allows ${allowed.join(", ")}`,
        );
      }
    }
  }
}

/**
 * One reply for a fan-out: the only reply, else the first Error, else Ok if all are Ok. It always
 * carries the client's Id, whatever Id a translation step gave the parts.
 */
function combineReplies(replies: inside.ServerMessage[], id: number): inside.ServerMessage {
  const chosen =
    replies.length <= 1
      ? (replies[0] ?? okReply(id))
      : (replies.find((r) => "Error" in r) ??
        (replies.every((r) => "Ok" in r) ? okReply(id) : replies.find((r) => !("Ok" in r))!));
  const [name, body] = Object.entries(chosen)[0] as [string, { Id: number }];
  return body.Id === id ? chosen : Object.assign({}, chosen, { [name]: { ...body, Id: id } });
}
