/**
 * Reads Buttplug message logs as a stream of entries, in any of the three formats `bpkit validate`
 * accepts, without holding the log in memory:
 *   lines — one wire frame (JSON array) per line;
 *   jsonl — one object per line: {"dir": "c2s" | "s2c", "t": <ms, optional>, "frame": [...]};
 *   har   — a HAR file from browser dev tools; its `_webSocketMessages` (send = client→server).
 */
import type { Readable } from "node:stream";
import { HarWebSocketExtractor } from "./har-stream";

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

/** Parse one jsonl record into an entry. */
function jsonlEntry(text: string, line: number): LogEntry {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { line, error: `not JSON: ${(e as Error).message}` };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { line, error: 'a JSON Lines record must be an object {"dir": "c2s"|"s2c", "t"?: ms, "frame": [...]}' };
  }
  const record = value as { dir?: unknown; t?: unknown; frame?: unknown };
  if (record.dir !== "c2s" && record.dir !== "s2c") {
    return { line, error: `"dir" must be "c2s" or "s2c", got ${JSON.stringify(record.dir)}` };
  }
  if (record.t !== undefined && (typeof record.t !== "number" || !Number.isFinite(record.t))) {
    return { line, dir: record.dir, error: `"t" must be a number of milliseconds, got ${JSON.stringify(record.t)}` };
  }
  if (!("frame" in record)) return { line, dir: record.dir, error: 'record has no "frame"' };
  return { line, dir: record.dir, t: record.t as number | undefined, frame: record.frame };
}

function linesEntry(text: string, line: number): LogEntry {
  try {
    return { line, frame: JSON.parse(text) };
  } catch (e) {
    return { line, error: `not JSON: ${(e as Error).message}` };
  }
}

function harEntry(value: unknown, line: number): LogEntry {
  const m = value as { type?: unknown; time?: unknown; opcode?: unknown; data?: unknown };
  if (!m || typeof m !== "object") return { line, error: "a _webSocketMessages element must be an object" };
  const dir: Direction | undefined = m.type === "send" ? "c2s" : m.type === "receive" ? "s2c" : undefined;
  if (!dir) return { line, error: `_webSocketMessages type must be "send" or "receive", got ${JSON.stringify(m.type)}` };
  const t = typeof m.time === "number" ? m.time * 1000 : undefined;
  if (typeof m.data !== "string") return { line, dir, t, error: "_webSocketMessages data is not text" };
  try {
    return { line, dir, t, frame: JSON.parse(m.data) };
  } catch (e) {
    return { line, dir, t, error: `websocket message is not JSON: ${(e as Error).message}` };
  }
}

/** Progress callback: bytes consumed so far. */
export type ProgressCallback = (bytesRead: number) => void;

/**
 * Read entries in batches. `format` undefined means auto-detect from the first chunk; an
 * undetectable start throws (a usage problem, not a validation finding).
 */
export async function* readLog(
  input: Readable,
  format?: LogFormat,
  onProgress?: ProgressCallback,
): AsyncGenerator<LogEntry[], LogFormat> {
  input.setEncoding("utf8");
  let chosen = format;
  let pending = "";
  let line = 0;
  let bytes = 0;
  let har: HarWebSocketExtractor | undefined;
  let harEntries = 0;
  /** The start of a HAR document, to tell a HAR without websocket messages from something else. */
  let harHead = "";

  const takeLines = (text: string, final: boolean): LogEntry[] => {
    const out: LogEntry[] = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl < 0) break;
      line++;
      const raw = text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl);
      if (raw.trim() !== "") out.push(chosen === "jsonl" ? jsonlEntry(raw, line) : linesEntry(raw, line));
      start = nl + 1;
    }
    pending = text.slice(start);
    if (final && pending.trim() !== "") {
      line++;
      out.push(chosen === "jsonl" ? jsonlEntry(pending, line) : linesEntry(pending, line));
      pending = "";
    }
    return out;
  };

  for await (const chunk of input as AsyncIterable<string>) {
    bytes += Buffer.byteLength(chunk);
    onProgress?.(bytes);
    if (!chosen) {
      pending += chunk;
      // Only whole lines tell the format; a head without one grows until HEAD_LIMIT.
      const cut = pending.lastIndexOf("\n");
      chosen = cut >= 0 ? detectFormat(pending.slice(0, cut + 1)) : undefined;
      if (!chosen) {
        if (pending.length < HEAD_LIMIT) continue;
        chosen = detectFormat(pending);
        if (!chosen) throw new UsageError(`cannot tell the log's format: ${NOTHING_PARSES} in its first ${HEAD_LIMIT / 1024} KiB; use --format lines|jsonl|har`);
      }
      harHead = chosen === "har" ? pending.slice(0, 4096) : "";
      const text = pending.replace(/^\uFEFF/, "");
      pending = "";
      if (chosen === "har") {
        har = new HarWebSocketExtractor();
        const found = har.push(text).map((e) => (e.error ? { line: e.line, error: e.error } : harEntry(e.value, e.line)));
        harEntries += found.length;
        if (found.length) yield found;
      } else {
        const found = takeLines(text, false);
        if (found.length) yield found;
      }
      continue;
    }
    if (chosen === "har") {
      if (!har) harHead = chunk.slice(0, 4096);
      har ??= new HarWebSocketExtractor();
      const found = har.push(chunk).map((e) => (e.error ? { line: e.line, error: e.error } : harEntry(e.value, e.line)));
      harEntries += found.length;
      if (found.length) yield found;
    } else {
      const found = takeLines(pending + chunk, false);
      if (found.length) yield found;
    }
  }

  if (!chosen) {
    if (pending.trim() === "") return format ?? "lines";
    chosen = detectFormat(pending);
    if (!chosen) throw new UsageError(`cannot tell the log's format: ${NOTHING_PARSES} in it; use --format lines|jsonl|har`);
    if (chosen === "har") {
      harHead = pending.slice(0, 4096);
      har = new HarWebSocketExtractor();
      const found = har.push(pending).map((e) => (e.error ? { line: e.line, error: e.error } : harEntry(e.value, e.line)));
      harEntries += found.length;
      pending = "";
      if (found.length) yield found;
    }
  }
  if (chosen === "har") {
    if (harEntries === 0 && !isHarStart(harHead)) {
      const looks = detectFormat(harHead);
      throw new UsageError(
        `not a HAR document: a HAR file is one JSON object {"log": {...}} (dev tools → "Save all as HAR")` +
          (looks && looks !== "har" ? `; this looks like the ${looks} format (leave out --format, or use --format ${looks})` : ""),
      );
    }
    if (har?.unfinished) yield [{ line: har.currentLine, error: "the HAR document ends in the middle (truncated file?)" }];
    else if (harEntries === 0) yield [{ line: 1, error: "the HAR file has no _webSocketMessages (was the websocket recorded?)" }];
  } else {
    const found = takeLines(pending, true);
    if (found.length) yield found;
  }
  return chosen;
}
