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

/**
 * Guess the format from the start of the file: `[` is a frame per line; an object line that has a
 * "frame" key is JSON Lines; anything else starting with `{` is a HAR document.
 */
export function detectFormat(head: string): LogFormat | undefined {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("[")) return "lines";
  if (!text.startsWith("{")) return undefined;
  const firstLine = text.split("\n", 1)[0]!.trim();
  try {
    const value = JSON.parse(firstLine) as Record<string, unknown>;
    if (value && typeof value === "object" && ("frame" in value || "dir" in value)) return "jsonl";
    if (value && typeof value === "object" && "log" in value) return "har";
  } catch {
    // a pretty-printed document: its first line is not JSON on its own
  }
  return /"log"\s*:/.test(text) ? "har" : /"frame"\s*:/.test(firstLine) ? "jsonl" : "har";
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
      if (pending.trim() === "" || (pending.length < 4096 && !pending.includes("\n"))) continue;
      chosen = detectFormat(pending);
      if (!chosen) throw new UsageError("cannot tell the log's format from its first line; use --format lines|jsonl|har");
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
    if (!chosen) throw new UsageError("cannot tell the log's format from its first line; use --format lines|jsonl|har");
    if (chosen === "har") {
      har = new HarWebSocketExtractor();
      const found = har.push(pending).map((e) => (e.error ? { line: e.line, error: e.error } : harEntry(e.value, e.line)));
      harEntries += found.length;
      pending = "";
      if (found.length) yield found;
    }
  }
  if (chosen === "har") {
    if (har?.unfinished) yield [{ line: har.currentLine, error: "the HAR document ends in the middle (truncated file?)" }];
    else if (harEntries === 0) yield [{ line: 1, error: "the HAR file has no _webSocketMessages (was the websocket recorded?)" }];
  } else {
    const found = takeLines(pending, true);
    if (found.length) yield found;
  }
  return chosen;
}
