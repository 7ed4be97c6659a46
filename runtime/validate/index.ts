/**
 * Validate a logged Buttplug session as a stream: problems are handed out as they are found, so
 * memory does not grow with the log.
 */
import type { Readable } from "node:stream";
import type { SpecVersion } from "../../generated";
import { readLog, UsageError, type LogEntry, type LogFormat, type ProgressCallback } from "./log-reader";
import { handshakeIn, SessionChecker, versionOfHandshake, type Problem } from "./session-checker";

export { DEFAULT_MAX_LINE_BYTES, detectFormat, LOG_FORMATS, readLog, UsageError, type LogEntry, type LogFormat } from "./log-reader";
export { SessionChecker, type Problem, type Severity } from "./session-checker";

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
  version: SpecVersion;
  /** Where the version came from. */
  versionFrom: "handshake" | "--spec";
  frames: number;
  messages: number;
  errors: number;
  warnings: number;
}

/** How many records may come before the handshake while we look for it. */
const HANDSHAKE_SEARCH_LIMIT = 10_000;

/**
 * Validate a log read from `input`, handing each problem to `onProblem` as it is found. Throws
 * UsageError when the log's format or spec version cannot be told (and --spec was not given).
 */
export async function validateLog(input: Readable, options: ValidateLogOptions): Promise<ValidateLogSummary> {
  let errors = 0;
  let warnings = 0;
  const report = (p: Problem) => {
    if (p.severity === "error") errors++;
    else warnings++;
    options.onProblem(p);
  };
  const scratch: Problem[] = [];
  const flush = () => {
    for (const p of scratch) report(p);
    scratch.length = 0;
  };

  let checker: SessionChecker | undefined;
  // Records held while looking for the handshake, which names the version (or, with --spec,
  // tells whether the log starts with the session or in its middle).
  const waiting: LogEntry[] = [];
  const reader = readLog(input, { format: options.format, onProgress: options.onProgress, maxLineBytes: options.maxLineBytes });
  let format: LogFormat | undefined = options.format;

  /** No handshake in the log's head: with --spec, the log starts mid-session. */
  const startWithoutHandshake = (limitReached: boolean): SessionChecker => {
    if (options.spec === undefined) {
      throw new UsageError(
        limitReached
          ? `no RequestServerInfo handshake in the first ${HANDSHAKE_SEARCH_LIMIT} records, so the spec version is unknown; pass --spec N (0–4)`
          : "the log has no RequestServerInfo handshake, so the spec version is unknown; pass --spec N (0–4)",
      );
    }
    const started = new SessionChecker(options.spec, { assumeHandshake: true });
    for (const w of waiting) started.check(w, scratch);
    waiting.length = 0;
    flush();
    return started;
  };

  for (;;) {
    const next = await reader.next();
    if (next.done) {
      format = next.value;
      break;
    }
    for (const entry of next.value) {
      if (checker) {
        checker.check(entry, scratch);
        if (scratch.length) flush();
        continue;
      }
      waiting.push(entry);
      const handshake = entry.frame !== undefined ? handshakeIn(entry.frame) : undefined;
      if (handshake !== undefined) {
        const asked = versionOfHandshake(handshake);
        let disagreement: Problem | undefined;
        if (options.spec === undefined) {
          if (typeof asked === "string") {
            throw new UsageError(`line ${entry.line}: cannot tell the spec version from the handshake: ${asked}; pass --spec N`);
          }
          checker = new SessionChecker(asked);
        } else {
          checker = new SessionChecker(options.spec);
          if (asked !== options.spec) {
            const says = typeof asked === "string" ? `cannot be read (${asked})` : `asks for spec v${asked}`;
            disagreement = { line: entry.line, message: "RequestServerInfo", severity: "warning", text: `--spec ${options.spec} disagrees with the handshake, which ${says}; checking against v${options.spec}` };
          }
        }
        for (const w of waiting) {
          if (w === entry && disagreement) scratch.push(disagreement);
          checker.check(w, scratch);
        }
        waiting.length = 0;
        flush();
      } else if (waiting.length >= HANDSHAKE_SEARCH_LIMIT) {
        checker = startWithoutHandshake(true);
      }
    }
    await options.afterBatch?.();
  }
  checker ??= startWithoutHandshake(false);
  checker.finish(scratch);
  flush();
  return {
    format: format ?? "lines",
    version: checker.version,
    versionFrom: options.spec !== undefined ? "--spec" : "handshake",
    frames: checker.frames,
    messages: checker.messages,
    errors,
    warnings,
  };
}
