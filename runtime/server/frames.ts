/**
 * A session's frames: what a client frame holds (JSON, an array of messages each valid at the
 * client's version, or the Error saying why not) and how replies and events leave, batched per
 * event-loop turn.
 */
import {
  lookupMessage,
  messageBody,
  messageId,
  messageName,
  pointerToken,
  type SpecVersion,
  validateFrame,
  validateMessage,
  type WireMessage,
} from "../../generated";
import { ErrorCode } from "../errors";
import { requestedVersion } from "../handshake";
import { later } from "../events";
import { type Logger, logSafe } from "../log";
import type { FrameConnection } from "../transport/types";
import { errorText } from "../errors";
import { errorReply, okReply } from "./v4-handler";

/** Default most messages per frame: far above what any client batches, far below a frame's worth of tiny ones. */
export const DEFAULT_MAX_MESSAGES_PER_FRAME = 1000;

/**
 * Outgoing frames are cut after about this many bytes of JSON, so many replies sent in one turn
 * never make one frame larger than a client's maximum frame size (1 MiB by default).
 */
const OUTGOING_FRAME_BYTES = 64 * 1024;

/** Why a client frame or message is refused: the Error's Id, code and text. */
export interface Refusal {
  id: number;
  code: ErrorCode;
  text: string;
}

/** The Error message for a refusal, logged. */
export function errorFor(log: Logger, id: number, code: ErrorCode, text: string): WireMessage {
  log.info(`Error ${ErrorCode[code]} to Id ${id}: ${logSafe(text)}`);
  return errorReply(id, code, text);
}

/** The messages of a client frame, or why the whole frame is refused (Id 0). */
export function parseFrame(frame: string, maxMessages = DEFAULT_MAX_MESSAGES_PER_FRAME): unknown[] | Refusal {
  let parsed: unknown;
  try {
    parsed = JSON.parse(frame);
  } catch (err) {
    return { id: 0, code: ErrorCode.Msg, text: `frame is not valid JSON: ${errorText(err)}` };
  }
  if (!Array.isArray(parsed) || parsed.length === 0)
    return {
      id: 0,
      code: ErrorCode.Msg,
      text: 'frame must be a non-empty JSON array of messages, e.g. [{"Ping":{"Id":1}}]',
    };
  // Bounded work per frame: a frame of half a million tiny messages is refused, not answered.
  if (parsed.length > maxMessages)
    return {
      id: 0,
      code: ErrorCode.Msg,
      text: `frame holds ${parsed.length} messages; at most ${maxMessages} per frame (nothing in it was handled)`,
    };
  return parsed;
}

/** A first message the server can serve: the RequestServerInfo's Id, the version it asks for, the client's name. */
export interface Handshake {
  id: number;
  version: SpecVersion;
  clientName: string;
}

/**
 * The first message of a session (spec: identification.md): a RequestServerInfo asking for a
 * version up to `newest`, or why not; `end` says the connection is closed too (a newer client).
 */
export function readHandshake(
  element: unknown,
  index: number,
  newest: number,
): Handshake | (Refusal & { end?: string }) {
  const name = messageName(element);
  const id = messageId(element) ?? 0;
  if (name !== "RequestServerInfo") {
    const what = name ?? "something that is not a one-key message object";
    return {
      id,
      code: ErrorCode.Init,
      text: `the first message must be RequestServerInfo, got ${what} (at /${index})`,
    };
  }
  const body = messageBody(element);
  if (!body || typeof body !== "object" || Array.isArray(body))
    return { id, code: ErrorCode.Msg, text: `/${index}/RequestServerInfo: must be an object` };
  const asked = requestedVersion(body as Record<string, unknown>, newest);
  if (asked.problem) {
    const end = asked.newer ? `client spec v${String(asked.version)} is newer than the server's` : undefined;
    return { id, code: ErrorCode.Init, text: asked.problem, end };
  }
  const result = validateMessage(asked.schemaVersion, "RequestServerInfo", body, `/${index}/RequestServerInfo`);
  if (!result.ok) return { id, code: ErrorCode.Msg, text: describeIssues(result.issues) };
  // Valid against its version's schema, so a known version and a ClientName.
  return { id, version: asked.version as SpecVersion, clientName: (body as { ClientName: string }).ClientName };
}

/** A client message that is valid at its version. */
export interface ClientRequest {
  name: string;
  id: number;
  message: WireMessage;
}

/** Message `index` of a frame checked against the client's version: a valid client message, or why not. */
export function readClientMessage(version: SpecVersion, element: unknown, index: number): ClientRequest | Refusal {
  const name = messageName(element);
  if (name === undefined)
    return {
      id: 0,
      code: ErrorCode.Msg,
      text: `/${index}: a message is an object with exactly one key, the message name`,
    };
  const body = messageBody(element);
  const id = messageId(element) ?? 0;
  const entry = lookupMessage(version, name);
  if (!entry) {
    const elsewhere = [0, 1, 2, 3, 4].filter((v) => lookupMessage(v, name) !== undefined);
    const hint = elsewhere.length ? ` (it exists in spec ${elsewhere.map((v) => `v${v}`).join(", ")})` : "";
    return { id, code: ErrorCode.Msg, text: `/${index}: ${name} is not a message of spec v${version}${hint}` };
  }
  if (entry.direction === "server")
    return { id, code: ErrorCode.Msg, text: `/${index}: ${name} is a server message; clients cannot send it` };
  // The validator alone on the hot path; pointers and messages are built only for a failure.
  if (!entry.validate(body)) {
    const result = validateMessage(version, name, body, `/${index}/${pointerToken(name)}`);
    return {
      id,
      code: ErrorCode.Msg,
      text: result.ok ? `/${index}/${name}: invalid message` : describeIssues(result.issues),
    };
  }
  return { name, id, message: { [name]: body } };
}

/**
 * Answer the client messages that need no device and no session state, at the client's version:
 * Test (spec v0: the TestString echoed back, or an Error when it is "Error") and RequestLog
 * (accepted, but bpkit never streams its own log to clients: the reason spec v2 dropped it).
 * False for every other message.
 */
export function answerWithoutDevices(request: ClientRequest, outbox: Outbox): boolean {
  const { name, id, message } = request;
  if (name === "Test") {
    const { TestString } = message.Test as { TestString: string };
    if (TestString === "Error") outbox.error(id, ErrorCode.Msg, 'Test: TestString "Error" asks for an Error');
    else outbox.send({ Test: { Id: id, TestString } });
    return true;
  }
  if (name !== "RequestLog") return false;
  outbox.send(okReply(id));
  return true;
}

/** A readable, bounded description of validation issues under a JSON pointer prefix. */
export function describeIssues(issues: Array<{ pointer: string; message: string }>): string {
  const shown = issues.slice(0, 3).map((i) => `${i.pointer || "/"}: ${i.message}`);
  if (issues.length > 3) shown.push(`… and ${issues.length - 3} more`);
  return `invalid message: ${shown.join("; ")}`;
}

/**
 * Messages for the client. Everything sent during one event-loop turn (the replies to one frame,
 * replies that completed together, events) goes out in as few frames as possible when the turn
 * ends: one write instead of one per reply.
 */
export class Outbox {
  private queued: WireMessage[] = [];
  private flushScheduled = false;

  constructor(
    private readonly connection: FrameConnection,
    private readonly log: Logger,
    /** The client's version, for checking what is sent (debug logging only). */
    private readonly version: () => SpecVersion,
    /** Every frame written (observers). */
    private readonly sent: (frame: string) => void,
  ) {}

  /** Queue messages; dropped once the connection is closed. */
  send(...messages: WireMessage[]): void {
    if (!this.connection.open) return;
    for (const message of messages) this.queued.push(message);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    later(() => this.flush());
  }

  /** Queue an Error (logged). */
  error(id: number, code: ErrorCode, text: string): void {
    this.send(errorFor(this.log, id, code, text));
  }

  /** Write the queued messages now (see OUTGOING_FRAME_BYTES and isDeviceListEvent). */
  flush(): void {
    this.flushScheduled = false;
    const messages = this.queued;
    if (messages.length === 0) return;
    this.queued = [];
    if (!this.connection.open) return;
    let start = 0;
    let parts: string[] = [];
    let bytes = 0;
    for (let i = 0; i < messages.length; i++) {
      const text = JSON.stringify(messages[i]);
      parts.push(text);
      bytes += text.length;
      if (bytes >= OUTGOING_FRAME_BYTES || isDeviceListEvent(messages[i]) || i === messages.length - 1) {
        this.write(`[${parts.join(",")}]`, messages.slice(start, i + 1));
        start = i + 1;
        parts = [];
        bytes = 0;
      }
    }
  }

  private write(frame: string, messages: WireMessage[]): void {
    if (this.log.enabled("debug")) {
      this.log.debug(`→ ${logSafe(frame)}`);
      // With debug logs on, check what we send too: a failure here is a server or translation bug.
      const version = this.version();
      const checked = messages.filter((m) => !("Test" in m)); // Test is a client message echoed back (v0)
      const result = validateFrame(version, checked.length ? checked : [{ Ok: { Id: 0 } }], { direction: "server" });
      if (!result.ok)
        this.log.error(`sent a frame that is not valid spec v${version}: ${logSafe(describeIssues(result.issues))}`);
    }
    this.connection.send(frame);
    this.sent(frame);
  }
}

/**
 * The official buttplug 5.x client stops reading a frame at a DeviceList event (whatever follows it
 * in the same frame is dropped), so a DeviceList event always ends its frame.
 */
function isDeviceListEvent(message: WireMessage): boolean {
  const body = message.DeviceList as { Id?: number } | undefined;
  return body !== undefined && body.Id === 0;
}
