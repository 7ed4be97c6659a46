/**
 * Connectors: the websocket connector picks the browser's WebSocket when globalThis.WebSocket
 * exists and `ws` otherwise; both reach a bpkit server on 127.0.0.1:0.
 */
import WebSocket from "ws";
import { ButtplugClient, WebsocketConnector } from "../../runtime/client";
import { startServer, type ServerFixture } from "./helpers";

describe("WebsocketConnector", () => {
  let f: ServerFixture;
  beforeEach(async () => {
    f = await startServer("websocket");
  });
  afterEach(async () => {
    delete (globalThis as { WebSocket?: unknown }).WebSocket;
    await f.close();
  });

  test("without globalThis.WebSocket it uses ws", async () => {
    delete (globalThis as { WebSocket?: unknown }).WebSocket;
    const connector = new WebsocketConnector(f.url!);
    expect(connector.implementation).toBe("ws");
    const client = new ButtplugClient();
    await client.connect(connector);
    await client.startScanning();
    expect(client.connected).toBe(true);
    await client.disconnect();
  });

  test("with globalThis.WebSocket it uses the browser API (here: ws's browser-compatible class)", async () => {
    const constructed: string[] = [];
    // A browser-style constructor: only `new WebSocket(url)`, events through addEventListener.
    class BrowserWebSocket extends WebSocket {
      constructor(url: string) {
        super(url);
        constructed.push(url);
      }
    }
    (globalThis as { WebSocket?: unknown }).WebSocket = BrowserWebSocket;
    const connector = new WebsocketConnector(f.url!);
    expect(connector.implementation).toBe("browser");
    const client = new ButtplugClient();
    const added: string[] = [];
    client.on("deviceAdded", (d) => added.push(d.name));
    await client.connect(connector);
    await client.startScanning();
    await client.requestDeviceList();
    expect(constructed).toEqual([f.url]);
    expect(added).toEqual(["Test Vibrator", "Everything"]);
    await client.device(0).vibrate(4);
    expect(f.vibrator.outputs.map((o) => o.command)).toEqual([{ Vibrate: { Value: 4 } }, { Vibrate: { Value: 4 } }]);
    const closed = new Promise<string>((resolve) => client.once("disconnect", resolve));
    await f.server.session!.end("server says bye");
    expect(await closed).toBe("server says bye");
  });

  test("the browser implementation reports a refused connection as a ButtplugConnectionError", async () => {
    (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;
    const client = new ButtplugClient();
    await expect(client.connect(new WebsocketConnector("ws://127.0.0.1:1"))).rejects.toThrow(
      /cannot connect to ws:\/\/127.0.0.1:1/,
    );
  });
});
