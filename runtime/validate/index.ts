/**
 * Validate a logged Buttplug session as a stream: problems are handed out as they are found, so
 * memory does not grow with the log.
 */
import type { Readable } from "node:stream";
import type { SpecVersion } from "../../generated";
import { readLog, UsageError, type LogEntry, type LogFormat, type ProgressCallback } from "./log-reader";
import { handshakeIn, SessionChecker, versionOfHandshake, type Problem } from "./session-checker";

export { detectFormat, LOG_FORMATS, readLog, UsageError, type LogEntry, type LogFormat } from "./log-reader";
export { SessionChecker, type Problem, type Severity } from "./session-checker";

export interface ValidateLogOptions {
  /** Force a format instead of detecting it. */
  format?: LogFormat;
  /** Force a spec version instead of reading it from the handshake. */
  spec?: SpecVersion;
  /** Receives each problem as it is found. */
  onProblem: (problem: Problem) => void;
  onProgress?: ProgressCallback;
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

  let checker = options.spec !== undefined ? new SessionChecker(options.spec) : undefined;
  const waiting: LogEntry[] = [];
  const reader = readLog(input, options.format, options.onProgress);
  let format: LogFormat | undefined = options.format;

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
        const version = versionOfHandshake(handshake);
        if (typeof version === "string") {
          throw new UsageError(`line ${entry.line}: cannot tell the spec version from the handshake: ${version}; pass --spec N`);
        }
        checker = new SessionChecker(version);
        for (const w of waiting) checker.check(w, scratch);
        waiting.length = 0;
        flush();
      } else if (waiting.length >= HANDSHAKE_SEARCH_LIMIT) {
        throw new UsageError(
          `no RequestServerInfo handshake in the first ${HANDSHAKE_SEARCH_LIMIT} records, so the spec version is unknown; pass --spec N (0–4)`,
        );
      }
    }
  }
  if (!checker) {
    throw new UsageError("the log has no RequestServerInfo handshake, so the spec version is unknown; pass --spec N (0–4)");
  }
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
