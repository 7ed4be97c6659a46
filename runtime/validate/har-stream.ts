/**
 * Streaming extraction of websocket messages from a HAR file (browser dev tools "Save all as HAR").
 * HAR files are one JSON document, often hundreds of MB: instead of parsing it whole, a small
 * state machine walks the text and hands out each element of every `_webSocketMessages` array
 * (Chrome's extension field) as soon as its closing brace arrives. Memory stays bounded by the
 * largest single message.
 */

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
  value?: unknown;
  error?: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Feed text chunks; `push` returns the completed `_webSocketMessages` elements found so far.
 * Works on strings (decoded UTF-8) so multi-byte characters never split a token.
 */
export class HarWebSocketExtractor {
  private line = 1;
  private inString = false;
  private escaped = false;
  /** The string currently being read, only kept while it may be a key (short). */
  private stringBuf = "";
  private lastString = "";
  /** One entry per open container: is it the array we want, and the key that opened it. */
  private stack: { kind: "{" | "["; wanted: boolean }[] = [];
  private pendingKey = "";
  /** Element capture: depth at which the element started and the text collected so far. */
  private capture: { depth: number; parts: string[]; startLine: number; start: number } | null = null;

  push(chunk: string): HarElement[] {
    const out: HarElement[] = [];
    if (this.capture) this.capture.start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 0x0a) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          this.lastString = this.stringBuf;
        } else if (!this.capture && this.stringBuf.length < 64) this.stringBuf += chunk[i];
        continue;
      }
      switch (c) {
        case QUOTE:
          this.inString = true;
          this.stringBuf = "";
          break;
        case 0x3a: // ':' — the last string was a key
          this.pendingKey = this.lastString;
          break;
        case 0x2c: // ','
          this.pendingKey = "";
          break;
        case 0x7b: // '{'
        case 0x5b: {
          // '['
          const parent = this.stack[this.stack.length - 1];
          if (!this.capture && parent?.kind === "[" && parent.wanted && c === 0x7b) {
            this.capture = { depth: this.stack.length, parts: [], startLine: this.line, start: i };
          }
          const wanted = c === 0x5b && this.pendingKey === "_webSocketMessages" && !this.capture;
          this.stack.push({ kind: c === 0x7b ? "{" : "[", wanted });
          this.pendingKey = "";
          break;
        }
        case 0x7d: // '}'
        case 0x5d: {
          // ']'
          this.stack.pop();
          if (this.capture && this.stack.length === this.capture.depth) {
            this.capture.parts.push(chunk.slice(this.capture.start, i + 1));
            const text = this.capture.parts.join("");
            const startLine = this.capture.startLine;
            this.capture = null;
            try {
              out.push({ line: startLine, value: JSON.parse(text) });
            } catch (e) {
              out.push({ line: startLine, error: (e as Error).message });
            }
          }
          break;
        }
        default:
          break;
      }
    }
    if (this.capture) {
      this.capture.parts.push(chunk.slice(this.capture.start));
    }
    return out;
  }

  /** The current 1-based line (after the text pushed so far). */
  get currentLine(): number {
    return this.line;
  }

  /** Whether the document ended in the middle of something. */
  get unfinished(): boolean {
    return this.stack.length > 0 || this.inString;
  }
}
