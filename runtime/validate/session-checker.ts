/**
 * Checks one logged Buttplug session, frame by frame: schema validity (generated validators),
 * direction, and the session's semantics — handshake first, replies matching outstanding requests
 * with an allowed reply type, events with Id 0, device/feature indices the server announced,
 * values inside advertised ranges, MaxPingTime kept, unanswered requests.
 *
 * Message shapes come from generated/; only the rules *between* messages live here.
 */
import { allowedReplies, isSpecVersion, registry, validateFrame, type MessageInfo, type SpecVersion, type ValidationResult } from "../../generated";
import { requestedVersion } from "../handshake";
import type { Direction, LogEntry } from "./log-reader";

export type Severity = "error" | "warning";

/** One finding, located as precisely as the log allows. */
export interface Problem {
  severity: Severity;
  /** 1-based line of the record in the log. */
  line: number;
  /** Position of the message inside the frame (0-based), when the problem is about one message. */
  position?: number;
  /** Message name, when known. */
  message?: string;
  /** Message Id, when known. */
  id?: number;
  /** JSON pointer into the frame. */
  pointer?: string;
  /** What was wrong and what was expected. */
  text: string;
}

/** What a reply needs of its request: kept small, since a log may leave many unanswered. */
interface Request {
  name: string;
  id: number;
  line: number;
  /** Reply names the request allows, computed when it is sent (shared arrays from generated/). */
  allowed: readonly string[];
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
  if (!Array.isArray(frame)) return undefined;
  for (const m of frame) if (isObject(m) && "RequestServerInfo" in m) return m.RequestServerInfo;
  return undefined;
}

export class SessionChecker {
  private handshakeSeen = false;
  /** Requests awaiting a reply by Id; Ids in flight twice (allowed by the spec) queue in `reused`. */
  private readonly outstanding = new Map<number, Request>();
  private readonly reused = new Map<number, Request[]>();
  /** Every outstanding request in the order sent (a Set keeps insertion order), oldest first. */
  private readonly pending = new Set<Request>();
  /** Devices as the server announced them, in this version's shape, by DeviceIndex. */
  private readonly devices = new Map<number, Body>();
  private devicesAnnounced = false;
  private maxPingTime = 0;
  private lastPing: number | undefined;
  private pingLateReported = false;
  /** Timestamp of the entry being checked, if the log has one. */
  private currentT: number | undefined;
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
    this.handshakeSeen = options.assumeHandshake === true;
  }

  /** Check one log entry; problems are appended to `out`. */
  check(entry: LogEntry, out: Problem[]): void {
    const { line } = entry;
    if (entry.error !== undefined) {
      out.push({ severity: "error", line, text: entry.error });
      return;
    }
    this.frames++;
    this.currentT = entry.t;
    const frame = entry.frame;
    // Fast path: a frame whose every message passes its validator needs no issue list.
    const result = this.frameIsValid(frame) ? VALID : validateFrame(this.version, frame);
    const invalid = new Set<number>();
    if (!result.ok) {
      for (const issue of result.issues) {
        const position = positionOf(issue.pointer);
        if (position !== undefined) invalid.add(position);
        out.push({
          severity: "error",
          line,
          position,
          message: issue.messageName,
          id: position !== undefined ? idOf(frame, position) : undefined,
          pointer: issue.pointer,
          text: issue.message,
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
      if (!info) continue; // already reported by validateFrame
      const body = wrapped[name];
      const where = { line, position, message: name, id: isObject(body) && typeof body.Id === "number" ? body.Id : undefined };
      const stated: Direction | undefined = entry.dir;
      const actual: Direction = info.direction === "both" ? (stated ?? this.echoDirection(name, body)) : info.direction === "client" ? "c2s" : "s2c";
      if (stated && stated !== actual) {
        out.push({
          ...where,
          severity: "error",
          text: `${name} is a ${info.direction === "client" ? "client→server" : "server→client"} message but the log has it ${stated === "c2s" ? "client→server" : "server→client"}`,
        });
        continue;
      }
      if (invalid.has(position) || !isObject(body)) continue;
      try {
        if (actual === "c2s") this.clientMessage(name, body, where, entry.t, out);
        // A "both" message from the server is its echo reply (v0/v1 Test).
        else this.serverMessage(name, body, info.direction === "both" ? "reply" : info.id, where, out);
      } catch (e) {
        out.push({ ...where, severity: "error", text: `could not check: ${(e as Error).message}` });
      }
    }
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
      if (name === undefined || !Object.prototype.hasOwnProperty.call(messages, name)) return false;
      if (!messages[name]!.validate(wrapped[name])) return false;
    }
    return true;
  }

  /** Requests never answered: warnings, reported when the log ends. */
  finish(out: Problem[]): void {
    for (const r of this.pending) out.push(neverAnswered(r));
    this.pending.clear();
    this.outstanding.clear();
    this.reused.clear();
  }

  private clientMessage(
    name: string,
    body: Body,
    where: Where,
    t: number | undefined,
    out: Problem[],
  ): void {
    if (!this.handshakeSeen && name !== "RequestServerInfo") {
      out.push({ ...where, severity: "error", text: `${name} before RequestServerInfo: the handshake must come first` });
    }
    if (name === "RequestServerInfo") {
      if (this.handshakeSeen) out.push({ ...where, severity: "error", text: "RequestServerInfo sent again after the handshake" });
      this.handshakeSeen = true;
    }
    if (name === "Ping" && t !== undefined) this.lastPing = t;
    const id = body.Id as number;
    const request: Request = { name, id, line: where.line, allowed: allowedReplies(this.version, name, body) ?? NO_REPLIES };
    if (!this.outstanding.has(id)) this.outstanding.set(id, request);
    else {
      const queue = this.reused.get(id);
      if (queue) queue.push(request);
      else this.reused.set(id, [request]);
    }
    this.pending.add(request);
    if (this.pending.size > MAX_OUTSTANDING) {
      // The oldest request overall is also the oldest with its Id, so takeRequest removes exactly it.
      const oldest = this.pending.values().next().value as Request;
      this.takeRequest(oldest.id);
      out.push({ ...neverAnswered(oldest), text: `${oldest.name} Id ${oldest.id} was never answered (${MAX_OUTSTANDING} later requests were still unanswered; no longer tracked)` });
    }
    if (typeof body.DeviceIndex === "number") this.checkDeviceCommand(name, body, where, out);
  }

  private serverMessage(name: string, body: Body, idKind: string, where: Where, out: Problem[]): void {
    const id = body.Id as number;
    const isEvent = idKind === "event" || (idKind === "reply-or-event" && id === 0);
    if (isEvent) {
      if (id !== 0) out.push({ ...where, severity: "error", pointer: `/${where.position}/${name}/Id`, text: `${name} is server-initiated: its Id must be 0, got ${id}` });
    } else {
      const request = this.takeRequest(id);
      if (!request) {
        out.push({ ...where, severity: "error", pointer: `/${where.position}/${name}/Id`, text: `${name} Id ${id} answers no outstanding request` });
      } else {
        const allowed = request.allowed;
        if (!allowed.includes(name)) {
          out.push({
            ...where,
            severity: "error",
            text: `${name} is not a reply to ${request.name} (line ${request.line}); expected ${allowed.join(" or ")}`,
          });
        }
      }
    }
    this.trackServerState(name, body, where, out);
  }

  /** The oldest outstanding request with this Id, removed from the books. */
  private takeRequest(id: number): Request | undefined {
    const request = this.outstanding.get(id);
    if (!request) return undefined;
    const queue = this.reused.get(id);
    if (queue) {
      this.outstanding.set(id, queue.shift()!);
      if (queue.length === 0) this.reused.delete(id);
    } else {
      this.outstanding.delete(id);
    }
    this.pending.delete(request);
    return request;
  }

  private trackServerState(name: string, body: Body, where: Where, out: Problem[]): void {
    switch (name) {
      case "ServerInfo": {
        this.maxPingTime = typeof body.MaxPingTime === "number" ? body.MaxPingTime : 0;
        this.lastPing = this.currentT; // the ping clock starts with the handshake's reply
        const named = (body.ProtocolVersionMajor ?? body.MessageVersion) as number | undefined;
        if (typeof named === "number" && named > this.version) {
          out.push({ ...where, severity: "error", text: `ServerInfo names spec version ${named}, above the client's ${this.version}` });
        }
        break;
      }
      case "DeviceList": {
        this.devices.clear();
        this.devicesAnnounced = true;
        const list = body.Devices;
        const entries = Array.isArray(list) ? list : isObject(list) ? Object.values(list) : [];
        for (const d of entries) if (isObject(d) && typeof d.DeviceIndex === "number") this.devices.set(d.DeviceIndex, d);
        break;
      }
      case "DeviceAdded":
        this.devicesAnnounced = true;
        if (typeof body.DeviceIndex === "number") this.devices.set(body.DeviceIndex, body);
        break;
      case "DeviceRemoved":
        if (typeof body.DeviceIndex === "number") this.devices.delete(body.DeviceIndex);
        break;
      default:
        break;
    }
  }

  private checkDeviceCommand(name: string, body: Body, where: Where, out: Problem[]): void {
    const index = body.DeviceIndex as number;
    const device = this.devices.get(index);
    if (!device) {
      out.push({
        ...where,
        severity: "error",
        pointer: pointerAt(where, name, "DeviceIndex"),
        text: this.devicesAnnounced
          ? `device ${index} is not in the device list the server announced (known: ${[...this.devices.keys()].join(", ") || "none"})`
          : `device ${index} was never announced by the server (no DeviceList or DeviceAdded before this command)`,
      });
      return;
    }
    if (this.version === 4) checkV4Command(name, body, device, where, out);
    else checkLegacyCommand(name, body, device, where, out);
  }

  private checkPingTime(t: number, line: number, out: Problem[]): void {
    if (this.maxPingTime <= 0) return;
    if (this.lastPing === undefined) return;
    const gap = t - this.lastPing;
    if (gap > this.maxPingTime && !this.pingLateReported) {
      this.pingLateReported = true;
      out.push({
        severity: "error",
        line,
        text: `no Ping for ${Math.round(gap)} ms, longer than the server's MaxPingTime of ${this.maxPingTime} ms`,
      });
    }
    if (gap <= this.maxPingTime) this.pingLateReported = false;
  }
}

type Where = Omit<Problem, "severity" | "text">;

const NO_REPLIES: readonly string[] = [];

function neverAnswered(r: Request): Problem {
  return { severity: "warning", line: r.line, message: r.name, id: r.id, text: `${r.name} Id ${r.id} was never answered` };
}

/** JSON pointer to a field of the message at `where`. */
function pointerAt(where: Where, name: string, field: string): string {
  return `/${where.position}/${name}/${field}`;
}

function fail(out: Problem[], where: Where, pointer: string, text: string): void {
  out.push({ ...where, severity: "error", pointer, text });
}

/** v4: FeatureIndex exists, the feature has that output/input, values inside the advertised ranges. */
function checkV4Command(name: string, body: Body, device: Body, where: Where, out: Problem[]): void {
  if (typeof body.FeatureIndex !== "number") return;
  const features = isObject(device.DeviceFeatures) ? device.DeviceFeatures : {};
  const feature = features[String(body.FeatureIndex)];
  if (!isObject(feature)) {
    fail(out, where, pointerAt(where, name, "FeatureIndex"), `device ${body.DeviceIndex} has no feature ${body.FeatureIndex} (features: ${Object.keys(features).join(", ") || "none"})`);
    return;
  }
  if (name === "OutputCmd" && isObject(body.Command)) {
    const type = Object.keys(body.Command)[0]!;
    const outputs = isObject(feature.Output) ? feature.Output : {};
    const advertised = outputs[type];
    if (!isObject(advertised)) {
      fail(out, where, pointerAt(where, name, `Command/${type}`), `feature ${body.FeatureIndex} of device ${body.DeviceIndex} has no ${type} output (has: ${Object.keys(outputs).join(", ") || "none"})`);
      return;
    }
    const command = body.Command[type];
    if (!isObject(command)) return;
    checkRange(out, where, name, type, "Value", advertised.Value, command.Value);
    checkRange(out, where, name, type, "Duration", advertised.Duration, command.Duration);
  }
  if (name === "InputCmd" && typeof body.Type === "string") {
    const inputs = isObject(feature.Input) ? feature.Input : {};
    const advertised = inputs[body.Type];
    if (!isObject(advertised)) {
      fail(out, where, pointerAt(where, name, "Type"), `feature ${body.FeatureIndex} of device ${body.DeviceIndex} has no ${body.Type} input (has: ${Object.keys(inputs).join(", ") || "none"})`);
    } else if (Array.isArray(advertised.Command) && !advertised.Command.includes(body.Command)) {
      fail(out, where, pointerAt(where, name, "Command"), `${body.Type} input of feature ${body.FeatureIndex} does not allow ${String(body.Command)} (allows: ${advertised.Command.join(", ")})`);
    }
  }
}

function checkRange(out: Problem[], where: Where, name: string, type: string, field: string, range: unknown, value: unknown): void {
  if (!Array.isArray(range) || typeof value !== "number" || inRange(value, range as Range)) return;
  fail(out, where, pointerAt(where, name, `Command/${type}/${field}`), `${type} ${field} ${value} is outside the advertised range [${range[0]}, ${range[1]}]`);
}

/**
 * v0–v3: the device must list the command among its messages, and every Index / SensorIndex must
 * exist in that command's attributes (v1–v2 FeatureCount, v3 attribute arrays with ActuatorType).
 */
function checkLegacyCommand(name: string, body: Body, device: Body, where: Where, out: Problem[]): void {
  const messages = device.DeviceMessages;
  const supported = Array.isArray(messages) ? messages.map(String) : isObject(messages) ? Object.keys(messages) : [];
  if (name !== "StopDeviceCmd" && !supported.includes(name)) {
    fail(out, where, pointerAt(where, name, "DeviceIndex"), `device ${body.DeviceIndex} does not support ${name} (supports: ${supported.join(", ") || "nothing"})`);
    return;
  }
  if (!isObject(messages)) return;
  const attributes = messages[name];
  const count = Array.isArray(attributes)
    ? attributes.length
    : isObject(attributes) && typeof attributes.FeatureCount === "number"
      ? attributes.FeatureCount
      : undefined;
  if (count === undefined) return;
  if (typeof body.SensorIndex === "number") {
    if (body.SensorIndex >= count) {
      fail(out, where, pointerAt(where, name, "SensorIndex"), `device ${body.DeviceIndex} has ${count} ${name} sensor(s); SensorIndex ${body.SensorIndex} does not exist`);
    } else if (Array.isArray(attributes) && typeof body.SensorType === "string") {
      const declared = (attributes[body.SensorIndex] as Body | undefined)?.SensorType;
      if (declared !== undefined && declared !== body.SensorType) {
        fail(out, where, pointerAt(where, name, "SensorType"), `sensor ${body.SensorIndex} is ${String(declared)}, not ${body.SensorType}`);
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
        fail(out, where, pointerAt(where, name, `${field}/${i}/Index`), `device ${body.DeviceIndex} has ${count} ${name} feature(s); Index ${item.Index} does not exist`);
        continue;
      }
      const declared = Array.isArray(attributes) ? (attributes[item.Index] as Body | undefined)?.ActuatorType : undefined;
      if (declared !== undefined && typeof item.ActuatorType === "string" && declared !== item.ActuatorType) {
        fail(out, where, pointerAt(where, name, `${field}/${i}/ActuatorType`), `feature ${item.Index} is a ${String(declared)} actuator, not ${item.ActuatorType}`);
      }
    }
  }
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

function idOf(frame: unknown, position: number): number | undefined {
  if (!Array.isArray(frame)) return undefined;
  const m = frame[position];
  if (!isObject(m)) return undefined;
  const body = Object.values(m)[0];
  return isObject(body) && typeof body.Id === "number" ? body.Id : undefined;
}
