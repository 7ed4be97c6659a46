/**
 * Validate a logged Buttplug session as a stream: problems are handed out as they are found, so
 * memory does not grow with the log.
 */
import type { Readable } from "node:stream";
import type { SpecVersion } from "../../generated";
import { readLog, UsageError, type LogEntry, type LogFormat, type ProgressCallback } from "./log-reader";
import { handshakeIn, serverInfoVersionIn, SessionChecker, versionOfHandshake, type Problem } from "./session-checker";

export {
  DEFAULT_MAX_LINE_BYTES,
  detectFormat,
  LOG_FORMATS,
  readLog,
  UsageError,
  type LogEntry,
  type LogFormat,
} from "./log-reader";
export { SessionChecker, type Problem, type RuleCode, type Severity } from "./session-checker";

export interface ValidateLogOptions {
  /** Force a format instead of detecting it. */
  format?: LogFormat;
  /** Force a spec version instead of reading it from the handshake. */
  spec?: SpecVersion;
  /** Receives each problem as it is found. */
  onProblem: (problem: Problem) => void;
  onProgress?: ProgressCallback;
  /** Longer lines (and HAR websocket messages) are reported and skipped; default 16 MiB. */
  maxLineBytes?: number;
  /**
   * Awaited after each batch of records, before the next is read: lets a caller flush the problems
   * it buffered and wait for its output to drain, so a slow reader of the output bounds memory.
   */
  afterBatch?: () => void | Promise<void>;
}

export interface ValidateLogSummary {
  format: LogFormat;
  /** The spec version checked against (of the first session); undefined when it could not be told. */
  version: SpecVersion | undefined;
  /** Where the version came from. */
  versionFrom: "handshake" | "ServerInfo" | "--spec" | "unknown";
  /** Websocket connections in the log (HAR: one per connection; lines and jsonl: 1). */
  sessions: number;
  frames: number;
  messages: number;
  errors: number;
  warnings: number;
  notes: number;
}

/** Problems held back to keep line order; past this many the oldest go out anyway. */
const MAX_HELD_PROBLEMS = 10_000;

/** How many records may come before the handshake while we look for it. */
const HANDSHAKE_SEARCH_LIMIT = 10_000;

/**
 * One session of the log: records are held until its version is known (from the handshake, the
 * server's ServerInfo, or --spec), then checked as they come.
 */
class SessionRun {
  checker: SessionChecker | undefined;
  versionFrom: ValidateLogSummary["versionFrom"] = "unknown";
  /** The version cannot be told: records are counted, not checked (the reason was reported). */
  unchecked = false;
  uncheckedFrames = 0;
  private readonly waiting: LogEntry[] = [];
  /** An unreadable RequestServerInfo: its line and why. */
  private brokenHandshake: { line: number; reason: string } | undefined;
  /** A record before the version was known failed to parse (perhaps the handshake itself). */
  private unreadableRecord = false;

  constructor(
    private readonly spec: SpecVersion | undefined,
    private readonly session: number | undefined,
    private readonly out: Problem[],
  ) {}

  add(entry: LogEntry): void {
    if (this.checker) {
      this.checker.check(entry, this.out);
      return;
    }
    if (this.unchecked) {
      if (entry.frame !== undefined) this.uncheckedFrames++;
      return;
    }
    this.waiting.push(entry);
    if (entry.error !== undefined) this.unreadableRecord = true;
    const frame = entry.frame;
    const handshake = frame !== undefined ? handshakeIn(frame) : undefined;
    if (handshake !== undefined && this.brokenHandshake === undefined) {
      const asked = versionOfHandshake(handshake);
      if (this.spec !== undefined) {
        const warning =
          asked !== this.spec
            ? ({
                severity: "warning",
                rule: "version",
                line: entry.line,
                message: "RequestServerInfo",
                expected: this.spec,
                actual: typeof asked === "string" ? undefined : asked,
                text: `--spec ${this.spec} disagrees with the handshake, which ${typeof asked === "string" ? `cannot be read (${asked})` : `asks for spec v${asked}`}; checking against v${this.spec}`,
              } satisfies Problem)
            : undefined;
        this.start(this.spec, "--spec", {}, warning ? { entry, problem: warning } : undefined);
        return;
      }
      if (typeof asked !== "string") {
        this.start(asked, "handshake", {});
        return;
      }
      // An unreadable version is a broken log, not a usage error: the server's ServerInfo may still tell.
      this.brokenHandshake = { line: entry.line, reason: asked };
    }
    const named = frame !== undefined && (entry.dir ?? "s2c") === "s2c" ? serverInfoVersionIn(frame) : undefined;
    if (named !== undefined && handshake === undefined) {
      const version = this.spec ?? named;
      if (this.brokenHandshake) this.start(version, this.spec !== undefined ? "--spec" : "ServerInfo", {});
      else {
        // The session starts in the log, but without a readable RequestServerInfo before the reply.
        const lost: Problem | undefined = this.unreadableRecord
          ? undefined
          : {
              severity: "error",
              rule: "handshake",
              line: entry.line,
              message: "ServerInfo",
              text: "ServerInfo without a RequestServerInfo before it: the handshake must come first",
            };
        this.start(
          version,
          this.spec !== undefined ? "--spec" : "ServerInfo",
          { handshakeLost: true },
          lost ? { entry, problem: lost } : undefined,
        );
      }
      return;
    }
    if (this.waiting.length >= HANDSHAKE_SEARCH_LIMIT) this.noHandshake(true);
  }

  /** The session's records end. */
  end(): void {
    if (!this.checker && !this.unchecked) this.noHandshake(false);
    this.checker?.finish(this.out);
  }

  private start(
    version: SpecVersion,
    from: ValidateLogSummary["versionFrom"],
    options: { assumeHandshake?: boolean; handshakeLost?: boolean },
    extra?: { entry: LogEntry; problem: Problem },
  ): void {
    this.versionFrom = from;
    this.checker = new SessionChecker(version, { ...options, session: this.session });
    for (const w of this.waiting) {
      if (extra && w === extra.entry)
        this.out.push({ ...extra.problem, ...(this.session !== undefined ? { session: this.session } : {}) });
      this.checker.check(w, this.out);
    }
    this.waiting.length = 0;
  }

  /** No handshake in the log's head: with --spec, the log starts mid-session. */
  private noHandshake(limitReached: boolean): void {
    if (this.brokenHandshake) {
      const { line, reason } = this.brokenHandshake;
      if (this.spec === undefined) {
        // Nothing tells the version: report the broken handshake where it is and count the rest.
        this.unchecked = true;
        for (const w of this.waiting) {
          if (w.error !== undefined)
            this.out.push({ severity: "error", rule: w.limit ? "limit" : "parse", line: w.line, text: w.error });
          if (w.line === line) {
            this.out.push({
              severity: "error",
              rule: "handshake",
              line,
              message: "RequestServerInfo",
              text: `cannot tell the spec version from the handshake: ${reason}; the log is not checked further (pass --spec N to check it as version N)`,
            });
          }
          if (w.frame !== undefined) this.uncheckedFrames++;
        }
        this.waiting.length = 0;
        return;
      }
    }
    if (this.spec === undefined) {
      throw new UsageError(
        limitReached
          ? `no RequestServerInfo handshake in the first ${HANDSHAKE_SEARCH_LIMIT} records, so the spec version is unknown; pass --spec N (0–4)`
          : "the log has no RequestServerInfo handshake, so the spec version is unknown; pass --spec N (0–4)",
      );
    }
    this.start(this.spec, "--spec", { assumeHandshake: true });
  }
}

/**
 * Validate a log read from `input`, handing each problem to `onProblem` as it is found. Throws
 * UsageError when the log's format cannot be told, or its spec version cannot be told and the log
 * gives no sign of where its session starts (and --spec was not given). A HAR holding several
 * websocket connections is checked as several sessions.
 */
export async function validateLog(input: Readable, options: ValidateLogOptions): Promise<ValidateLogSummary> {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  const scratch: Problem[] = [];
  // Problems are handed out in line order: a "never answered" warning names an earlier line than
  // the problems found since, so those wait (bounded) until no unanswered request is older.
  let held: Problem[] = [];
  let heldHead = 0;
  const emit = (p: Problem) => {
    if (p.severity === "error") errors++;
    else if (p.severity === "warning") warnings++;
    else notes++;
    options.onProblem(p);
  };
  const flush = (all = false) => {
    for (const p of scratch) {
      let at = held.length;
      while (at > heldHead && held[at - 1]!.line > p.line) at--;
      if (at === held.length) held.push(p);
      else held.splice(at, 0, p);
    }
    scratch.length = 0;
    const bound = all ? Infinity : (run?.checker?.oldestUnansweredLine() ?? Infinity);
    while (heldHead < held.length && (held[heldHead]!.line < bound || held.length - heldHead > MAX_HELD_PROBLEMS))
      emit(held[heldHead++]!);
    if (heldHead === held.length) {
      held = [];
      heldHead = 0;
    } else if (heldHead > 1024 && heldHead * 2 > held.length) {
      held = held.slice(heldHead);
      heldHead = 0;
    }
  };

  const reader = readLog(input, {
    format: options.format,
    onProgress: options.onProgress,
    maxLineBytes: options.maxLineBytes,
  });
  let format: LogFormat | undefined = options.format;
  let run: SessionRun | undefined;
  let currentSession: number | undefined;
  let sessions = 0;
  let frames = 0;
  let messages = 0;
  let first: { version: SpecVersion | undefined; from: ValidateLogSummary["versionFrom"] } | undefined;
  const endRun = () => {
    if (!run) return;
    run.end();
    first ??= { version: run.checker?.version, from: run.versionFrom };
    frames += (run.checker?.frames ?? 0) + run.uncheckedFrames;
    messages += run.checker?.messages ?? 0;
    flush(true);
  };

  for (;;) {
    const next = await reader.next();
    if (next.done) {
      format = next.value;
      break;
    }
    for (const entry of next.value) {
      // Records that belong to no connection (a malformed _webSocketMessages value) join the current one.
      if (!run || (entry.session !== undefined && entry.session !== currentSession && entry.session > 0)) {
        endRun();
        currentSession = entry.session;
        sessions++;
        run = new SessionRun(
          options.spec,
          entry.session !== undefined && entry.session > 0 ? entry.session : undefined,
          scratch,
        );
      }
      run.add(entry);
      if (scratch.length) flush();
    }
    await options.afterBatch?.();
  }
  if (!run) {
    sessions = 1;
    run = new SessionRun(options.spec, undefined, scratch);
  }
  endRun();
  return {
    format: format ?? "lines",
    version: first?.version,
    versionFrom: first?.from ?? "unknown",
    sessions,
    frames,
    messages,
    errors,
    warnings,
    notes,
  };
}
