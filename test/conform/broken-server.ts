/**
 * A deliberately broken server for the conformance suite's own tests: bpkit's server behind a
 * middleman that breaks one rule at a time (rewrites, swallows or answers frames itself), so each
 * check is shown able to fail.
 */
import type { ButtplugConnector } from "../../runtime/client/connector";
import { createInProcessPair, type FrameConnection } from "../../runtime/transport";

type Message = Record<string, Record<string, unknown>>;

/** What a breaker can do with the frames of one session. */
export interface BreakerSession {
  /** Send a frame to the client as if the server had. */
  toClient(messages: Message[]): void;
  /** Send a frame to the server as if the client had. */
  toServer(messages: Message[]): void;
  /** Per-session scratch state. */
  state: Record<string, unknown>;
}

/** One broken rule: rewrite (or swallow, by returning null) frames going either way. */
export interface Breaker {
  /** A frame from the client: the text to pass on, or null to swallow it. */
  clientFrame?(text: string, session: BreakerSession): string | null;
  /** A frame from the server: the messages to pass on (none or null: swallow the frame). */
  serverFrame?(messages: Message[], session: BreakerSession): Message[] | null;
  /** The client closed: return true to keep the server side open (the breaker closes it later). */
  clientClosed?(session: BreakerSession, closeServer: () => void): boolean;
  /** The server closed. */
  serverClosed?(session: BreakerSession): void;
}

/** Parse a frame, or undefined when it is not a JSON array of messages. */
export function messagesOf(text: string): Message[] | undefined {
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? (parsed as Message[]) : undefined;
  } catch {
    return undefined;
  }
}

export const nameOf = (m: Message): string => Object.keys(m)[0]!;
export const bodyOf = (m: Message): Record<string, unknown> => Object.values(m)[0]!;

/** Opens sessions to `inner` through `breaker`. */
export class BreakingConnector implements ButtplugConnector {
  readonly description: string;

  constructor(
    private readonly inner: ButtplugConnector,
    private readonly breaker: Breaker,
  ) {
    this.description = `${inner.description} (broken)`;
  }

  async connect(): Promise<FrameConnection> {
    const upstream = await this.inner.connect();
    const { client, server: ours } = createInProcessPair();
    const session: BreakerSession = {
      state: {},
      toClient: (messages) => ours.send(JSON.stringify(messages)),
      toServer: (messages) => upstream.send(JSON.stringify(messages)),
    };
    ours.on("frame", (text) => {
      const passed = this.breaker.clientFrame ? this.breaker.clientFrame(text, session) : text;
      if (passed !== null) upstream.send(passed);
    });
    upstream.on("frame", (text) => {
      const messages = messagesOf(text);
      if (!messages || !this.breaker.serverFrame) return ours.send(text);
      const passed = this.breaker.serverFrame(messages, session);
      if (passed !== null && passed.length > 0) ours.send(JSON.stringify(passed));
    });
    ours.on("close", (reason) => {
      if (this.breaker.clientClosed?.(session, () => upstream.close(reason))) return;
      upstream.close(reason);
    });
    upstream.on("close", (reason) => {
      this.breaker.serverClosed?.(session);
      ours.close(reason);
    });
    return client;
  }
}
