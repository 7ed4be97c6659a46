/**
 * Where things are in a JSON text: the line/column of the value a JSON pointer names, and the
 * line/column of a syntax error. Only used on the error path, so values still come from JSON.parse.
 */
import { errorText } from "../../errors";

/** 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Line/column of a character offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Decode one JSON pointer into its reference tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Build a JSON pointer from tokens. */
export function toPointer(tokens: (string | number)[]): string {
  return tokens.map((t) => `/${String(t).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  fail(what: string): never {
    const err = new SyntaxError(what) as SyntaxError & { offset: number };
    err.offset = this.i;
    throw err;
  }

  ws(): void {
    while (this.i < this.text.length && " \t\r\n".includes(this.text[this.i])) this.i++;
  }

  string(): string {
    if (this.text[this.i] !== '"') this.fail("expected a string");
    const start = this.i;
    this.i++;
    while (this.i < this.text.length) {
      const c = this.text[this.i];
      if (c === "\\") this.i += 2;
      else if (c === '"') {
        this.i++;
        return JSON.parse(this.text.slice(start, this.i)) as string;
      } else if (c < " ") this.fail("control character in string");
      else this.i++;
    }
    return this.fail("unterminated string");
  }

  /** Skip a value; when `path` is non-empty, descend towards it and return the offset found. */
  value(path: string[]): number | undefined {
    this.ws();
    const start = this.i;
    if (path.length === 0) {
      this.skip();
      return start;
    }
    const c = this.text[this.i];
    const [head, ...rest] = path;
    if (c === "{") {
      let found: number | undefined;
      this.members("}", () => {
        const key = this.string();
        this.ws();
        if (this.text[this.i] !== ":") this.fail("expected ':'");
        this.i++;
        // A key names the member; report the key's own line for a missing-child pointer inside it.
        if (key === head && found === undefined) found = this.value(rest);
        else this.skipValue();
      });
      return found;
    }
    if (c === "[") {
      let found: number | undefined;
      this.members("]", (n) => {
        if (String(n) === head) found = this.value(rest) ?? found;
        else this.skipValue();
      });
      return found;
    }
    this.skip();
    return undefined;
  }

  /**
   * Walk an object or array from its opening bracket to past `close`: `member(n)` reads the n-th
   * member; the commas and the closing bracket are checked here.
   */
  members(close: "}" | "]", member: (n: number) => void): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === close) {
      this.i++;
      return;
    }
    for (let n = 0; ; n++) {
      this.ws();
      member(n);
      this.ws();
      if (this.text[this.i] === ",") this.i++;
      else if (this.text[this.i] === close) {
        this.i++;
        return;
      } else this.fail(`expected ',' or '${close}'`);
    }
  }

  skipValue(): void {
    this.ws();
    this.skip();
  }

  skip(): void {
    const c = this.text[this.i];
    if (c === "{" || c === "[") {
      this.value(["\u0000never"]);
      return;
    }
    if (c === '"') {
      this.string();
      return;
    }
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.i, this.i + 400));
    if (!m) this.fail(this.i >= this.text.length ? "unexpected end of text" : `unexpected character '${c}'`);
    this.i += m[0].length;
  }
}

/** Line/column of the value at `pointer`, or undefined when the text has no such value. */
export function locatePointer(text: string, pointer: string): TextPosition | undefined {
  try {
    const offset = new Scanner(text).value(pointerTokens(pointer));
    return offset === undefined ? undefined : positionAt(text, offset);
  } catch {
    return undefined;
  }
}

/**
 * Line/column of the value at `pointer`, or of its nearest existing ancestor (a missing property is
 * reported at the object that lacks it).
 */
export function locateNearest(text: string, pointer: string): TextPosition | undefined {
  const tokens = pointerTokens(pointer);
  for (let n = tokens.length; n >= 0; n--) {
    const found = locatePointer(text, toPointer(tokens.slice(0, n)));
    if (found) return found;
  }
  return undefined;
}

/** Where a JSON text stops being valid JSON, with a readable reason; undefined if it parses. */
export function findSyntaxError(text: string): (TextPosition & { reason: string }) | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.skipValue();
    scanner.ws();
    if (scanner.i < text.length) scanner.fail("unexpected text after the JSON value");
    return undefined;
  } catch (err) {
    const offset = (err as { offset?: number }).offset ?? scanner.i;
    return { ...positionAt(text, offset), reason: errorText(err) };
  }
}
