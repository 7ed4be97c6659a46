/**
 * The error a bad device-config or user device-config file produces. Deliberately not a
 * ButtplugError: it never reaches a client; it stops startup (main file) or is logged (user file).
 */
import { findSyntaxError, locateNearest, type TextPosition } from "./json-location";
import { errorText } from "../../errors";

/** One problem found in a config file. */
export interface ConfigIssue {
  /** JSON pointer into the file ("" = the whole document). */
  pointer: string;
  /** Readable reason. */
  message: string;
  /** Where the pointer's value (or its nearest existing parent) starts, when known. */
  line?: number;
  column?: number;
}

/** A device-config file that cannot be used, naming the file, the JSON pointer and the line. */
export class DeviceConfigError extends Error {
  constructor(
    /** Path of the file, or "<built-in>" for the bundled database. */
    readonly file: string,
    readonly issues: ConfigIssue[],
  ) {
    super(formatIssues(file, issues));
    this.name = "DeviceConfigError";
  }

  /** The first issue (the one in the message's first line). */
  get pointer(): string {
    return this.issues[0]?.pointer ?? "";
  }

  get line(): number | undefined {
    return this.issues[0]?.line;
  }
}

function formatIssue(file: string, issue: ConfigIssue): string {
  const where = issue.line !== undefined ? `${file}:${issue.line}:${issue.column ?? 1}` : file;
  return `${where}: ${issue.pointer === "" ? "(document)" : issue.pointer}: ${issue.message}`;
}

function formatIssues(file: string, issues: ConfigIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => formatIssue(file, i));
  if (issues.length > shown.length) shown.push(`… and ${issues.length - shown.length} more`);
  return shown.join("\n");
}

/** Attach line/column to issues found in `text`. */
export function locateIssues(text: string, issues: ConfigIssue[]): ConfigIssue[] {
  return issues.map((issue) => {
    if (issue.line !== undefined) return issue;
    const at: TextPosition | undefined = locateNearest(text, issue.pointer);
    return at ? { ...issue, ...at } : issue;
  });
}

/** Parse JSON text, turning a syntax error into a DeviceConfigError with its line and column. */
export function parseConfigText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const at = findSyntaxError(text);
    throw new DeviceConfigError(file, [
      {
        pointer: "",
        message: `not valid JSON: ${at?.reason ?? errorText(err)}`,
        line: at?.line,
        column: at?.column,
      },
    ]);
  }
}
