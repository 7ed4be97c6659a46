/**
 * `bpkit validate <file|->`: check a third-party Buttplug message log against the spec.
 * Exit 0 valid, 1 invalid, 2 usage or I/O error.
 */
import { createReadStream, statSync } from "node:fs";
import type { Readable } from "node:stream";
import { LATEST_SPEC_VERSION, type SpecVersion } from "../generated/registry";
import {
  choiceFlag,
  type CommandSpec,
  integerFlag,
  type Parsed,
  parseOrExit,
  reportUsageError,
  switchFlag,
  UsageError,
} from "./args";
import {
  DEFAULT_MAX_LINE_BYTES,
  LOG_FORMATS,
  UsageError as LogUsageError,
  validateLog,
  type Problem,
} from "../runtime/validate";
import { errorText } from "../runtime/errors";

/** The `bpkit validate` command line. */
export const VALIDATE_COMMAND: CommandSpec = {
  command: "validate",
  operands: "<file | ->",
  maxPositionals: 1,
  missingOperand: "no log file given (use - for stdin)",
  description: `Check a Buttplug message log: every message against its spec version's schema, the direction of
each message, and the session's rules (handshake first, replies matching requests, Id 0 for server
events, device/feature indices the server announced, values inside advertised ranges, MaxPingTime,
unanswered requests).

Formats (detected from the first line that parses, unless --format is given):
  lines   one wire frame (JSON array) per line
  jsonl   one object per line: {"dir": "c2s"|"s2c", "t": <ms, optional>, "frame": [...]}; records with a
          "session" value (bpkit serve --record) start a new session at each change of it
  har     a HAR file saved from browser dev tools (its websocket messages; send = client→server)`,
  flags: [
    { name: "format", value: "lines|jsonl|har", help: "force the log format" },
    { name: "spec", value: "0-4", help: "spec version; without a handshake in the log, it starts mid-session" },
    { name: "json", help: "print a machine-readable JSON report on stdout" },
    { name: "max-problems", value: "n", help: "stop printing after n problems (counting goes on; default: all)" },
    {
      name: "max-line-bytes",
      value: "n",
      help: `longer lines (HAR: websocket messages) are reported and skipped\n(default ${DEFAULT_MAX_LINE_BYTES}, the bpkit client's largest frame)`,
    },
  ],
  footer: "Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage or I/O error.",
};

function describe(p: Problem): string {
  // a HAR's later websocket connections (reconnects) are sessions of their own
  const where = [
    p.session !== undefined && p.session > 1 ? `connection ${p.session}, line ${p.line}` : `line ${p.line}`,
  ];
  // the position says something only when the frame holds several messages
  if (p.position !== undefined && (p.frameMessages ?? 2) > 1) where.push(`message ${p.position}`);
  if (p.message) where.push(p.id !== undefined ? `${p.message} Id ${p.id}` : p.message);
  if (p.pointer) where.push(p.pointer);
  return `${p.severity}: ${where.join(", ")}: ${p.text}`;
}

/**
 * A problem as one `--json` record: every key always there (null when unknown), in this order, so
 * consumers can rely on the shape.
 */
function jsonRecord(p: Problem): string {
  return JSON.stringify({
    severity: p.severity,
    rule: p.rule,
    line: p.line,
    session: p.session ?? null,
    position: p.position ?? null,
    message: p.message ?? null,
    id: p.id ?? null,
    pointer: p.pointer ?? null,
    expected: p.expected ?? null,
    actual: p.actual ?? null,
    text: p.text,
  });
}

/** A one-line progress bar on stderr, redrawn at most ten times a second. */
function progressBar(total: number | undefined): { update(bytes: number): void; done(): void } {
  if (!process.stderr.isTTY || !total) return { update() {}, done() {} };
  let last = 0;
  return {
    update(bytes) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const fraction = Math.min(1, bytes / total);
      const width = 30;
      const filled = Math.round(fraction * width);
      process.stderr.write(
        `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% `,
      );
    },
    done() {
      process.stderr.write("\r\x1b[K");
    },
  };
}

/** Resolves when `stream` can take more output (or is gone, so waiting would never end). */
function waitForDrain(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}

function readValidateOptions(parsed: Parsed) {
  return {
    file: parsed.positionals[0]!,
    format: choiceFlag(parsed, "format", LOG_FORMATS),
    spec: integerFlag(parsed, "spec", undefined, 0, LATEST_SPEC_VERSION) as SpecVersion | undefined,
    maxProblems: integerFlag(parsed, "max-problems", Infinity, 0, Number.MAX_SAFE_INTEGER),
    maxLineBytes: integerFlag(parsed, "max-line-bytes", undefined, 1, Number.MAX_SAFE_INTEGER),
    json: switchFlag(parsed, "json"),
  };
}

/** Run `bpkit validate` with its arguments; resolves to the exit status. */
export async function run(argv: string[]): Promise<number> {
  const options = parseOrExit(VALIDATE_COMMAND, argv, readValidateOptions);
  if (typeof options === "number") return options;
  const { file, format, spec, maxProblems, maxLineBytes, json } = options;
  const usage = (message: string) => reportUsageError(VALIDATE_COMMAND, new UsageError(message));
  let input: Readable;
  let size: number | undefined;
  if (file === "-") {
    input = process.stdin;
  } else {
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return usage(`${file} is not a file`);
      size = stat.size;
    } catch (e) {
      console.error(`bpkit validate: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? errorText(e)}`);
      return 2;
    }
    // 256 KiB reads: smaller batches of parsed frames alive at once (lower peak RSS) and, measured, faster.
    input = createReadStream(file, { highWaterMark: 256 * 1024 });
  }

  // A reader that goes away (`bpkit validate big.jsonl | head`) is no error: validation goes on
  // without output, and the exit status is still the log's.
  let readerGone = false;
  const onStdoutError = (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") readerGone = true;
    else throw e;
  };
  process.stdout.on("error", onStdoutError);
  const bar = progressBar(size);
  let shown = 0;
  // Problems are buffered and written in blocks; between batches of records validateLog awaits
  // `drain`, so when stdout is slower than validation (a pipe to a slow reader) memory stays bounded.
  const out: string[] = [];
  let congested = false;
  const flushOut = () => {
    if (out.length === 0) return;
    if (!readerGone && !process.stdout.write(out.join(""))) congested = true;
    out.length = 0;
  };
  const write = (text: string) => {
    out.push(text);
    if (out.length >= 256) flushOut();
  };
  const drained = async () => {
    flushOut();
    if (!congested) return;
    congested = false;
    if (!readerGone) await waitForDrain(process.stdout);
  };
  if (json) write(`{"file":${JSON.stringify(file)},"problems":[`);
  try {
    const summary = await validateLog(input, {
      format,
      spec,
      maxLineBytes,
      onProgress: (bytes) => bar.update(bytes),
      afterBatch: drained,
      onProblem: (p) => {
        if (shown >= maxProblems) return;
        if (json) write(`${shown ? "," : ""}\n${jsonRecord(p)}`);
        else write(`${file === "-" ? "<stdin>" : file}: ${describe(p)}\n`);
        shown++;
      },
    });
    bar.done();
    const valid = summary.errors === 0;
    if (json) {
      const { format: logFormat, version, versionFrom, sessions, frames, messages, errors, warnings, notes } = summary;
      const ordered = {
        valid,
        format: logFormat,
        version: version ?? null,
        versionFrom,
        sessions,
        frames,
        messages,
        errors,
        warnings,
        notes,
        shownProblems: shown,
      };
      write(`\n],"summary":${JSON.stringify(ordered)}}\n`);
    } else {
      const hidden = summary.errors + summary.warnings + summary.notes - shown;
      if (hidden > 0) write(`… ${hidden} more problem(s) not shown (--max-problems ${maxProblems})\n`);
      write(
        `${valid ? "valid" : "INVALID"}: ${summary.frames} frame(s), ${summary.messages} message(s), ` +
          `${summary.errors} error(s), ${summary.warnings} warning(s) — ${summary.version === undefined ? "spec version unknown" : `spec v${summary.version} (from ${summary.versionFrom})`}` +
          `${summary.sessions > 1 ? `, ${summary.sessions} connections` : ""}, format ${summary.format}\n`,
      );
    }
    flushOut();
    return valid ? 0 : 1;
  } catch (e) {
    bar.done();
    if (!json) flushOut(); // half a JSON report would mislead a parser
    if (e instanceof LogUsageError) return usage(e.message);
    console.error(`bpkit validate: cannot read ${file}: ${errorText(e)}`);
    return 2;
  }
}
