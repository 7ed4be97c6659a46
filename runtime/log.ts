/**
 * A small leveled logger with per-component children ("server", "hardware/lovense", …).
 * Readable lines on stderr by default; tests pass a sink to capture or silence output.
 */
export type LogLevel = "error" | "warn" | "info" | "debug" | "trace";

const order: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3, trace: 4 };

export const LOG_LEVELS = Object.keys(order) as LogLevel[];

/** Where log lines go. */
export type LogSink = (level: LogLevel, component: string, message: string) => void;

const stderrSink: LogSink = (level, component, message) => {
  const time = new Date().toISOString().slice(11, 23);
  const line = `${time} ${level.toUpperCase().padEnd(5)} [${component}] ${message}`;
  // A browser (the client's browser build) has no process: its console is the stderr there.
  if (typeof process !== "undefined" && process.stderr) process.stderr.write(`${line}\n`);
  else console.error(line);
};

export class Logger {
  constructor(
    readonly level: LogLevel = "info",
    readonly component = "bpkit",
    private readonly sink: LogSink = stderrSink,
  ) {}

  /** A logger for a sub-component sharing this one's level and sink. */
  child(component: string): Logger {
    return new Logger(this.level, `${this.component}/${component}`, this.sink);
  }

  enabled(level: LogLevel): boolean {
    return order[level] <= order[this.level];
  }

  error(message: string): void {
    this.log("error", message);
  }
  warn(message: string): void {
    this.log("warn", message);
  }
  info(message: string): void {
    this.log("info", message);
  }
  debug(message: string): void {
    this.log("debug", message);
  }
  trace(message: string): void {
    this.log("trace", message);
  }

  private log(level: LogLevel, message: string): void {
    if (this.enabled(level)) this.sink(level, this.component, message);
  }
}

/** A logger that discards everything (tests, embedding). */
export const silentLogger = new Logger("error", "bpkit", () => {});

// C0 controls, DEL, C1 controls (U+009B is a one-byte CSI on some terminals), line/paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * `text` with every control character written as an escape (\n, \r, \t, \u001b…), so a client or
 * a device cannot forge log lines or drive the terminal with what it sends (ClientName, message
 * names, frames, advertised names, websocket device addresses).
 */
export function logSafe(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
