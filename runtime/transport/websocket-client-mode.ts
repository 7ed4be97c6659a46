/**
 * Websocket client mode (Intiface Engine's `--websocket-client-address`): instead of waiting for
 * an app to connect, the server connects out to an app that listens, and serves it over that
 * connection. When the connection fails or ends, it tries again after a delay that doubles each
 * time (up to a cap) and starts over after a connection that worked.
 */
import type { Logger } from "../log";
import { backgroundTimer, type Timer } from "../timers";
import type { FrameConnection } from "./types";
import { connectWebsocket } from "./websocket-client";
import { DEFAULT_MAX_FRAME_SIZE } from "./types";
import { errorText } from "../errors";

/** Options of the client mode. */
export interface WebsocketClientModeOptions {
  /** ws://host:port of the app. */
  url: string;
  log: Logger;
  maxFrameSize?: number;
  /** First retry delay (ms, default 1000); doubles up to maxDelayMs (default 30000). */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/** Keeps a server connected out to one app. */
export class WebsocketClientMode {
  private stopped = false;
  private delayMs: number;
  private timer: Timer | undefined;
  private current: FrameConnection | undefined;

  constructor(
    private readonly server: { connect(connection: FrameConnection): unknown },
    private readonly options: WebsocketClientModeOptions,
  ) {
    this.delayMs = options.initialDelayMs ?? 1000;
  }

  /** Connect now (and keep reconnecting until stop()). */
  start(): void {
    void this.attempt();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.current?.close("server stopping");
  }

  private async attempt(): Promise<void> {
    if (this.stopped) return;
    const { url, log } = this.options;
    try {
      const connection = await connectWebsocket(url, {
        maxFrameSize: this.options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE,
      });
      if (this.stopped) return connection.close("server stopping");
      this.current = connection;
      this.delayMs = this.options.initialDelayMs ?? 1000;
      log.info(`connected out to ${url}`);
      connection.on("close", (reason) => {
        this.current = undefined;
        if (this.stopped) return;
        log.info(`connection to ${url} ended (${reason}); connecting again in ${this.delayMs} ms`);
        this.retry();
      });
      this.server.connect(connection);
    } catch (error) {
      if (this.stopped) return;
      log.warn(`${errorText(error)}; trying again in ${this.delayMs} ms`);
      this.retry();
    }
  }

  private retry(): void {
    const delay = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, this.options.maxDelayMs ?? 30000);
    this.timer = backgroundTimer(delay, () => void this.attempt());
  }
}
