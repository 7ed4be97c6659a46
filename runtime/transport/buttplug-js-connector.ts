/**
 * An in-process connector for the official JavaScript clients (npm `buttplug` 3.x and 5.x), so an
 * app using that client can embed bpkit's server without a socket:
 *
 *   import { ButtplugClient, fromJSON } from "buttplug";            // 3.x
 *   await client.connect(new ButtplugJsConnector(server, { parse: fromJSON }));
 *
 * It type-checks as the clients' `IButtplugClientConnector` (connect / disconnect / initialize /
 * send / Connected, `message` and `disconnect` events). Outgoing messages are serialized the way
 * the clients' own websocket connectors do it; incoming frames are handed to `parse` (3.x needs its
 * `fromJSON`, which builds its message classes; 5.x takes plain objects, the default).
 */
// Not runtime/events.ts: the clients type a connector as eventemitter3's EventEmitter (any event
// name, eventNames/listeners), which Node's emitter satisfies and the typed one rightly does not.
import { EventEmitter } from "node:events";
import { createInProcessPair, type InProcessConnection } from "./in-process";
import type { FrameConnection } from "./types";

/** Anything that accepts a server-side connection: a ButtplugServer. */
export interface ConnectionAcceptor {
  connect(connection: FrameConnection): unknown;
}

/** Options of the in-process connector. */
export interface ButtplugJsConnectorOptions {
  /** Turns one incoming frame into the client's message objects; default JSON.parse. */
  parse?: (frame: string) => unknown;
}

/** In-process connector for the official JS clients; see the file comment. */
export class ButtplugJsConnector extends EventEmitter {
  private connection?: InProcessConnection;
  private readonly parse: (frame: string) => unknown;

  constructor(
    private readonly server: ConnectionAcceptor,
    options: ButtplugJsConnectorOptions = {},
  ) {
    super();
    this.parse = options.parse ?? ((frame) => JSON.parse(frame));
  }

  /** Narrowed so the connector type-checks as the clients' IButtplugClientConnector (eventemitter3 typings). */
  override listeners(event: string | symbol): Array<(...args: unknown[]) => void> {
    return super.listeners(event) as Array<(...args: unknown[]) => void>;
  }

  get Connected(): boolean {
    return this.connection?.open ?? false;
  }

  connect = async (): Promise<void> => {
    if (this.Connected) return;
    const { client, server } = createInProcessPair();
    client.on("frame", (frame) => this.emit("message", this.parse(frame)));
    client.on("close", () => {
      if (this.connection !== client) return;
      this.connection = undefined;
      this.emit("disconnect");
    });
    this.connection = client;
    this.server.connect(server);
    await this.initialize();
  };

  disconnect = async (): Promise<void> => {
    const connection = this.connection;
    if (!connection) return;
    this.connection = undefined;
    connection.close("client disconnected");
    this.emit("disconnect");
  };

  initialize = async (): Promise<void> => {};

  send = (message: object): void => {
    if (!this.connection) throw new Error("ButtplugJsConnector: not connected");
    // 3.x message classes serialize themselves to a JSON string; 5.x messages are plain objects.
    const toJSON = (message as { toJSON?: () => unknown }).toJSON;
    const own = typeof toJSON === "function" ? toJSON.call(message) : undefined;
    const body = typeof own === "string" ? own : JSON.stringify(message);
    this.connection.send(`[${body}]`);
  };
}
