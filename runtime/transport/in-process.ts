/**
 * Two connected in-memory frame connections: what one end sends, the other receives on a later
 * tick (never synchronously, so both ends behave as over a real transport).
 */
import { later, utf8Length } from "../events";
import { DEFAULT_MAX_FRAME_SIZE, FrameConnectionBase } from "./types";

/** One end of an in-process pair. */
export class InProcessConnection extends FrameConnectionBase {
  /** @internal set by createInProcessPair */
  peer!: InProcessConnection;

  constructor(
    readonly description: string,
    private readonly maxFrameSize: number,
  ) {
    super();
  }

  send(frame: string): void {
    if (!this.open) return;
    const peer = this.peer;
    later(() => peer.deliver(frame, utf8Length(frame), peer.maxFrameSize));
  }

  close(reason = "closed"): void {
    if (!this.open) return;
    this.markClosed(reason);
    const peer = this.peer;
    // Frames already sent are delivered before the peer sees the close.
    later(() => peer.markClosed(reason));
  }
}

/** Options of an in-process pair. */
export interface InProcessPairOptions {
  /** Largest frame (bytes) the server end accepts; default 1 MiB. */
  maxFrameSize?: number;
}

/** A connected pair: hand `server` to ButtplugServer.connect, talk through `client`. */
export function createInProcessPair(options: InProcessPairOptions = {}): {
  client: InProcessConnection;
  server: InProcessConnection;
} {
  const client = new InProcessConnection("in-process client", Number.MAX_SAFE_INTEGER);
  const server = new InProcessConnection("in-process", options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE);
  client.peer = server;
  server.peer = client;
  return { client, server };
}
