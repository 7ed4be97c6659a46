/**
 * Session recording as JSON Lines, one `{"dir","t","session","frame"}` record per frame — the format
 * `bpkit validate` reads (runtime/validate/log-reader.ts). `t` is milliseconds since the session's
 * first frame; `session` tells the client connections of one file apart (its first frame's wall
 * clock in ms, made unique), so back-to-back sessions are validated each on its own. Two sinks share the format: the in-memory recording of the latest session (the
 * dashboard's download) and `bpkit serve --record FILE` (appended, flushed per line, capped).
 */
import { closeSync, fstatSync, openSync, writeSync } from "node:fs";
import type { Logger } from "../log";
import type { ButtplugServer } from "../server/server";
import type { ClientSession } from "../server/session";
import { errorText } from "../errors";

/** One record's line (with its newline). A client frame that is not JSON is kept as a string. */
export function recordLine(dir: "c2s" | "s2c", t: number, session: number, frame: string): string {
  let json = frame;
  if (dir === "c2s") {
    try {
      JSON.parse(frame);
    } catch {
      json = JSON.stringify(frame);
    }
  }
  return `{"dir":"${dir}","t":${t},"session":${session},"frame":${json}}\n`;
}

/** Session ids: the session's start in ms since the epoch, above every id given before (so unique). */
let lastSessionId = 0;
function sessionId(started: number): number {
  lastSessionId = Math.max(started, lastSessionId + 1);
  return lastSessionId;
}

/** Default cap of the in-memory recording (bytes of frame text). */
export const DEFAULT_MEMORY_RECORDING_BYTES = 32 * 1024 * 1024;

/** Records the latest session in memory (for the dashboard's download), up to a size. */
export class SessionRecorder {
  private frames: Array<{ dir: "c2s" | "s2c"; t: number; frame: string }> = [];
  private bytes = 0;
  private started = 0;
  private session = 0;
  /** Whether frames were left out because the recording reached its cap. */
  truncated = false;

  constructor(
    server: ButtplugServer,
    private readonly maxBytes = DEFAULT_MEMORY_RECORDING_BYTES,
    private readonly now: () => number = Date.now,
  ) {
    server.on("session", (session) => this.watch(session));
    if (server.session) this.watch(server.session);
  }

  /** The recording so far as JSON Lines. */
  jsonl(): string {
    return this.frames.map((f) => recordLine(f.dir, f.t, this.session, f.frame)).join("");
  }

  /** Frames recorded. */
  get length(): number {
    return this.frames.length;
  }

  private watch(session: ClientSession): void {
    // Only a session that gets the client slot is recorded (a refused second connection must
    // not replace it); its frames before the handshake are kept until then.
    onceAccepted(session, this.now, (early, started) => {
      this.frames = [];
      this.bytes = 0;
      this.truncated = false;
      this.started = started;
      this.session = sessionId(started);
      for (const f of early) this.add(f.dir, f.t, f.frame);
      session.on("frame", (dir, frame) => this.add(dir, this.now() - this.started, frame));
    });
  }

  private add(dir: "c2s" | "s2c", t: number, frame: string): void {
    if (this.truncated) return;
    if (this.bytes + frame.length > this.maxBytes) {
      this.truncated = true;
      return;
    }
    this.bytes += frame.length;
    this.frames.push({ dir, t, frame });
  }
}

/** Frames a session sends before its handshake that are kept for its recording (RequestServerInfo). */
const EARLY_FRAMES = 16;

/**
 * Call `accepted` once `session` completes its handshake (so holds the client slot), with the
 * frames it exchanged before (at most EARLY_FRAMES, times relative to its first frame) and when
 * that first frame came. Frames after the handshake are the caller's to listen to.
 */
function onceAccepted(
  session: ClientSession,
  now: () => number,
  accepted: (early: Array<{ dir: "c2s" | "s2c"; t: number; frame: string }>, started: number) => void,
): void {
  const early: Array<{ dir: "c2s" | "s2c"; t: number; frame: string }> = [];
  let started: number | undefined;
  const onEarly = (dir: "c2s" | "s2c", frame: string) => {
    started ??= now();
    if (early.length < EARLY_FRAMES) early.push({ dir, t: now() - started, frame });
  };
  session.on("frame", onEarly);
  session.once("handshake", () => {
    session.off("frame", onEarly);
    accepted(early, started ?? now());
  });
  session.once("end", () => session.off("frame", onEarly));
}

/**
 * `bpkit serve --record FILE`: every session's frames appended to FILE as they happen, one
 * written (and so flushed) line each, until the file reaches `maxBytes`; then recording stops
 * with a warning, so a long-running server cannot fill the disk.
 */
export class FileRecorder {
  private fd?: number;
  private size: number;

  constructor(
    server: ButtplugServer,
    readonly file: string,
    private readonly maxBytes: number,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.fd = openSync(file, "a");
    this.size = fstatSync(this.fd).size;
    server.on("session", (session) =>
      onceAccepted(session, this.now, (early, started) => {
        const id = sessionId(started);
        for (const f of early) this.write(recordLine(f.dir, f.t, id, f.frame));
        session.on("frame", (dir, frame) => this.write(recordLine(dir, this.now() - started, id, frame)));
      }),
    );
  }

  private write(line: string): void {
    if (this.fd === undefined) return;
    const bytes = Buffer.byteLength(line);
    if (this.size + bytes > this.maxBytes) {
      this.log.warn(`--record: ${this.file} reached ${this.maxBytes} bytes (--record-max-size); recording stopped`);
      this.close();
      return;
    }
    try {
      writeSync(this.fd, line);
      this.size += bytes;
    } catch (err) {
      this.log.error(`--record: cannot write ${this.file}: ${errorText(err)}; recording stopped`);
      this.close();
    }
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}
