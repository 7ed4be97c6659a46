/** The client side of the websocket transport: connect to a Buttplug server's websocket. */
import WebSocket from "ws";
import { DEFAULT_MAX_FRAME_SIZE } from "./types";
import { WebsocketConnection } from "./websocket-server";

/** Options of a websocket client connection. */
export interface WebsocketClientOptions {
  /** Largest frame (bytes) accepted from the server; default 1 MiB × 16 (device lists can be big). */
  maxFrameSize?: number;
}

/** Connect to `url` (e.g. "ws://127.0.0.1:12345"); rejects with a readable reason on failure. */
export function connectWebsocket(url: string, options: WebsocketClientOptions = {}): Promise<WebsocketConnection> {
  const maxFrameSize = options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE * 16;
  return new Promise((resolve, reject) => {
    // No compression: frames are small JSON, and latency matters more than bytes.
    const socket = new WebSocket(url, { perMessageDeflate: false });
    const onError = (err: Error) => reject(new Error(`cannot connect to ${url}: ${err.message}`));
    const onClose = (code: number, reason: Buffer) =>
      reject(new Error(`cannot connect to ${url}: closed (${code}) ${reason.toString()}`));
    socket.once("error", onError);
    socket.once("close", onClose);
    socket.once("open", () => {
      socket.off("error", onError);
      socket.off("close", onClose);
      resolve(new WebsocketConnection(socket, `ws ${url}`, maxFrameSize));
    });
  });
}
