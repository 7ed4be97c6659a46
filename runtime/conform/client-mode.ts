/**
 * Client mode of `bpkit conform`: a scripted server a client under test connects to, which records
 * the client's traffic and judges it when the session ends (the client leaves, the ping watchdog
 * drops it, or time runs out).
 *
 * The script (bpkit's own server, so every spec version is spoken): a vibrator is there from the
 * start; its first output command fails with ERROR_DEVICE (a device hiccup) and its second is
 * answered slowly; a stroker arrives when the client scans and is removed a little later; the
 * server has a ping deadline (MaxPingTime).
 */
import { versionOfHandshake, handshakeIn, SessionChecker, type Problem } from "../validate/session-checker";
import type { SpecVersion, v4 } from "../../generated";
import { deviceError } from "../errors";
import { utf8Length } from "../events";
import type { Logger } from "../log";
import { ButtplugServer } from "../server/server";
import { TestDevice, TestDeviceSource, vibratorFeatures } from "../server/test-device";
import { FrameConnectionBase, type FrameConnection } from "../transport/types";
import type { TrafficRecord } from "./probe";
import type { CheckResult } from "./report";
import { shorten } from "./run-server";

/** How the scripted server behaves. */
export interface ClientScriptOptions {
  /** MaxPingTime announced in ServerInfo, ms (default 1000; 0 = no ping deadline). */
  maxPingTime?: number;
  /** How long the vibrator takes to answer its second output command, ms (default 500). */
  slowReplyMs?: number;
  /** How long after it arrives the stroker is removed, ms (default 1500). */
  removeAfterMs?: number;
  /** Judge the session after this long even if the client is still connected, ms (default 60000). */
  timeoutMs?: number;
  log?: Logger;
}

/** The verdict on one client session. */
export interface ClientRunReport {
  /** The spec version the client asked for, if it completed a handshake. */
  version: SpecVersion | null;
  clientName?: string;
  /** Why the session ended. */
  ended: string;
  results: CheckResult[];
  traffic: TrafficRecord[];
}

/** The rules a client is judged by: id, title, spec section. */
export const CLIENT_RULES = {
  "client.handshake-first": {
    title: "the first message is RequestServerInfo",
    spec: "identification.md § RequestServerInfo; architecture.md § Identification",
  },
  "client.ids": {
    title: "request Ids are non-zero and never reused in a session",
    spec: "messages.md § Basic Message Structure",
  },
  "client.messages": {
    title: "every message is valid for the negotiated spec version",
    spec: "messages.md; the version's message pages",
  },
  "client.pings": {
    title: "Ping is sent within MaxPingTime, all session long",
    spec: "status.md § Ping; architecture.md § Identification",
  },
  "client.ranges": {
    title: "commands go to announced devices and features, with values inside the advertised ranges",
    spec: "device_information.md § DeviceList; output.md; deprecated.md § Message Attributes",
  },
  "client.removed-devices": {
    title: "no commands to a device after its removal was announced",
    spec: "device_discovery.md; deprecated.md § DeviceRemoved",
  },
  "client.after-error": {
    title: "after an Error reply the client carries on (it sends further requests)",
    spec: "status.md § Error",
  },
} as const;
export type ClientRule = keyof typeof CLIENT_RULES;

/** Commands that arrive this soon after a removal was sent may have crossed it on the wire. */
const REMOVAL_GRACE_MS = 100;

const HICCUP = "scripted device hiccup";

/** A device whose first output fails and whose second is slow (the script's hiccups). */
class ScriptedVibrator extends TestDevice {
  private outputsSeen = 0;

  constructor(private readonly slowReplyMs: number) {
    super({ name: "conform vibrator", identifier: "conform/vibrator", features: vibratorFeatures() });
  }

  override async output(featureIndex: number, command: v4.OutputCommand): Promise<void> {
    this.outputsSeen++;
    if (this.outputsSeen === 1) throw deviceError(`conform: ${HICCUP} (the first command fails; try again)`);
    await super.output(featureIndex, command);
    if (this.outputsSeen === 2) await new Promise((resolve) => setTimeout(resolve, this.slowReplyMs));
  }
}

const strokerFeatures = (): v4.DeviceFeature[] => [
  {
    FeatureIndex: 0,
    FeatureDescription: "Stroke",
    Output: { HwPositionWithDuration: { Value: [0, 100], Duration: [0, 10000] } },
  },
];

/** Records what passes through a connection, both ways, with times. */
class RecordingConnection extends FrameConnectionBase {
  readonly description: string;

  constructor(
    private readonly inner: FrameConnection,
    private readonly record: (dir: "c2s" | "s2c", frame: string) => void,
  ) {
    super();
    this.description = inner.description;
    inner.on("frame", (frame) => {
      record("c2s", frame);
      this.deliver(frame, utf8Length(frame), Number.MAX_SAFE_INTEGER);
    });
    inner.on("oversize", (bytes, max) => this.emit("oversize", bytes, max));
    inner.on("close", (reason) => this.markClosed(reason));
  }

  send(frame: string): void {
    if (!this.open) return;
    this.record("s2c", frame);
    this.inner.send(frame);
  }

  close(reason?: string): void {
    this.inner.close(reason);
    this.markClosed(reason ?? "closed");
  }
}

type Body = Record<string, unknown>;
const isObject = (v: unknown): v is Body => typeof v === "object" && v !== null && !Array.isArray(v);

function messagesOf(frame: string): Array<{ name: string; body: Body }> {
  try {
    const parsed = JSON.parse(frame) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((m): m is Body => isObject(m) && Object.keys(m).length === 1)
      .map((m) => {
        const name = Object.keys(m)[0]!;
        return { name, body: isObject(m[name]) ? m[name] : {} };
      });
  } catch {
    return [];
  }
}

/**
 * One scripted server session: hand it the client's connection with `accept`, then await `done`.
 * A second connection while the first is judged is refused by the server (one client at a time).
 */
export class ClientConformanceSession {
  readonly done: Promise<ClientRunReport>;
  private readonly server: ButtplugServer;
  private readonly traffic: TrafficRecord[] = [];
  private readonly options: Required<Omit<ClientScriptOptions, "log">>;
  private started = 0;
  private accepted = false;
  private recording: RecordingConnection | undefined;
  private finish!: (ended: string) => void;
  private timers: Array<ReturnType<typeof setTimeout>> = [];

  constructor(options: ClientScriptOptions = {}) {
    this.options = {
      maxPingTime: options.maxPingTime ?? 1000,
      slowReplyMs: options.slowReplyMs ?? 500,
      removeAfterMs: options.removeAfterMs ?? 1500,
      timeoutMs: options.timeoutMs ?? 60000,
    };
    const stroker = new TestDevice({
      name: "conform stroker",
      identifier: "conform/stroker",
      features: strokerFeatures(),
    });
    const source = new TestDeviceSource([stroker], "conform");
    this.server = new ButtplugServer({
      name: "bpkit conform",
      maxPingTime: this.options.maxPingTime,
      deviceSources: [source],
      ...(options.log ? { log: options.log } : {}),
    });
    source.add(new ScriptedVibrator(this.options.slowReplyMs));
    // The stroker leaves a while after it arrived.
    source.on("device", (device) => {
      if (device === stroker) this.timers.push(setTimeout(() => void stroker.disconnect(), this.options.removeAfterMs));
    });
    // Time runs from the start, so a client that never comes is reported too.
    this.timers.push(
      setTimeout(() => {
        this.finish(`timed out after ${this.options.timeoutMs} ms${this.accepted ? "" : " with no client"}`);
        this.recording?.close("bpkit conform: time is up");
      }, this.options.timeoutMs),
    );
    this.done = new Promise<string>((resolve) => (this.finish = resolve)).then(async (ended) => {
      for (const t of this.timers) clearTimeout(t);
      await this.server.shutdown();
      return this.judge(ended);
    });
  }

  /** Take the client's connection (the first one only); false if one was already taken. */
  accept(connection: FrameConnection): boolean {
    if (this.accepted) {
      connection.close("bpkit conform judges one client session at a time");
      return false;
    }
    this.accepted = true;
    this.started = Date.now();
    const recording = new RecordingConnection(connection, (dir, frame) =>
      this.traffic.push({ dir, t: Date.now() - this.started, frame }),
    );
    this.recording = recording;
    recording.once("close", (reason) => this.finish(`connection closed: ${reason}`));
    this.server.connect(recording);
    return true;
  }

  /** Stop waiting: judge what was recorded so far. */
  stop(reason = "stopped"): void {
    this.finish(reason);
  }

  private judge(ended: string): ClientRunReport {
    const results: CheckResult[] = [];
    const rule = (id: ClientRule, version: SpecVersion | null, status: CheckResult["status"], reason?: string) =>
      results.push({
        check: id,
        title: CLIENT_RULES[id].title,
        spec: CLIENT_RULES[id].spec,
        version,
        status,
        ...(reason ? { reason } : {}),
      });

    const clientFrames = this.traffic.filter((r) => r.dir === "c2s");
    // The session checker of the version the handshake asked for, over the whole recorded session.
    let version: SpecVersion | null = null;
    let clientName: string | undefined;
    for (const r of clientFrames) {
      try {
        const handshake = handshakeIn(JSON.parse(r.frame));
        if (handshake === undefined) continue;
        const asked = versionOfHandshake(handshake);
        if (typeof asked !== "string") version = asked;
        if (isObject(handshake) && typeof handshake.ClientName === "string") clientName = handshake.ClientName;
        break;
      } catch {}
    }
    const problems: Array<Problem & { frame: string }> = [];
    if (version !== null) {
      const checker = new SessionChecker(version);
      this.traffic.forEach((r, i) => {
        const out: Problem[] = [];
        let frame: unknown;
        try {
          frame = JSON.parse(r.frame);
        } catch {
          checker.check({ line: i + 1, dir: r.dir, t: r.t, error: `frame is not JSON: ${shorten(r.frame, 200)}` }, out);
        }
        if (frame !== undefined) checker.check({ line: i + 1, dir: r.dir, t: r.t, frame }, out);
        for (const p of out) if (p.severity === "error") problems.push({ ...p, frame: r.frame });
      });
    }
    const clientProblem = (p: Problem) => this.traffic[p.line - 1]?.dir === "c2s";
    const describe = (p: Problem & { frame: string }) =>
      `${p.text}${p.pointer ? ` (${p.pointer})` : ""} in ${shorten(p.frame)}`;

    // Handshake first.
    const first = clientFrames[0] ? messagesOf(clientFrames[0].frame)[0] : undefined;
    if (!first) rule("client.handshake-first", version, "fail", "the client sent nothing");
    else if (first.name !== "RequestServerInfo")
      rule(
        "client.handshake-first",
        version,
        "fail",
        `first message is ${first.name}: ${shorten(clientFrames[0]!.frame)}`,
      );
    else rule("client.handshake-first", version, "pass");

    // Ids: non-zero, never reused.
    const seen = new Map<number, string>();
    let idProblem: string | undefined;
    for (const r of clientFrames) {
      for (const m of messagesOf(r.frame)) {
        const id = m.body.Id;
        if (typeof id !== "number") continue;
        if (id === 0) idProblem ??= `${m.name} with Id 0: ${shorten(r.frame)}`;
        else if (seen.has(id))
          idProblem ??= `Id ${id} used again by ${m.name} (first by ${seen.get(id)}): ${shorten(r.frame)}`;
        else seen.set(id, m.name);
      }
    }
    rule("client.ids", version, idProblem ? "fail" : "pass", idProblem);

    // Removed devices: what the server announced, in frame order.
    const present = new Set<number>();
    const removedAt = new Map<number, number>();
    let removal: string | undefined;
    for (const r of this.traffic) {
      for (const m of messagesOf(r.frame)) {
        if (r.dir === "s2c") {
          if (m.name === "DeviceAdded" && typeof m.body.DeviceIndex === "number") {
            present.add(m.body.DeviceIndex);
            removedAt.delete(m.body.DeviceIndex);
          } else if (m.name === "DeviceRemoved" && typeof m.body.DeviceIndex === "number") {
            present.delete(m.body.DeviceIndex);
            removedAt.set(m.body.DeviceIndex, r.t);
          } else if (m.name === "DeviceList") {
            const list = m.body.Devices;
            const now = new Set(
              (Array.isArray(list) ? list : isObject(list) ? Object.values(list) : [])
                .filter(isObject)
                .map((d) => d.DeviceIndex as number),
            );
            for (const index of present) if (!now.has(index)) removedAt.set(index, r.t);
            present.clear();
            for (const index of now) {
              present.add(index);
              removedAt.delete(index);
            }
          }
        } else if (
          typeof m.body.DeviceIndex === "number" &&
          removedAt.has(m.body.DeviceIndex) &&
          r.t - removedAt.get(m.body.DeviceIndex)! > REMOVAL_GRACE_MS
        ) {
          removal ??= `${m.name} to device ${m.body.DeviceIndex}, ${r.t - removedAt.get(m.body.DeviceIndex)!} ms after its removal was announced: ${shorten(r.frame)}`;
        }
      }
    }
    const everRemoved = this.traffic.some(
      (r) => r.dir === "s2c" && /DeviceRemoved|"DeviceList":\{"Id":0/.test(r.frame),
    );
    if (removal) rule("client.removed-devices", version, "fail", removal);
    else
      rule(
        "client.removed-devices",
        version,
        everRemoved ? "pass" : "skip",
        everRemoved
          ? undefined
          : "no device was removed during the session (the stroker arrives when the client scans)",
      );

    // Session checker findings on the client's messages, by rule.
    const mine = problems.filter(clientProblem);
    // Pings and the handshake have rules of their own; a removed device's index is client.removed-devices'.
    const isDevice = (p: Problem) => p.rule === "device" || p.rule === "feature" || p.rule === "range";
    const toRemoved = (p: Problem) => p.rule === "device" && typeof p.actual === "number" && removedAt.has(p.actual);
    const ranges = mine.filter((p) => isDevice(p) && !toRemoved(p));
    const other = mine.filter((p) => !isDevice(p) && p.rule !== "ping" && p.rule !== "handshake");
    rule("client.ranges", version, ranges.length ? "fail" : "pass", ranges[0] && describe(ranges[0]));
    if (version === null)
      rule(
        "client.messages",
        version,
        "skip",
        "no RequestServerInfo with a readable spec version: nothing to check the messages against",
      );
    else rule("client.messages", version, other.length ? "fail" : "pass", other[0] && describe(other[0]));

    // Pings: the gaps between ServerInfo, each Ping and the end of the session.
    const maxPingTime = this.options.maxPingTime;
    if (maxPingTime <= 0) rule("client.pings", version, "skip", "the script has no ping deadline (MaxPingTime 0)");
    else {
      const serverInfo = this.traffic.find((r) => r.dir === "s2c" && r.frame.includes('"ServerInfo"'));
      const pings = clientFrames.filter((r) => messagesOf(r.frame).some((m) => m.name === "Ping")).map((r) => r.t);
      const end = this.traffic.at(-1)?.t ?? 0;
      const droppedByWatchdog =
        /ping|MaxPingTime/i.test(ended) ||
        this.traffic.some((r) => r.dir === "s2c" && r.frame.includes('"ErrorCode":2'));
      let late: string | undefined;
      if (serverInfo) {
        let last = serverInfo.t;
        for (const t of [...pings.filter((p) => p >= serverInfo.t), end]) {
          const gap = `no Ping for ${t - last} ms (from ${last} ms to ${t} ms into the session), MaxPingTime ${maxPingTime} ms`;
          if (t - last > maxPingTime) late ??= gap;
          // The watchdog's own timer starts before ServerInfo is recorded, so the gap it ends can read as
          // exactly MaxPingTime or a millisecond under it: name that gap, whichever timer won the race.
          else if (droppedByWatchdog && t === end) late ??= `${gap}: the server's ping watchdog dropped the client`;
          last = t;
        }
      }
      if (droppedByWatchdog) late ??= "the server's ping watchdog dropped the client";
      rule(
        "client.pings",
        version,
        late ? "fail" : serverInfo ? "pass" : "skip",
        late ?? (serverInfo ? undefined : "no handshake"),
      );
    }

    // After the scripted device hiccup (not an Error the client caused itself): the session goes on.
    const errorAt = this.traffic.findIndex(
      (r) => r.dir === "s2c" && r.frame.includes(HICCUP) && messagesOf(r.frame).some((m) => m.name === "Error"),
    );
    if (errorAt < 0)
      rule(
        "client.after-error",
        version,
        "skip",
        "the client never got the scripted Error (the vibrator's first output command fails)",
      );
    else {
      const later = this.traffic
        .slice(errorAt + 1)
        .filter((r) => r.dir === "c2s" && messagesOf(r.frame).some((m) => m.name !== "Ping"));
      rule(
        "client.after-error",
        version,
        later.length ? "pass" : "fail",
        later.length
          ? undefined
          : `no request after the Error ${shorten(this.traffic[errorAt]!.frame)} (the session ended: ${ended})`,
      );
    }
    return { version, ...(clientName !== undefined ? { clientName } : {}), ended, results, traffic: this.traffic };
  }
}
