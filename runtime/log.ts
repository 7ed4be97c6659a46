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
