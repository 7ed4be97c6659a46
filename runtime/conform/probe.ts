/**
 * One conformance session against a server under test: a client that speaks raw frames, records
 * every frame both ways with its time, and hands each one to the session checker of its spec
 * version (runtime/validate), so anything the server sends that breaks the spec is found whatever
 * the check was about.
 */
import type { SpecVersion } from "../../generated";
import type { ButtplugConnector } from "../client/connector";
import type { FrameConnection } from "../transport/types";
import { SessionChecker, type Problem } from "../validate/session-checker";
import { errorText } from "../errors";

/** One message as received: its name and body. */
export interface Received {
  name: string;
  body: Record<string, unknown>;
  /** The whole frame it came in, as sent (for reasons). */
  frame: string;
}

/** One frame of the recorded traffic. */
export interface TrafficRecord {
  dir: "c2s" | "s2c";
  /** Milliseconds since the session opened. */
  t: number;
  frame: string;
}

/** A session checker finding the check itself caused, and so does not count against the server. */
export type ProblemFilter = (problem: Problem) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** How long to wait for anything by default: a reply, an event, a close. */
export const DEFAULT_REPLY_TIMEOUT_MS = 3000;

export class Probe {
  readonly traffic: TrafficRecord[] = [];
  /** Session checker problems (errors only), minus the ones the check expected. */
  readonly problems: Problem[] = [];
  readonly received: Received[] = [];
  closeReason: string | undefined;
  private readonly checker: SessionChecker;
  private readonly started = Date.now();
  private readonly expected: ProblemFilter[] = [];
  private waiters: Array<{ match: (m: Received) => boolean; resolve: (m: Received | undefined) => void }> = [];
  private closeWaiters: Array<() => void> = [];
  private nextIdValue = 1;
  private pinger: ReturnType<typeof setInterval> | undefined;

  private constructor(
    readonly version: SpecVersion,
    readonly connection: FrameConnection,
  ) {
    this.checker = new SessionChecker(version);
    connection.on("frame", (frame) => this.onFrame(frame));
    connection.on("close", (reason) => {
      this.closeReason = reason;
      this.stopPinging();
      for (const w of this.closeWaiters.splice(0)) w();
    });
  }

  /** Open a session (no handshake yet) through `connector`. */
  static async open(connector: ButtplugConnector, version: SpecVersion): Promise<Probe> {
    return new Probe(version, await connector.connect());
  }

  get closed(): boolean {
    return this.closeReason !== undefined;
  }

  /** A fresh request Id (1, 2, 3, …). */
  id(): number {
    return this.nextIdValue++;
  }

  /** Session checker findings matching `filter` are expected by the check (e.g. the Error Id 0 a bad frame gets). */
  expectProblems(filter: ProblemFilter): void {
    this.expected.push(filter);
    for (let i = this.problems.length - 1; i >= 0; i--) if (filter(this.problems[i]!)) this.problems.splice(i, 1);
  }

  /**
   * Send messages. `checkerSees` replaces what the session checker is told was sent, for frames the
   * check breaks on purpose (the checker would report the client; the server is under test); null
   * tells it nothing (a frame that is not JSON has no request to answer).
   */
  send(messages: unknown[], checkerSees?: unknown[] | null): void {
    this.sendRaw(JSON.stringify(messages), checkerSees === undefined ? messages : checkerSees);
  }

  /** Send text as it is (bad JSON, a frame of another version); `checkerSees` as in send(). */
  sendRaw(text: string, checkerSees?: unknown[] | null): void {
    if (this.closed) return;
    this.record("c2s", text, checkerSees);
    try {
      this.connection.send(text);
    } catch (error) {
      // An embedded server (the reference compiled to WASM) throws when it panics: the session is over.
      this.connection.close(`the server crashed: ${errorText(error)}`);
    }
  }

  /** Send and wait for the reply with the same Id as the first message. */
  async request(message: Record<string, unknown>, timeoutMs = DEFAULT_REPLY_TIMEOUT_MS): Promise<Received | undefined> {
    const body = Object.values(message)[0];
    const id = isObject(body) ? body.Id : undefined;
    const from = this.received.length;
    this.send([message]);
    return this.next((m) => m.body.Id === id, timeoutMs, from);
  }

  /** The first message received from `fromIndex` on that matches, or undefined after `timeoutMs` or on close. */
  next(
    match: (m: Received) => boolean,
    timeoutMs = DEFAULT_REPLY_TIMEOUT_MS,
    fromIndex = 0,
  ): Promise<Received | undefined> {
    const found = this.received.slice(fromIndex).find(match);
    if (found) return Promise.resolve(found);
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const waiter = {
        match,
        resolve: (m: Received | undefined) => {
          clearTimeout(timer);
          this.closeWaiters = this.closeWaiters.filter((w) => w !== onClose);
          resolve(m);
        },
      };
      const onClose = () => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(undefined);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(undefined);
      }, timeoutMs);
      this.waiters.push(waiter);
      this.closeWaiters.push(onClose);
    });
  }

  /** Resolves true once the connection is closed, false if it is still open after `timeoutMs`. */
  whenClosed(timeoutMs: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.closeWaiters = this.closeWaiters.filter((w) => w !== done);
        resolve(false);
      }, timeoutMs);
      this.closeWaiters.push(done);
    });
  }

  /** Keep the server's ping watchdog fed (a third of MaxPingTime); 0 = no watchdog, nothing to do. */
  startPinging(maxPingTime: number): void {
    this.stopPinging();
    if (maxPingTime <= 0) return;
    this.pinger = setInterval(
      () => this.send([{ Ping: { Id: this.id() } }]),
      Math.max(10, Math.floor(maxPingTime / 3)),
    );
  }

  stopPinging(): void {
    if (this.pinger) clearInterval(this.pinger);
    this.pinger = undefined;
  }

  /** Close from our side and hand the checker's end-of-session findings over. */
  close(): void {
    this.stopPinging();
    if (!this.closed) this.connection.close("conformance check done");
  }

  /** End-of-log findings (requests never answered are warnings, so they are not kept). */
  finish(): void {
    this.stopPinging();
    const out: Problem[] = [];
    this.checker.finish(out);
    this.keep(out);
  }

  private onFrame(frame: string): void {
    this.record("s2c", frame);
    let parsed: unknown;
    try {
      parsed = JSON.parse(frame);
    } catch {
      return; // the checker reports it
    }
    if (!Array.isArray(parsed)) return;
    for (const wrapped of parsed) {
      if (!isObject(wrapped) || Object.keys(wrapped).length !== 1) continue;
      const name = Object.keys(wrapped)[0]!;
      const body = wrapped[name];
      const message: Received = { name, body: isObject(body) ? body : {}, frame };
      this.received.push(message);
      const waiter = this.waiters.find((w) => w.match(message));
      if (waiter) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(message);
      }
    }
  }

  private record(dir: "c2s" | "s2c", text: string, checkerSees?: unknown[] | null): void {
    const t = Date.now() - this.started;
    this.traffic.push({ dir, t, frame: text });
    const line = this.traffic.length;
    const out: Problem[] = [];
    if (checkerSees === null) return;
    if (checkerSees !== undefined) this.checker.check({ line, dir, t, frame: checkerSees }, out);
    else {
      try {
        this.checker.check({ line, dir, t, frame: JSON.parse(text) }, out);
      } catch {
        this.checker.check({ line, dir, t, error: `frame is not JSON: ${text.slice(0, 200)}` }, out);
      }
    }
    this.keep(out);
  }

  private keep(out: Problem[]): void {
    for (const p of out) {
      if (p.severity !== "error") continue;
      if (this.expected.some((filter) => filter(p))) continue;
      this.problems.push(p);
    }
  }

  /** The recorded frame a session checker problem points at. */
  frameOf(problem: Problem): string | undefined {
    return this.traffic[problem.line - 1]?.frame;
  }
}
