/**
 * Reads Buttplug message logs as a stream of entries, in any of the three formats `bpkit validate`
 * accepts, without holding the log in memory:
 *   lines — one wire frame (JSON array) per line;
 *   jsonl — one object per line: {"dir": "c2s" | "s2c", "t": <ms, optional>, "session": <optional>, "frame": [...]};
 *   har   — a HAR file from browser dev tools; its `_webSocketMessages` (send = client→server).
 */
import type { Readable } from "node:stream";
import { HarWebSocketExtractor, type HarElement } from "./har-stream";
import { errorText } from "../errors";

/** A problem with the request itself (not with the log's content): the CLI exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export type LogFormat = "lines" | "jsonl" | "har";
export const LOG_FORMATS: LogFormat[] = ["lines", "jsonl", "har"];

/** Direction of a frame: client→server or server→client. */
export type Direction = "c2s" | "s2c";

/** One frame of the log, or the reason a record could not be read. */
export interface LogEntry {
  /** 1-based line of the record in the file. */
  line: number;
  /** Direction as the log states it (jsonl, har); undefined in the lines format. */
  dir?: Direction;
  /** Timestamp in milliseconds, when the log has one. */
  t?: number;
  /** The wire frame, when the record could be read. */
  frame?: unknown;
  /** Why the record could not be read (unparsable JSON, a jsonl record without a frame, …). */
  error?: string;
  /** What kind of failure `error` is: unreadable (default) or over a bound (--max-line-bytes, depth). */
  limit?: "size" | "depth";
  /**
   * Which client connection of the log the record belongs to, from 1: HAR, one per
   * `_webSocketMessages`; JSON Lines, one per value of the records' `session`.
   */
  session?: number;
}

/** How HAR documents start (Chrome and Firefox write "log" first, pretty-printed or not). */
const HAR_START = /^\s*\{\s*"log"\s*:/;

/** How much of the log's start may be read to find a line that tells its format. */
const HEAD_LIMIT = 1024 * 1024;

/**
 * Guess the format from the start of the file, going by the first line that parses: an array is a
 * frame per line; an object is a JSON Lines record (or a one-line HAR document, when it has "log").
 * Unparsable lines before it are skipped here (the reader reports them). A document starting with
 * {"log": is HAR, even when pretty-printed so that no line parses on its own.
 */
export function detectFormat(head: string): LogFormat | undefined {
  const text = head.replace(/^\uFEFF/, "");
  if (HAR_START.test(text)) return "har";
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    const first = line.charCodeAt(0);
    if (first !== 0x5b && first !== 0x7b) continue; // '[' or '{'
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    if (Array.isArray(value)) return "lines";
    if (value && typeof value === "object") return "log" in value && !("frame" in value) ? "har" : "jsonl";
  }
  // a pretty-printed HAR whose "log" is not the first key
  return text.trimStart().startsWith("{") && /"log"\s*:/.test(text) ? "har" : undefined;
}

const NOTHING_PARSES = "no line is a JSON frame, a JSON Lines record or the start of a HAR document";

/** Whether text starts like a HAR document: one object with a "log" key. */
function isHarStart(head: string): boolean {
  const text = head.replace(/^\uFEFF/, "");
  return HAR_START.test(text) || (text.trimStart().startsWith("{") && /"log"\s*:/.test(text));
}

/**
 * A jsonl record reader. Records carry an optional `session` (bpkit's --record writes one per client
 * connection); each change of its value starts the next session, numbered from 1 in file order.
 */
function jsonlEntries(): (text: string, line: number) => LogEntry {
  let current: unknown;
  let sessions = 0;
  return (text, line) => {
    const entry = jsonlEntry(text, line);
    if (entry.sessionKey === undefined) return entry;
    if (sessions === 0 || entry.sessionKey !== current) {
      current = entry.sessionKey;
      sessions++;
    }
    entry.session = sessions;
    return entry;
  };
}

/** Parse one jsonl record into an entry, with its `session` value as written. */
function jsonlEntry(text: string, line: number): LogEntry & { sessionKey?: string | number } {
  const deep = tooDeep(text, MAX_FRAME_DEPTH);
  if (deep) return { line, error: deep, limit: "depth" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { line, error: `not JSON: ${errorText(e)}` };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { line, error: 'a JSON Lines record must be an object {"dir": "c2s"|"s2c", "t"?: ms, "frame": [...]}' };
  }
  const record = value as { dir?: unknown; t?: unknown; session?: unknown; frame?: unknown };
  if (record.dir !== "c2s" && record.dir !== "s2c") {
    return { line, error: `"dir" must be "c2s" or "s2c", got ${JSON.stringify(record.dir)}` };
  }
  if (record.t !== undefined && (typeof record.t !== "number" || !Number.isFinite(record.t))) {
    return { line, dir: record.dir, error: `"t" must be a number of milliseconds, got ${JSON.stringify(record.t)}` };
  }
  if (!("frame" in record)) return { line, dir: record.dir, error: 'record has no "frame"' };
  const session = record.session;
  if (
    session !== undefined &&
    typeof session !== "string" &&
    (typeof session !== "number" || !Number.isFinite(session))
  )
    return {
      line,
      dir: record.dir,
      error: `"session" must be a number or string naming the client connection, got ${JSON.stringify(session)}`,
    };
  return {
    line,
    dir: record.dir,
    t: record.t as number | undefined,
    frame: record.frame,
    ...(session !== undefined ? { sessionKey: session } : {}),
  };
}

function linesEntry(text: string, line: number): LogEntry {
  const deep = tooDeep(text, MAX_FRAME_DEPTH);
  if (deep) return { line, error: deep, limit: "depth" };
  try {
    return { line, frame: JSON.parse(text) };
  } catch (e) {
    return { line, error: `not JSON: ${errorText(e)}` };
  }
}

function harEntry(element: HarElement, maxDepth: number): LogEntry {
  const { line, connection: session } = element;
  if (element.error !== undefined) return { line, session, error: element.error, limit: element.limit };
  const m = element.value as { type?: unknown; time?: unknown; opcode?: unknown; data?: unknown };
  if (!m || typeof m !== "object" || Array.isArray(m))
    return { line, session, error: "a _webSocketMessages element must be an object" };
  const dir: Direction | undefined = m.type === "send" ? "c2s" : m.type === "receive" ? "s2c" : undefined;
  if (!dir)
    return {
      line,
      session,
      error: `_webSocketMessages type must be "send" or "receive", got ${JSON.stringify(m.type)}`,
    };
  if (m.time !== undefined && (typeof m.time !== "number" || !Number.isFinite(m.time))) {
    return {
      line,
      session,
      dir,
      error: `_webSocketMessages time must be seconds since the epoch, got ${JSON.stringify(m.time)}`,
    };
  }
  const t = typeof m.time === "number" ? harTimeMs(m.time) : undefined;
  // opcode 1 = text, 2 = binary (RFC 6455 §5.2); Buttplug frames are text
  if (m.opcode !== undefined && m.opcode !== 1) {
    return {
      line,
      session,
      dir,
      t,
      error: `_webSocketMessages opcode ${JSON.stringify(m.opcode)} is not a text frame (1); Buttplug frames are JSON text`,
    };
  }
  if (typeof m.data !== "string")
    return {
      line,
      session,
      dir,
      t,
      error: `_webSocketMessages data must be the frame's text, got ${describeJson(m.data)}`,
    };
  const deep = tooDeep(m.data, maxDepth);
  if (deep) return { line, session, dir, t, error: deep, limit: "depth" };
  try {
    return { line, session, dir, t, frame: JSON.parse(m.data) };
  } catch (e) {
    return { line, session, dir, t, error: `websocket message is not JSON: ${errorText(e)}` };
  }
}

/**
 * A `_webSocketMessages` time in milliseconds. Chrome's dev tools write seconds since the epoch,
 * Playwright's `recordHar` milliseconds since the epoch (and -1 with `omitTiming`): no wall clock
 * in seconds reaches 1e11 (the year 5138), every one in milliseconds since 1974 does.
 */
function harTimeMs(time: number): number | undefined {
  if (time < 0) return undefined;
  return time >= 1e11 ? time : time * 1000;
}

function describeJson(value: unknown): string {
  return value === undefined ? "nothing" : Array.isArray(value) ? "an array" : value === null ? "null" : typeof value;
}

/** Wire frames are a few levels deep; JSON.parse of a deeply nested line costs hundreds of bytes per level. */
export const MAX_FRAME_DEPTH = 100;
/** Lines shorter than this cannot nest deep enough to matter, so they skip the depth scan. */
const DEPTH_SCAN_FROM = 4096;

/** Why `text` is too deeply nested to parse, or undefined. Only long texts are scanned. */
function tooDeep(text: string, maxDepth: number): string | undefined {
  if (text.length < DEPTH_SCAN_FROM) return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // skip the string: to the next quote not escaped by an odd run of backslashes
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return `nested deeper than ${maxDepth} levels; skipped`;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}

/** Progress callback: bytes consumed so far. */
export type ProgressCallback = (bytesRead: number) => void;

/** The default bound on one record (a line, or a HAR websocket message): the bpkit client's largest frame. */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

/** How readLog reads. */
export interface ReadLogOptions {
  /** Force a format instead of detecting it. */
  format?: LogFormat;
  onProgress?: ProgressCallback;
  /** Longer records are reported and skipped (default DEFAULT_MAX_LINE_BYTES). */
  maxLineBytes?: number;
}

const NEWLINE = 0x0a;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Splits byte chunks into lines without copying or rescanning what came before: each chunk is
 * searched once for newlines; a line split across chunks is kept as parts and joined once. A line
 * longer than `maxBytes` is dropped as soon as it passes the bound (one problem), and the rest of it
 * is skipped up to its newline, so memory stays bounded by `maxBytes`.
 */
class LineSplitter {
  line = 0;
  private parts: Buffer[] = [];
  private partBytes = 0;
  private skipping = false;

  constructor(
    private readonly maxBytes: number,
    private readonly entry: (text: string, line: number) => LogEntry,
  ) {}

  push(chunk: Buffer, out: LogEntry[]): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, start);
      if (nl < 0) {
        this.keep(chunk.subarray(start), out);
        return;
      }
      this.line++;
      if (this.skipping) this.skipping = false;
      else if (this.partBytes + (nl - start) > this.maxBytes) {
        this.parts = [];
        this.partBytes = 0;
        out.push(this.overlong());
      } else {
        const text =
          this.parts.length === 0 ? chunk.toString("utf8", start, nl) : this.joined(chunk.subarray(start, nl));
        this.emit(text, out);
      }
      start = nl + 1;
    }
  }

  /** The log ended: its last line may lack a newline. */
  end(out: LogEntry[]): void {
    if (this.skipping || this.parts.length === 0) return;
    this.line++;
    this.emit(this.joined(Buffer.alloc(0)), out);
  }

  private keep(rest: Buffer, out: LogEntry[]): void {
    if (this.skipping || rest.length === 0) return;
    if (this.partBytes + rest.length > this.maxBytes) {
      this.parts = [];
      this.partBytes = 0;
      this.skipping = true;
      out.push({ ...this.overlong(), line: this.line + 1 });
      return;
    }
    this.parts.push(rest);
    this.partBytes += rest.length;
  }

  private overlong(): LogEntry {
    return {
      line: this.line,
      limit: "size",
      error: `line longer than ${this.maxBytes} bytes (--max-line-bytes); skipped`,
    };
  }

  private joined(last: Buffer): string {
    this.parts.push(last);
    const text = Buffer.concat(this.parts, this.partBytes + last.length).toString("utf8");
    this.parts = [];
    this.partBytes = 0;
    return text;
  }

  private emit(text: string, out: LogEntry[]): void {
    const raw = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
    if (raw.trim() !== "") out.push(this.entry(raw, this.line));
  }
}

/**
 * Read entries in batches. `format` undefined means auto-detect from the log's head; an
 * undetectable start throws (a usage problem, not a validation finding). Lines and JSON Lines are
 * read as bytes (decoded line by line); HAR is decoded as a stream of text.
 */
export async function* readLog(input: Readable, options: ReadLogOptions = {}): AsyncGenerator<LogEntry[], LogFormat> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let chosen = options.format;
  let bytes = 0;
  /** The head, kept until it tells the format (at most HEAD_LIMIT plus one chunk). */
  let head: Buffer[] = [];
  let headBytes = 0;
  let splitter: LineSplitter | undefined;
  let har: HarWebSocketExtractor | undefined;
  let decoder: TextDecoder | undefined;
  let harEntries = 0;
  /** The start of a HAR document, to tell a HAR without websocket messages from something else. */
  let harHead = "";

  const feed = (chunk: Buffer): LogEntry[] => {
    const out: LogEntry[] = [];
    if (chosen === "har") {
      if (!har) {
        har = new HarWebSocketExtractor(maxLineBytes);
        decoder = new TextDecoder("utf-8", { ignoreBOM: false });
        harHead = chunk.toString("utf8", 0, Math.min(chunk.length, 4096)).replace(/^\uFEFF/, "");
      }
      for (const e of har.push(decoder!.decode(chunk, { stream: true }))) out.push(harEntry(e, MAX_FRAME_DEPTH));
      harEntries += out.length;
    } else {
      if (!splitter) {
        splitter = new LineSplitter(maxLineBytes, chosen === "jsonl" ? jsonlEntries() : linesEntry);
        if (chunk.subarray(0, 3).equals(UTF8_BOM)) chunk = chunk.subarray(3);
      }
      splitter.push(chunk, out);
    }
    return out;
  };

  /** Whether the head (so far, or all of it at the end) tells the format. */
  const detect = (final: boolean): boolean => {
    const buffer = head.length === 1 ? head[0]! : Buffer.concat(head);
    head = [buffer];
    const text = buffer.toString("utf8");
    const cut = text.lastIndexOf("\n");
    chosen =
      final || headBytes >= HEAD_LIMIT
        ? detectFormat(text)
        : cut >= 0
          ? detectFormat(text.slice(0, cut + 1))
          : undefined;
    if (chosen || !(final || headBytes >= HEAD_LIMIT)) return chosen !== undefined;
    throw new UsageError(
      `cannot tell the log's format: ${NOTHING_PARSES} in ${final ? "it" : `its first ${HEAD_LIMIT / 1024} KiB`}; use --format lines|jsonl|har`,
    );
  };

  for await (const data of input as AsyncIterable<Buffer | string>) {
    const chunk = typeof data === "string" ? Buffer.from(data) : data;
    bytes += chunk.length;
    options.onProgress?.(bytes);
    if (!chosen) {
      head.push(chunk);
      headBytes += chunk.length;
      if (!detect(false)) continue;
      const whole = head[0]!;
      head = [];
      const found = feed(whole);
      if (found.length) yield found;
      continue;
    }
    const found = feed(chunk);
    if (found.length) yield found;
  }

  if (!chosen) {
    const text = head.length ? Buffer.concat(head).toString("utf8") : "";
    if (text.trim() === "") return options.format ?? "lines";
    detect(true);
    const found = feed(Buffer.concat(head));
    if (found.length) yield found;
  }
  if (chosen === "har") {
    if (harEntries === 0 && !isHarStart(harHead)) {
      const looks = detectFormat(harHead);
      throw new UsageError(
        `not a HAR document: a HAR file is one JSON object {"log": {...}} (dev tools → "Save all as HAR")` +
          (looks && looks !== "har"
            ? `; this looks like the ${looks} format (leave out --format, or use --format ${looks})`
            : ""),
      );
    }
    if (har?.unfinished)
      yield [{ line: har.currentLine, error: "the HAR document ends in the middle (truncated file?)" }];
    else if (harEntries === 0)
      yield [
        {
          line: 1,
          error:
            'the HAR file has no _webSocketMessages (was the websocket recorded? Playwright\'s recordHar embeds them only with content: "embed")',
        },
      ];
  } else if (splitter) {
    const found: LogEntry[] = [];
    splitter.end(found);
    if (found.length) yield found;
  }
  return chosen ?? "lines";
}
