/**
 * Streaming extraction of websocket messages from a HAR file (browser dev tools "Save all as HAR").
 * HAR files are one JSON document, often hundreds of MB: instead of parsing it whole, a small
 * state machine walks the text and hands out each element of every `_webSocketMessages` array
 * (Chrome's extension field) as soon as its closing brace arrives. Memory stays bounded: by the
 * largest single message (at most `maxElementChars`), and not by the document's nesting depth
 * (a depth counter, no stack).
 */
import { errorText } from "../errors";

/** One websocket message of a HAR entry, as Chrome writes it. */
export interface HarWebSocketMessage {
  type: "send" | "receive";
  /** Seconds since the epoch (float). */
  time?: number;
  opcode?: number;
  data: string;
}

/** A message located in the file: its 1-based line and the parsed element (or why it failed). */
export interface HarElement {
  line: number;
  /** Which `_webSocketMessages` array (one per websocket connection) it belongs to, from 1. */
  connection: number;
  value?: unknown;
  error?: string;
  /** What kind of failure `error` is: the element is too big or too deep, or not an object. */
  limit?: "size" | "depth";
}

/** The default bound on one captured element, in characters. */
export const DEFAULT_MAX_ELEMENT_CHARS = 16 * 1024 * 1024;
/** Deeper than this, an element is not a websocket message (Chrome's are 1 level). */
const MAX_ELEMENT_DEPTH = 100;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const KEY = "_webSocketMessages";

/**
 * Feed text chunks; `push` returns the completed `_webSocketMessages` elements found so far.
 * Works on strings (decoded UTF-8) so multi-byte characters never split a token.
 */
export class HarWebSocketExtractor {
  private line = 1;
  private inString = false;
  /** Backslashes right before the end of the previous chunk, while in a string (odd = escaping). */
  private backslashes = 0;
  /** The string being read, kept only while it may still be the key we look for. */
  private stringBuf = "";
  private stringKeepable = false;
  private lastString = "";
  /** Containers open around the current position. */
  private depth = 0;
  /** Depth inside the `_webSocketMessages` array being read, 0 when not in one. */
  private wantedDepth = 0;
  /** A value that is not an array follows the key: report it once. */
  private keyPending = false;
  private pendingKey = "";
  /** Connections (wanted arrays) seen so far. */
  private connections = 0;
  /** Element capture: depth at which the element started and the text collected so far. */
  private capture: { depth: number; parts: string[]; chars: number; startLine: number; start: number } | null = null;
  /** An element dropped for its size or depth: skip until its end. */
  private skipping: { depth: number } | null = null;
  /** A non-object element is being skipped (a number, string, literal): reported once at its start. */
  private scalarElement = false;

  constructor(private readonly maxElementChars = DEFAULT_MAX_ELEMENT_CHARS) {}

  push(chunk: string): HarElement[] {
    const out: HarElement[] = [];
    if (this.capture) this.capture.start = 0;
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.inString) {
        // Jump to the next quote; the quote ends the string unless an odd run of backslashes precedes it.
        const q = chunk.indexOf('"', i);
        if (q < 0) {
          if (this.stringKeepable) this.keepString(chunk, i, n);
          this.backslashes = trailingBackslashes(chunk, i, n, this.backslashes);
          i = n;
          break;
        }
        const escapes = trailingBackslashes(chunk, i, q, this.backslashes);
        this.backslashes = 0;
        if (escapes % 2 === 1) {
          if (this.stringKeepable) this.keepString(chunk, i, q + 1);
          i = q + 1;
          continue;
        }
        if (this.stringKeepable) this.keepString(chunk, i, q);
        this.inString = false;
        this.lastString = this.stringKeepable ? this.stringBuf : "";
        i = q + 1;
        continue;
      }
      const c = chunk.charCodeAt(i);
      switch (c) {
        case 0x0a:
          this.line++;
          break;
        case 0x20:
        case 0x09:
        case 0x0d:
          break;
        case QUOTE:
          this.startElementIfScalar(out);
          this.inString = true;
          this.backslashes = 0;
          this.stringBuf = "";
          this.stringKeepable = !this.capture && !this.skipping;
          break;
        case 0x3a: // ':' — the last string was a key
          this.pendingKey = this.lastString;
          this.keyPending = this.pendingKey === KEY && !this.capture && !this.skipping && this.wantedDepth === 0;
          break;
        case 0x2c: // ','
          this.pendingKey = "";
          this.scalarElement = false;
          break;
        case 0x7b: // '{'
        case 0x5b: {
          // '['
          this.depth++;
          if (this.keyPending) {
            this.keyPending = false;
            if (c === 0x5b) {
              this.wantedDepth = this.depth;
              this.connections++;
            } else {
              out.push({
                line: this.line,
                connection: this.connections,
                error: `${KEY} must be an array of messages, got an object`,
              });
            }
          } else if (!this.capture && !this.skipping && this.wantedDepth !== 0 && this.depth === this.wantedDepth + 1) {
            if (c === 0x7b)
              this.capture = { depth: this.depth - 1, parts: [], chars: 0, startLine: this.line, start: i };
            else {
              out.push({
                line: this.line,
                connection: this.connections,
                error: `a ${KEY} element must be an object {"type", "time", "opcode", "data"}, got an array`,
              });
              this.skipping = { depth: this.depth - 1 };
            }
          } else if (this.capture && this.depth - this.capture.depth > MAX_ELEMENT_DEPTH) {
            out.push({
              line: this.capture.startLine,
              connection: this.connections,
              limit: "depth",
              error: `${KEY} element nested deeper than ${MAX_ELEMENT_DEPTH} levels; skipped`,
            });
            this.skipping = { depth: this.capture.depth };
            this.capture = null;
          }
          this.pendingKey = "";
          break;
        }
        case 0x7d: // '}'
        case 0x5d: {
          // ']'
          this.depth--;
          if (this.depth < this.wantedDepth) this.wantedDepth = 0;
          this.scalarElement = false;
          if (this.skipping && this.depth === this.skipping.depth) this.skipping = null;
          if (this.capture && this.depth === this.capture.depth) {
            const startLine = this.capture.startLine;
            if (this.capture.chars + (i + 1 - this.capture.start) > this.maxElementChars) {
              this.capture = null;
              out.push(this.tooBig(startLine));
              break;
            }
            this.capture.parts.push(chunk.slice(this.capture.start, i + 1));
            const text = this.capture.parts.join("");
            this.capture = null;
            try {
              out.push({ line: startLine, connection: this.connections, value: JSON.parse(text) });
            } catch (e) {
              out.push({ line: startLine, connection: this.connections, error: errorText(e) });
            }
          }
          break;
        }
        default:
          this.startElementIfScalar(out);
          break;
      }
      i++;
    }
    if (this.capture) {
      const part = chunk.slice(this.capture.start);
      this.capture.chars += part.length;
      if (this.capture.chars > this.maxElementChars) {
        out.push(this.tooBig(this.capture.startLine));
        this.skipping = { depth: this.capture.depth };
        this.capture = null;
      } else {
        this.capture.parts.push(part);
      }
    }
    return out;
  }

  private tooBig(line: number): HarElement {
    return {
      line,
      connection: this.connections,
      limit: "size",
      error: `${KEY} element longer than ${this.maxElementChars} characters (--max-line-bytes); skipped`,
    };
  }

  /** A value other than an object or array right inside the wanted array, or right after its key. */
  private startElementIfScalar(out: HarElement[]): void {
    if (this.keyPending) {
      this.keyPending = false;
      out.push({ line: this.line, connection: this.connections, error: `${KEY} must be an array of messages` });
      return;
    }
    if (
      this.wantedDepth === 0 ||
      this.depth !== this.wantedDepth ||
      this.capture ||
      this.skipping ||
      this.scalarElement
    )
      return;
    this.scalarElement = true;
    out.push({
      line: this.line,
      connection: this.connections,
      error: `a ${KEY} element must be an object {"type", "time", "opcode", "data"}`,
    });
  }

  /** Collect a string's text while it may still be the key we look for. */
  private keepString(chunk: string, from: number, to: number): void {
    if (this.stringBuf.length + (to - from) > KEY.length) {
      this.stringKeepable = false;
      this.stringBuf = "";
      return;
    }
    this.stringBuf += chunk.slice(from, to);
  }

  /** The current 1-based line (after the text pushed so far). */
  get currentLine(): number {
    return this.line;
  }

  /** Whether the document ended in the middle of something. */
  get unfinished(): boolean {
    return this.depth > 0 || this.inString;
  }
}

/** Backslashes immediately before `end` (not before `from`; `carried` counts those before the chunk). */
function trailingBackslashes(chunk: string, from: number, end: number, carried: number): number {
  let k = end;
  while (k > from && chunk.charCodeAt(k - 1) === BACKSLASH) k--;
  return k === from ? carried + (end - from) : end - k;
}
