/**
 * What the server and client see of a transport: a two-way pipe of frames. A frame is a string
 * holding one JSON array of one-key message objects (spec: messages.md, JSON serialization).
 */
import { later, TypedEventEmitter } from "../events";

/** Default largest frame a transport accepts: 1 MiB. */
export const DEFAULT_MAX_FRAME_SIZE = 1024 * 1024;

/** Events of a frame connection. */
export interface FrameConnectionEvents {
  /** A frame arrived (already known to be within the transport's maximum frame size). */
  frame: (frame: string) => void;
  /** A frame arrived that is larger than the maximum frame size; its text was discarded. */
  oversize: (bytes: number, maxFrameSize: number) => void;
  /** The connection closed (either side, or the transport failed). Emitted once. */
  close: (reason: string) => void;
}

/** One connection of a transport, as seen from one end. */
export interface FrameConnection {
  /** For logs: "ws 127.0.0.1:53422", "in-process". */
  readonly description: string;
  /** False once either side closed. */
  readonly open: boolean;
  /** Send one frame; silently ignored once closed (a closing peer cannot be told anything). */
  send(frame: string): void;
  /** Close the connection; `reason` reaches the peer where the transport can carry it. */
  close(reason?: string): void;
  on<E extends keyof FrameConnectionEvents>(event: E, listener: FrameConnectionEvents[E]): this;
  off<E extends keyof FrameConnectionEvents>(event: E, listener: FrameConnectionEvents[E]): this;
  once<E extends keyof FrameConnectionEvents>(event: E, listener: FrameConnectionEvents[E]): this;
}

/**
 * Shared plumbing for FrameConnection implementations: typed events and a close-once latch.
 * Frames (and the close) that arrive before anyone listens are kept and delivered on the next tick
 * after the first `frame` or `close` listener attaches, so a peer that speaks first (a server
 * refusing a connection) is never lost to a client still setting up.
 */
export abstract class FrameConnectionBase extends TypedEventEmitter<FrameConnectionEvents> implements FrameConnection {
  abstract readonly description: string;
  private closed = false;
  private backlog: Array<() => void> | undefined = [];
  private flushing = false;

  get open(): boolean {
    return !this.closed;
  }

  abstract send(frame: string): void;
  abstract close(reason?: string): void;

  /** Mark closed and emit `close` exactly once. */
  protected markClosed(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.fire(() => this.emit("close", reason));
  }

  /** Deliver an incoming frame, or `oversize` when it is larger than `maxFrameSize` bytes. */
  protected deliver(frame: string, bytes: number, maxFrameSize: number): void {
    if (this.closed) return;
    if (bytes > maxFrameSize) this.fire(() => this.emit("oversize", bytes, maxFrameSize));
    else this.fire(() => this.emit("frame", frame));
  }

  private fire(event: () => void): void {
    if (this.backlog) this.backlog.push(event);
    else event();
  }

  override on<E extends keyof FrameConnectionEvents>(event: E, listener: FrameConnectionEvents[E]): this {
    super.on(event, listener);
    this.flushBacklog(event);
    return this;
  }
  override once<E extends keyof FrameConnectionEvents>(event: E, listener: FrameConnectionEvents[E]): this {
    super.once(event, listener);
    this.flushBacklog(event);
    return this;
  }

  /** On the first `frame` or `close` listener, deliver what arrived before it on the next tick. */
  private flushBacklog(event: keyof FrameConnectionEvents): void {
    if ((event === "frame" || event === "close") && this.backlog && !this.flushing) {
      this.flushing = true;
      // Events arriving before the flush join the backlog, so order is kept.
      later(() => {
        const backlog = this.backlog ?? [];
        this.backlog = undefined;
        for (const e of backlog) e();
      });
    }
  }
}
