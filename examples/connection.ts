/**
 * Connecting: open a websocket to a Buttplug server, handshake, look at what the server said,
 * disconnect.   npm start   then   npx tsx examples/connection.ts [ws://127.0.0.1:12345]
 */
import { ButtplugClient, WebsocketConnector } from "../runtime/client";
import { run, serverUrl } from "./common";

run(async () => {
  const url = serverUrl();
  // `specVersion: 3` talks to an older (spec v3) server with the same API; "auto" tries v4, then v3.
  const client = new ButtplugClient({ name: "bpkit example: connection" });
  client.on("disconnect", (reason) => console.log(`disconnected: ${reason}`));

  await client.connect(new WebsocketConnector(url));
  const info = client.serverInfo!;
  console.log(
    `connected to "${info.serverName}" at ${url} (spec v${info.protocolVersionMajor}.${info.protocolVersionMinor})`,
  );
  console.log(
    info.maxPingTime > 0
      ? `the client pings every ${info.maxPingTime / 2} ms (MaxPingTime ${info.maxPingTime} ms)`
      : "no ping required",
  );
  console.log(`devices already connected: ${client.devices.size}`);

  // Disconnect tells the server (which stops every device) and closes the connection.
  await client.disconnect();
});
