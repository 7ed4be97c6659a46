/**
 * Checks one logged Buttplug session, frame by frame: schema validity (generated validators),
 * direction, and the session's semantics — handshake first, replies matching outstanding requests
 * with an allowed reply type and about what was asked, events with Id 0 and (for readings) an
 * active subscription, device/feature/sensor/endpoint indices the server announced, values inside
 * advertised ranges (commands and readings), MaxPingTime kept, unanswered requests.
 *
 * Message shapes come from generated/; only the rules *between* messages live here.
 */
// The modules themselves, not generated/index: that would also load the device-config and
// dashboard validators, a third of bpkit validate's start-up.
import { messageId } from "../../generated/envelope";
import { isSpecVersion, registry, type MessageInfo, type SpecVersion } from "../../generated/registry";
import { allowedReplies, validateFrame, type ValidationResult } from "../../generated/validation";
import { requestedVersion } from "../handshake";
import type { Direction, LogEntry } from "./log-reader";
import { errorText } from "../errors";
import { inputMismatches, outputMismatches } from "../feature-rules";

/** error: the log breaks the spec (exit 1); warning: suspicious but allowed; note: how the log was read. */
export type Severity = "error" | "warning" | "note";

/**
 * What kind of rule a problem is about; stable names for `--json` consumers.
 *   parse — a record is not JSON / not a log record;  limit — a record over --max-line-bytes or too deep;
 *   schema — a message fails its version's schema;  direction — sent by the wrong side;
 *   handshake — RequestServerInfo first, once, with a readable version; ServerInfo's version;
 *   reply — a reply answers no outstanding request, is of the wrong type, or is about something else;
 *   id — a server event whose Id is not 0;  device — a device index the server did not announce (or a
 *   message the device does not support);  feature — a feature, sensor, actuator or endpoint the device
 *   does not have;  range — a value outside the advertised range;  subscription — a reading event with
 *   no active subscription;  ping — MaxPingTime exceeded;  unanswered — a request never answered;
 *   mid-session — how a log without a handshake is read;  version — --spec disagrees with the handshake;
 *   checker — the checker itself could not check a message (a bug: please report it).
 */
export type RuleCode =
  | "parse"
  | "limit"
  | "schema"
  | "direction"
  | "handshake"
  | "reply"
  | "id"
  | "device"
  | "feature"
  | "range"
  | "subscription"
  | "ping"
  | "unanswered"
  | "mid-session"
  | "version"
  | "checker";

/** One finding, located as precisely as the log allows. */
export interface Problem {
  severity: Severity;
  /** Which rule; stable across releases. */
  rule: RuleCode;
  /** 1-based line of the record in the log. */
  line: number;
  /** Which websocket connection of the log (HAR with several connections), from 1. */
  session?: number;
  /** Position of the message inside the frame (0-based), when the problem is about one message. */
  position?: number;
  /** How many messages the frame holds (1: its position says nothing worth printing). */
  frameMessages?: number;
  /** Message name, when known. */
  message?: string;
  /** Message Id, when known. */
  id?: number;
  /** JSON pointer into the frame. */
  pointer?: string;
  /** What the rule expects there, when there is one value or limit to name. */
  expected?: unknown;
  /** What the log has there. */
  actual?: unknown;
  /** What was wrong and what was expected, in words. */
  text: string;
}

/** What a reply needs of its request: kept small, since a log may leave many unanswered. */
interface Request {
  name: string;
  id: number;
  line: number;
  /** Reply names the request allows, computed when it is sent (shared arrays from generated/). */
  allowed: readonly string[];
  /** The request's body, to check that a reading is about what was asked. */
  body: Body;
  /** A later request with the same Id, in flight at the same time (the spec allows reuse). */
  next?: Request;
  /** Sent while another request with its Id was in flight: which of them a reply answers is a guess. */
  sharesId?: boolean;
  answered?: boolean;
}

/**
 * Beyond this many unanswered requests the oldest is reported as never answered and forgotten,
 * so a log of requests without replies cannot grow memory with its size.
 */
export const MAX_OUTSTANDING = 10_000;

/** How SessionChecker starts. */
export interface SessionCheckerOptions {
  /** The log starts after the handshake (--spec without a RequestServerInfo): don't ask for one. */
  assumeHandshake?: boolean;
  /**
   * The session starts in the log but its RequestServerInfo could not be read (already reported):
   * the first ServerInfo is its reply.
   */
  handshakeLost?: boolean;
  /** Added to every problem (the log's connection number). */
  session?: number;
}

type Body = Record<string, unknown>;
const VALID: ValidationResult = { ok: true };
type Range = [number, number];

const isObject = (v: unknown): v is Body => typeof v === "object" && v !== null && !Array.isArray(v);

/** The spec version a RequestServerInfo body asks for, or a reason it cannot be read. */
export function versionOfHandshake(body: unknown): SpecVersion | string {
  if (!isObject(body)) return "RequestServerInfo body is not an object";
  const asked = requestedVersion(body);
  if (asked.problem) return asked.problem;
  return isSpecVersion(asked.version) ? asked.version : `unsupported spec version ${JSON.stringify(asked.version)}`;
}

/** Find the RequestServerInfo in a frame, if any. */
export function handshakeIn(frame: unknown): unknown {
  return bodyIn(frame, "RequestServerInfo");
}

/** The spec version a ServerInfo in `frame` names (v0–v3 MessageVersion, v4 ProtocolVersionMajor), if any. */
export function serverInfoVersionIn(frame: unknown): SpecVersion | undefined {
  const body = bodyIn(frame, "ServerInfo");
  if (!isObject(body)) return undefined;
  const named = body.ProtocolVersionMajor ?? body.MessageVersion;
  return isSpecVersion(named) ? named : undefined;
}

function bodyIn(frame: unknown, name: string): unknown {
  if (!Array.isArray(frame)) return undefined;
  for (const m of frame) if (isObject(m) && name in m) return m[name];
  return undefined;
}

/** A device learned from its first use in a log that starts mid-session: its shape is unknown. */
const LEARNED: Body = Object.freeze({});

export class SessionChecker {
  private handshakeSeen = false;
  private handshakeLost = false;
  /** Outstanding requests by Id (the oldest with that Id; later ones chained through `next`). */
  private readonly outstanding = new Map<number, Request>();
  /** Every request in the order sent, answered ones skipped lazily; `head` is the first not yet dropped. */
  private order: Request[] = [];
  private head = 0;
  private unanswered = 0;
  /** Devices as the server announced them, in this version's shape, by DeviceIndex. */
  private readonly devices = new Map<number, Body>();
  private devicesAnnounced = false;
  /** Without a handshake (--spec): devices and subscriptions the log never saw are learned from their use. */
  private readonly midSession: boolean;
  private learnedNoted = false;
  /** Active subscriptions: "device/sensor-or-feature/type" (v3, v4) or "device/raw/endpoint" (v2, v3). */
  private readonly subscriptions = new Set<string>();
  private maxPingTime = 0;
  private lastPing: number | undefined;
  private pingLateReported = false;
  /** Timestamp of the entry being checked, if the log has one. */
  private currentT: number | undefined;
  private readonly session: number | undefined;
  /** Messages checked, for the summary. */
  messages = 0;
  frames = 0;

  /** This version's registry, looked up once (module re-exports are getters). */
  private readonly knownMessages: Record<string, MessageInfo | undefined>;

  constructor(
    readonly version: SpecVersion,
    options: SessionCheckerOptions = {},
  ) {
    this.knownMessages = registry[version] as Record<string, MessageInfo | undefined>;
    this.handshakeSeen = options.assumeHandshake === true || options.handshakeLost === true;
    this.handshakeLost = options.handshakeLost === true;
    this.midSession = options.assumeHandshake === true;
    this.session = options.session;
  }

  /** Check one log entry; problems are appended to `out`. */
  check(entry: LogEntry, out: Problem[]): void {
    const start = out.length;
    this.checkEntry(entry, out);
    if (this.session !== undefined) for (let i = start; i < out.length; i++) out[i]!.session = this.session;
  }

  private checkEntry(entry: LogEntry, out: Problem[]): void {
    const { line } = entry;
    if (entry.error !== undefined) {
      out.push({ severity: "error", rule: entry.limit ? "limit" : "parse", line, text: entry.error });
      return;
    }
    this.frames++;
    this.currentT = entry.t;
    const frame = entry.frame;
    // Fast path: a frame whose every message passes its validator needs no issue list.
    const result = this.frameIsValid(frame) ? VALID : validateFrame(this.version, frame);
    let invalid: Set<number> | undefined;
    if (!result.ok) {
      invalid = new Set<number>();
      const frameMessages = Array.isArray(frame) ? frame.length : undefined;
      for (const issue of result.issues) {
        const position = positionOf(issue.pointer);
        if (position !== undefined) invalid.add(position);
        const found = valueAt(frame, issue.pointer);
        // An unknown property is named by its issue; its value is no "actual" to compare.
        const scalar =
          issue.keyword !== "additionalProperties" &&
          (found === null || (typeof found !== "object" && found !== undefined));
        const field = lastToken(issue.pointer);
        out.push({
          severity: "error",
          rule: "schema",
          line,
          position,
          frameMessages: position !== undefined ? frameMessages : undefined,
          message: issue.messageName,
          id: position !== undefined ? idOf(frame, position) : undefined,
          pointer: issue.pointer,
          ...(scalar && issue.keyword !== "frame" && issue.keyword !== "message"
            ? { expected: issue.message, actual: found }
            : {}),
          // "Scalar 1.01 must be <= 1": the field, the value found and the limit
          text:
            scalar && field !== undefined && !/^\d+$/.test(field) && issue.keyword !== "frame"
              ? `${field} ${JSON.stringify(found)} ${issue.message}`
              : issue.message,
        });
      }
      if (!Array.isArray(frame)) return;
    }
    const messages = frame as unknown[];
    if (entry.t !== undefined) this.checkPingTime(entry.t, line, out);

    for (let position = 0; position < messages.length; position++) {
      const wrapped = messages[position];
      if (!isObject(wrapped)) continue;
      const keys = Object.keys(wrapped);
      if (keys.length !== 1) continue;
      const name = keys[0]!;
      this.messages++;
      const info = this.knownMessages[name];
      const body = wrapped[name];
      if (!info) {
        // Already reported by validateFrame; a client's request with a readable Id is still answered (Error).
        if (entry.dir !== "s2c") this.refusedRequest(name, body, line, out);
        continue;
      }
      const where: Where = {
        line,
        position,
        frameMessages: messages.length,
        message: name,
        id: isObject(body) && typeof body.Id === "number" ? body.Id : undefined,
      };
      const stated: Direction | undefined = entry.dir;
      const actual: Direction =
        info.direction === "both"
          ? (stated ?? this.echoDirection(name, body))
          : info.direction === "client"
            ? "c2s"
            : "s2c";
      if (stated && stated !== actual) {
        if (stated === "c2s") this.refusedRequest(name, body, line, out);
        this.fail(
          out,
          where,
          "direction",
          undefined,
          `${name} is a ${info.direction === "client" ? "client→server" : "server→client"} message but the log has it ${stated === "c2s" ? "client→server" : "server→client"}`,
          {
            expected: actual,
            actual: stated,
          },
        );
        continue;
      }
      if (!isObject(body)) continue;
      // A message that failed its schema still does its bookkeeping when it can (its Id, the devices a
      // list names), so one mistake is one error; only the checks of its content are skipped.
      const valid = invalid === undefined || !invalid.has(position);
      try {
        if (actual === "c2s") this.clientMessage(name, body, where, entry.t, valid, out);
        // A "both" message from the server is its echo reply (v0/v1 Test).
        else this.serverMessage(name, body, info.direction === "both" ? "reply" : info.id, where, valid, out);
      } catch (e) {
        this.fail(out, where, "checker", undefined, `could not check: ${errorText(e)}`);
      }
    }
  }

  /** A client message the server must refuse (unknown, or a server message): its Error still answers it. */
  private refusedRequest(name: string, body: unknown, line: number, out: Problem[]): void {
    if (isObject(body) && typeof body.Id === "number" && body.Id > 0)
      this.addRequest({ name, id: body.Id, line, allowed: ERROR_ONLY, body }, out);
  }

  /** A log without directions: a "both" message is the server's echo when it answers an outstanding request allowing it. */
  private echoDirection(name: string, body: unknown): Direction {
    const id = isObject(body) ? body.Id : undefined;
    return typeof id === "number" && this.outstanding.get(id)?.allowed.includes(name) ? "s2c" : "c2s";
  }

  private frameIsValid(frame: unknown): boolean {
    if (!Array.isArray(frame) || frame.length === 0) return false;
    const messages = this.knownMessages;
    for (const wrapped of frame) {
      if (!isObject(wrapped)) return false;
      let name: string | undefined;
      for (const key in wrapped) {
        if (name !== undefined) return false;
        name = key;
      }
      if (name === undefined || !Object.hasOwn(messages, name)) return false;
      if (!messages[name]!.validate(wrapped[name])) return false;
    }
    return true;
  }

  /** Requests never answered: warnings, reported when the log ends. */
  finish(out: Problem[]): void {
    const start = out.length;
    for (let i = this.head; i < this.order.length; i++) {
      const r = this.order[i]!;
      if (!r.answered) out.push(neverAnswered(r));
    }
    if (this.session !== undefined) for (let i = start; i < out.length; i++) out[i]!.session = this.session;
    this.order = [];
    this.head = 0;
    this.unanswered = 0;
    this.outstanding.clear();
  }

  private fail(
    out: Problem[],
    where: Where,
    rule: RuleCode,
    field: string | undefined,
    text: string,
    values?: { expected?: unknown; actual?: unknown },
    severity: Severity = "error",
  ): void {
    out.push({
      severity,
      rule,
      line: where.line,
      position: where.position,
      frameMessages: where.frameMessages,
      message: where.message,
      id: where.id,
      pointer: field === undefined ? undefined : `/${where.position}/${where.message}${field ? `/${field}` : ""}`,
      ...values,
      text,
    });
  }

  private clientMessage(
    name: string,
    body: Body,
    where: Where,
    t: number | undefined,
    valid: boolean,
    out: Problem[],
  ): void {
    if (!this.handshakeSeen && name !== "RequestServerInfo") {
      this.fail(out, where, "handshake", undefined, `${name} before RequestServerInfo: the handshake must come first`);
    }
    if (name === "RequestServerInfo") {
      if (this.handshakeSeen && !this.handshakeLost)
        this.fail(out, where, "handshake", undefined, "RequestServerInfo sent again after the handshake");
      this.handshakeSeen = true;
    }
    if (name === "Ping" && t !== undefined) this.lastPing = t;
    const id = body.Id;
    if (typeof id === "number")
      this.addRequest(
        { name, id, line: where.line, allowed: allowedReplies(this.version, name, body) ?? NO_REPLIES, body },
        out,
      );
    if (valid && typeof body.DeviceIndex === "number") this.checkDeviceCommand(name, body, where, out);
  }

  private addRequest(request: Request, out: Problem[]): void {
    const first = this.outstanding.get(request.id);
    if (!first) this.outstanding.set(request.id, request);
    else {
      let last = first;
      first.sharesId = true;
      while (last.next) last = last.next;
      last.next = request;
      request.sharesId = true;
    }
    this.order.push(request);
    this.unanswered++;
    while (this.unanswered > MAX_OUTSTANDING) {
      // The oldest request overall is also the oldest with its Id, so takeRequest removes exactly it.
      const oldest = this.order[this.head++]!;
      if (oldest.answered) continue;
      this.takeRequest(oldest.id);
      out.push({
        ...neverAnswered(oldest),
        text: `${oldest.name} Id ${oldest.id} was never answered (${MAX_OUTSTANDING} later requests were still unanswered; no longer tracked)`,
      });
    }
    // Drop the answered head of the queue now and then, so the array does not grow with the log.
    while (this.head < this.order.length && this.order[this.head]!.answered) this.head++;
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }

  /** Line of the oldest request still unanswered: no "never answered" warning can come before it. */
  oldestUnansweredLine(): number | undefined {
    while (this.head < this.order.length && this.order[this.head]!.answered) this.head++;
    return this.order[this.head]?.line;
  }

  /**
   * The outstanding request with this Id that a reply named `reply` answers, removed from the books:
   * the oldest, unless the Id is in flight several times and only a later one allows that reply
   * (the server answers in the order it finishes, not always the order sent).
   */
  private takeRequest(id: number, reply?: string, replyBody?: Body): Request | undefined {
    const first = this.outstanding.get(id);
    if (!first) return undefined;
    let previous: Request | undefined;
    let request = first;
    if (reply !== undefined && first.next) {
      // Several requests share this Id: the reply answers the first one that allows it and, for a
      // reading, is about what that one asked (two reads of different sensors with one Id).
      const fits = (r: Request) =>
        r.allowed.includes(reply) && (replyBody === undefined || aboutMismatch(r.body, replyBody) === undefined);
      const choice = findInChain(first, fits) ?? findInChain(first, (r) => r.allowed.includes(reply));
      if (choice) [request, previous] = choice;
    }
    if (previous) previous.next = request.next;
    else if (request.next) this.outstanding.set(id, request.next);
    else this.outstanding.delete(id);
    request.next = undefined;
    request.answered = true;
    this.unanswered--;
    return request;
  }

  private serverMessage(name: string, body: Body, idKind: string, where: Where, valid: boolean, out: Problem[]): void {
    const id = body.Id;
    if (!this.handshakeSeen) {
      this.fail(
        out,
        where,
        "handshake",
        undefined,
        `${name} from the server before the client's RequestServerInfo: the handshake must come first`,
      );
    }
    const isEvent = idKind === "event" || (idKind === "reply-or-event" && id === 0);
    let request: Request | undefined;
    if (isEvent) {
      if (id !== 0)
        this.fail(out, where, "id", "Id", `${name} is server-initiated: its Id must be 0, got ${String(id)}`, {
          expected: 0,
          actual: id,
        });
    } else if (typeof id === "number") {
      request = this.takeRequest(id, name, body);
      if (!request) {
        if (!(this.handshakeLost && name === "ServerInfo")) {
          this.fail(out, where, "reply", "Id", `${name} Id ${id} answers no outstanding request`);
        }
        this.handshakeLost = false;
      } else if (!request.allowed.includes(name)) {
        // With an Id in flight several times, an earlier reply may have been matched to the wrong
        // request (both allowed it): the server is not to blame for the client's reuse.
        const guess = request.sharesId
          ? ` (Id ${id} was in flight for several requests; which one a reply answers is a guess)`
          : "";
        this.fail(
          out,
          where,
          "reply",
          undefined,
          `${name} is not a reply to ${request.name} (line ${request.line}); expected ${request.allowed.join(" or ")}${guess}`,
          { expected: request.allowed.join(" | "), actual: name },
          request.sharesId ? "warning" : "error",
        );
        request = undefined;
      }
    }
    if (request) this.replyReceived(name, body, request, where, valid, out);
    else if (isEvent && valid && READINGS.has(name)) this.checkReadingEvent(name, body, where, out);
    this.trackServerState(name, body, where, valid, out);
  }

  /** A reply of an allowed type arrived: check a reading is about what was asked; keep subscriptions. */
  private replyReceived(
    name: string,
    body: Body,
    request: Request,
    where: Where,
    valid: boolean,
    out: Problem[],
  ): void {
    const asked = request.body;
    const key = subscriptionKey(request.name, asked);
    if (key !== undefined) {
      const subscribing = isSubscribe(request.name, asked);
      // A refused subscribe leaves no subscription; an acknowledged unsubscribe ends one.
      if (subscribing && name === "Error") this.subscriptions.delete(key);
      if (!subscribing && name === "Ok") this.subscriptions.delete(key);
    }
    if (!valid || !READINGS.has(name)) return;
    const field = aboutMismatch(asked, body);
    if (field !== undefined) {
      const guess = request.sharesId
        ? ` (Id ${String(body.Id)} was in flight for several requests; which one a reply answers is a guess)`
        : "";
      this.fail(
        out,
        where,
        "reply",
        field,
        `${name} is about ${field} ${shown(body[field])}, but ${request.name} (line ${request.line}) asked about ${shown(asked[field])}${guess}`,
        { expected: asked[field], actual: body[field] },
        request.sharesId ? "warning" : "error",
      );
      return;
    }
    if (name === "InputReading" && isObject(body.Reading) && typeof asked.Type === "string") {
      const type = Object.keys(body.Reading)[0];
      if (type !== asked.Type) {
        this.fail(
          out,
          where,
          "reply",
          `Reading/${type}`,
          `InputReading carries a ${type} reading, but InputCmd (line ${request.line}) asked for ${asked.Type}`,
          { expected: asked.Type, actual: type },
        );
        return;
      }
    }
    this.checkReadingValues(name, body, request.name, where, out);
  }

  /** A reading the server sent on its own (Id 0): it needs an active subscription. */
  private checkReadingEvent(name: string, body: Body, where: Where, out: Problem[]): void {
    const key = readingKey(name, body);
    if (key !== undefined && !this.subscriptions.has(key)) {
      if (this.midSession && !this.devicesAnnounced) {
        this.subscriptions.add(key); // subscribed before the log starts
        this.noteLearned(where, out);
      } else {
        this.fail(
          out,
          where,
          "subscription",
          undefined,
          `${name} event (Id 0) for ${describeKey(key)}, but no subscription to it is active`,
        );
        return;
      }
    }
    if (!this.devices.has(body.DeviceIndex as number) && !this.learn(body.DeviceIndex as number, where, out)) {
      this.fail(
        out,
        where,
        "device",
        "DeviceIndex",
        `${name} is about device ${String(body.DeviceIndex)}, which is not in the device list`,
      );
      return;
    }
    this.checkReadingValues(name, body, "SensorSubscribeCmd", where, out);
  }

  /** The values of a reading inside what the device advertises (v3 SensorRange, v4 input Value ranges). */
  private checkReadingValues(name: string, body: Body, via: string, where: Where, out: Problem[]): void {
    const device = this.devices.get(body.DeviceIndex as number);
    if (!device || device === LEARNED) return;
    if (name === "SensorReading" && typeof body.SensorIndex === "number" && Array.isArray(body.Data)) {
      const messages = isObject(device.DeviceMessages) ? device.DeviceMessages : {};
      // SensorIndex counts in the attributes of the command that asked (SensorReadCmd or SensorSubscribeCmd)
      const attributes = messages[via];
      const sensor: unknown = Array.isArray(attributes) ? attributes[body.SensorIndex] : undefined;
      if (!isObject(sensor)) {
        this.fail(
          out,
          where,
          "feature",
          "SensorIndex",
          `device ${String(body.DeviceIndex)} has no sensor ${body.SensorIndex}`,
        );
        return;
      }
      if (
        typeof body.SensorType === "string" &&
        sensor.SensorType !== undefined &&
        sensor.SensorType !== body.SensorType
      ) {
        this.fail(
          out,
          where,
          "feature",
          "SensorType",
          `sensor ${body.SensorIndex} is ${String(sensor.SensorType)}, not ${body.SensorType}`,
          { expected: sensor.SensorType, actual: body.SensorType },
        );
        return;
      }
      const ranges = Array.isArray(sensor.SensorRange) ? sensor.SensorRange : [];
      body.Data.forEach((value, i) => {
        const range = ranges[i] as unknown;
        if (typeof value === "number" && Array.isArray(range) && !inRange(value, range as Range)) {
          this.fail(
            out,
            where,
            "range",
            `Data/${i}`,
            `SensorReading Data ${value} is outside sensor ${String(body.SensorIndex)}'s SensorRange [${range[0]}, ${range[1]}]`,
            {
              expected: range,
              actual: value,
            },
          );
        }
      });
    }
    if (name === "InputReading" && typeof body.FeatureIndex === "number" && isObject(body.Reading)) {
      const feature = this.featureOf(body, device, where, out);
      if (!feature) return;
      const type = Object.keys(body.Reading)[0]!;
      const inputs = isObject(feature.Input) ? feature.Input : {};
      const advertised = inputs[type];
      if (!isObject(advertised)) {
        this.fail(
          out,
          where,
          "feature",
          `Reading/${type}`,
          `feature ${body.FeatureIndex} of device ${String(body.DeviceIndex)} has no ${type} input (has: ${Object.keys(inputs).join(", ") || "none"})`,
        );
        return;
      }
      const reading = body.Reading[type];
      const range = Array.isArray(advertised.Value) ? (advertised.Value[0] as unknown) : undefined;
      if (
        isObject(reading) &&
        typeof reading.Value === "number" &&
        Array.isArray(range) &&
        !inRange(reading.Value, range as Range)
      ) {
        this.fail(
          out,
          where,
          "range",
          `Reading/${type}/Value`,
          `${type} Value ${reading.Value} is outside the advertised range [${range[0]}, ${range[1]}]`,
          { expected: range, actual: reading.Value },
        );
      }
    }
    if (name === "RawReading" && typeof body.Endpoint === "string") {
      const endpoints = rawEndpoints(device, "RawReadCmd") ?? rawEndpoints(device, "RawSubscribeCmd");
      if (endpoints && !endpoints.includes(body.Endpoint)) {
        this.fail(
          out,
          where,
          "feature",
          "Endpoint",
          `device ${String(body.DeviceIndex)} has no endpoint ${body.Endpoint} (endpoints: ${endpoints.join(", ")})`,
          { expected: endpoints, actual: body.Endpoint },
        );
      }
    }
  }

  private trackServerState(name: string, body: Body, where: Where, valid: boolean, out: Problem[]): void {
    switch (name) {
      case "ServerInfo": {
        this.maxPingTime = typeof body.MaxPingTime === "number" ? body.MaxPingTime : 0;
        this.lastPing = this.currentT; // the ping clock starts with the handshake's reply
        const named = (body.ProtocolVersionMajor ?? body.MessageVersion) as number | undefined;
        if (valid && typeof named === "number" && named > this.version) {
          this.fail(
            out,
            where,
            "handshake",
            undefined,
            `ServerInfo names spec version ${named}, above the client's ${this.version}`,
            { expected: this.version, actual: named },
          );
        }
        break;
      }
      case "DeviceList": {
        // A list that fails its schema still names its devices: later commands to them are fine.
        this.devices.clear();
        this.devicesAnnounced = true;
        const list = body.Devices;
        const entries = Array.isArray(list) ? list : isObject(list) ? Object.values(list) : [];
        for (const d of entries)
          if (isObject(d) && typeof d.DeviceIndex === "number") this.devices.set(d.DeviceIndex, d);
        for (const key of this.subscriptions)
          if (!this.devices.has(Number(key.slice(0, key.indexOf("/"))))) this.subscriptions.delete(key);
        break;
      }
      case "DeviceAdded":
        this.devicesAnnounced = true;
        if (typeof body.DeviceIndex === "number") this.devices.set(body.DeviceIndex, body);
        break;
      case "DeviceRemoved":
        if (typeof body.DeviceIndex === "number") {
          this.devices.delete(body.DeviceIndex);
          const prefix = `${body.DeviceIndex}/`;
          for (const key of this.subscriptions) if (key.startsWith(prefix)) this.subscriptions.delete(key);
        }
        break;
      default:
        break;
    }
  }

  /**
   * In a log that starts mid-session (no device list seen yet), a device is learned from its first
   * use; one note says so. Returns whether the device is now known.
   */
  private learn(index: number, where: Where, out: Problem[]): boolean {
    if (!this.midSession || this.devicesAnnounced) return false;
    this.devices.set(index, LEARNED);
    this.noteLearned(where, out);
    return true;
  }

  private noteLearned(where: Where, out: Problem[]): void {
    if (this.learnedNoted) return;
    this.learnedNoted = true;
    this.fail(
      out,
      where,
      "mid-session",
      undefined,
      "the log starts mid-session: devices and subscriptions it never saw announced are learned from their first use (their indices and ranges are not checked until a DeviceList)",
      undefined,
      "note",
    );
  }

  private checkDeviceCommand(name: string, body: Body, where: Where, out: Problem[]): void {
    const index = body.DeviceIndex as number;
    let device = this.devices.get(index);
    if (!device && this.learn(index, where, out)) device = LEARNED;
    if (!device) {
      this.fail(
        out,
        where,
        "device",
        "DeviceIndex",
        this.devicesAnnounced
          ? `device ${index} is not in the device list the server announced (known: ${[...this.devices.keys()].join(", ") || "none"})`
          : `device ${index} was never announced by the server (no DeviceList or DeviceAdded before this command)`,
        { actual: index },
      );
      return;
    }
    const key = subscriptionKey(name, body);
    if (key !== undefined && isSubscribe(name, body)) this.subscriptions.add(key);
    if (device === LEARNED) return;
    if (this.version === 4) this.checkV4Command(name, body, device, where, out);
    else this.checkLegacyCommand(name, body, device, where, out);
  }

  /** The v4 feature a message's FeatureIndex names on `device`; when there is none, a problem naming the features there are. */
  private featureOf(body: Body, device: Body, where: Where, out: Problem[]): Body | undefined {
    const features = isObject(device.DeviceFeatures) ? device.DeviceFeatures : {};
    const feature = features[String(body.FeatureIndex)];
    if (isObject(feature)) return feature;
    this.fail(
      out,
      where,
      "feature",
      "FeatureIndex",
      `device ${String(body.DeviceIndex)} has no feature ${String(body.FeatureIndex)} (features: ${Object.keys(features).join(", ") || "none"})`,
      { expected: Object.keys(features).map(Number), actual: body.FeatureIndex },
    );
    return undefined;
  }

  /** v4: FeatureIndex exists, the feature has that output/input, values inside the advertised ranges. */
  private checkV4Command(name: string, body: Body, device: Body, where: Where, out: Problem[]): void {
    if (typeof body.FeatureIndex !== "number") return;
    const feature = this.featureOf(body, device, where, out);
    if (!feature) return;
    // The rule the server's v4 handler enforces (runtime/feature-rules.ts).
    const mismatches =
      name === "OutputCmd"
        ? outputMismatches(feature, body.Command)
        : name === "InputCmd" && typeof body.Type === "string"
          ? inputMismatches(feature, body.Type, body.Command)
          : [];
    // A range text names its field already (the README's --json example shows one).
    const subject = `feature ${body.FeatureIndex} of device ${String(body.DeviceIndex)}: `;
    for (const m of mismatches) {
      const text = m.rule === "range" ? m.text : subject + m.text;
      this.fail(out, where, m.rule, m.field, text, { expected: m.expected, actual: m.actual });
    }
  }

  /**
   * v0–v3: the device must list the command among its messages, and every Index / SensorIndex must
   * exist in that command's attributes (v1–v2 FeatureCount, v3 attribute arrays with ActuatorType).
   * An unsubscribe is implied by its subscribe (the attributes never list SensorUnsubscribeCmd, and
   * v3 lists no RawUnsubscribeCmd).
   */
  private checkLegacyCommand(name: string, body: Body, device: Body, where: Where, out: Problem[]): void {
    const messages = device.DeviceMessages;
    const supported = Array.isArray(messages) ? messages.map(String) : isObject(messages) ? Object.keys(messages) : [];
    const listedAs = supported.includes(name)
      ? name
      : IMPLIED_BY[name] !== undefined && supported.includes(IMPLIED_BY[name]!)
        ? IMPLIED_BY[name]!
        : undefined;
    if (name !== "StopDeviceCmd" && listedAs === undefined) {
      this.fail(
        out,
        where,
        "device",
        "DeviceIndex",
        `device ${String(body.DeviceIndex)} does not support ${name} (supports: ${supported.join(", ") || "nothing"})`,
        {
          expected: supported,
          actual: name,
        },
      );
      return;
    }
    if (!isObject(messages) || listedAs === undefined) return;
    const attributes = messages[listedAs];
    if (
      typeof body.Endpoint === "string" &&
      isObject(attributes) &&
      Array.isArray(attributes.Endpoints) &&
      !attributes.Endpoints.includes(body.Endpoint)
    ) {
      this.fail(
        out,
        where,
        "feature",
        "Endpoint",
        `device ${String(body.DeviceIndex)} has no ${listedAs} endpoint ${body.Endpoint} (endpoints: ${attributes.Endpoints.join(", ")})`,
        {
          expected: attributes.Endpoints,
          actual: body.Endpoint,
        },
      );
      return;
    }
    const count = Array.isArray(attributes)
      ? attributes.length
      : isObject(attributes) && typeof attributes.FeatureCount === "number"
        ? attributes.FeatureCount
        : undefined;
    if (count === undefined) return;
    if (typeof body.SensorIndex === "number") {
      if (body.SensorIndex >= count) {
        this.fail(
          out,
          where,
          "feature",
          "SensorIndex",
          `device ${String(body.DeviceIndex)} has ${count} ${listedAs} sensor(s); SensorIndex ${body.SensorIndex} does not exist`,
          {
            expected: `< ${count}`,
            actual: body.SensorIndex,
          },
        );
      } else if (Array.isArray(attributes) && typeof body.SensorType === "string") {
        const declared = (attributes[body.SensorIndex] as Body | undefined)?.SensorType;
        if (declared !== undefined && declared !== body.SensorType) {
          this.fail(
            out,
            where,
            "feature",
            "SensorType",
            `sensor ${body.SensorIndex} is ${String(declared)}, not ${body.SensorType}`,
            { expected: declared, actual: body.SensorType },
          );
        }
      }
    }
    for (const field of Object.keys(body)) {
      const list = body[field];
      if (!Array.isArray(list)) continue;
      for (let i = 0; i < list.length; i++) {
        const item = list[i] as unknown;
        if (!isObject(item) || typeof item.Index !== "number") continue;
        if (item.Index >= count) {
          this.fail(
            out,
            where,
            "feature",
            `${field}/${i}/Index`,
            `device ${String(body.DeviceIndex)} has ${count} ${name} feature(s); Index ${item.Index} does not exist`,
            {
              expected: `< ${count}`,
              actual: item.Index,
            },
          );
          continue;
        }
        const declared = Array.isArray(attributes)
          ? (attributes[item.Index] as Body | undefined)?.ActuatorType
          : undefined;
        if (declared !== undefined && typeof item.ActuatorType === "string" && declared !== item.ActuatorType) {
          this.fail(
            out,
            where,
            "feature",
            `${field}/${i}/ActuatorType`,
            `feature ${item.Index} is a ${String(declared)} actuator, not ${item.ActuatorType}`,
            {
              expected: declared,
              actual: item.ActuatorType,
            },
          );
        }
      }
    }
  }

  private checkPingTime(t: number, line: number, out: Problem[]): void {
    if (this.maxPingTime <= 0) return;
    if (this.lastPing === undefined) return;
    const gap = t - this.lastPing;
    if (gap > this.maxPingTime && !this.pingLateReported) {
      this.pingLateReported = true;
      out.push({
        severity: "error",
        rule: "ping",
        line,
        expected: this.maxPingTime,
        actual: Math.round(gap),
        text: `no Ping for ${Math.round(gap)} ms, longer than the server's MaxPingTime of ${this.maxPingTime} ms`,
      });
    }
    if (gap <= this.maxPingTime) this.pingLateReported = false;
  }
}

/** Where a message is. */
interface Where {
  line: number;
  position: number;
  frameMessages: number;
  message: string;
  id: number | undefined;
}

const NO_REPLIES: readonly string[] = [];
const ERROR_ONLY: readonly string[] = ["Error"];

/** Server messages that carry a reading (a reply to a read, or an event of a subscription). */
const READINGS = new Set(["SensorReading", "InputReading", "BatteryLevelReading", "RSSILevelReading", "RawReading"]);
/** Fields a reading shares with its request, which must agree. */
const ABOUT_FIELDS = ["DeviceIndex", "SensorIndex", "SensorType", "FeatureIndex", "Endpoint"] as const;

/** The first field a reading and its request both carry with different values, if any. */
function aboutMismatch(asked: Body, reply: Body): (typeof ABOUT_FIELDS)[number] | undefined {
  return ABOUT_FIELDS.find((field) => field in asked && field in reply && !sameValue(asked[field], reply[field]));
}

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** A field's value as a message shows it: objects as JSON, not "[object Object]". */
const shown = (value: unknown): string =>
  typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);

/** The first request of an Id's chain that `fits`, with the one before it (to unlink it). */
function findInChain(first: Request, fits: (r: Request) => boolean): [Request, Request | undefined] | undefined {
  let previous: Request | undefined;
  for (let r: Request | undefined = first; r; previous = r, r = r.next) if (fits(r)) return [r, previous];
  return undefined;
}
/** Device messages the attributes never list, allowed by the one they name. */
const IMPLIED_BY: Record<string, string | undefined> = {
  SensorUnsubscribeCmd: "SensorSubscribeCmd",
  RawUnsubscribeCmd: "RawSubscribeCmd",
};

/** The subscription a (un)subscribe request is about, or undefined for other messages. */
function subscriptionKey(name: string, body: Body): string | undefined {
  switch (name) {
    case "SensorSubscribeCmd":
    case "SensorUnsubscribeCmd":
      return `${String(body.DeviceIndex)}/${String(body.SensorIndex)}/${String(body.SensorType)}`;
    case "RawSubscribeCmd":
    case "RawUnsubscribeCmd":
      return `${String(body.DeviceIndex)}/raw/${String(body.Endpoint)}`;
    case "InputCmd":
      return body.Command === "Read"
        ? undefined
        : `${String(body.DeviceIndex)}/${String(body.FeatureIndex)}/${String(body.Type)}`;
    default:
      return undefined;
  }
}

/** Whether a request with a subscription key subscribes (else it unsubscribes). */
function isSubscribe(name: string, body: Body): boolean {
  return (
    name === "SensorSubscribeCmd" || name === "RawSubscribeCmd" || (name === "InputCmd" && body.Command === "Subscribe")
  );
}

/** The subscription a reading event belongs to. */
function readingKey(name: string, body: Body): string | undefined {
  switch (name) {
    case "SensorReading":
      return `${String(body.DeviceIndex)}/${String(body.SensorIndex)}/${String(body.SensorType)}`;
    case "RawReading":
      return `${String(body.DeviceIndex)}/raw/${String(body.Endpoint)}`;
    case "InputReading":
      return isObject(body.Reading)
        ? `${String(body.DeviceIndex)}/${String(body.FeatureIndex)}/${Object.keys(body.Reading)[0]}`
        : undefined;
    default:
      return undefined;
  }
}

function describeKey(key: string): string {
  const [device, what, type] = key.split("/");
  return what === "raw" ? `device ${device} endpoint ${type}` : `device ${device} ${type} ${what}`;
}

function rawEndpoints(device: Body, name: string): string[] | undefined {
  const messages = isObject(device.DeviceMessages) ? device.DeviceMessages : {};
  const attributes = messages[name];
  return isObject(attributes) && Array.isArray(attributes.Endpoints) ? attributes.Endpoints.map(String) : undefined;
}

function neverAnswered(r: Request): Problem {
  return {
    severity: "warning",
    rule: "unanswered",
    line: r.line,
    message: r.name,
    id: r.id,
    text: `${r.name} Id ${r.id} was never answered`,
  };
}

function inRange(value: number, range: Range): boolean {
  const lo = Math.min(range[0], range[1]);
  const hi = Math.max(range[0], range[1]);
  return value >= lo && value <= hi;
}

/** The message position a frame pointer starts with ("/2/ScalarCmd/…" → 2). */
function positionOf(pointer: string): number | undefined {
  const m = /^\/(\d+)(?:\/|$)/.exec(pointer);
  return m ? Number(m[1]) : undefined;
}

/** The last token of a JSON pointer, unescaped. */
function lastToken(pointer: string): string | undefined {
  const cut = pointer.lastIndexOf("/");
  return cut < 0 || cut === pointer.length - 1
    ? undefined
    : pointer
        .slice(cut + 1)
        .replace(/~1/g, "/")
        .replace(/~0/g, "~");
}

/** The value a JSON pointer names inside `root`, or undefined. */
function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  let value = root;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(value)) value = value[Number(token)];
    else if (isObject(value)) value = Object.hasOwn(value, token) ? value[token] : undefined;
    else return undefined;
  }
  return value;
}

function idOf(frame: unknown, position: number): number | undefined {
  if (!Array.isArray(frame)) return undefined;
  return messageId(frame[position]);
}
