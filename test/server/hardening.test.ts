/**
 * Server hardening from an audit: a silent connection cannot hold the one client slot, client text
 * cannot forge log lines, and replies in flight are sent before a Disconnect's Ok.
 */
import { ErrorCode } from "../../runtime/errors";
import { TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { body, inProcess, memoryLogger, nameOf, startSession, websocket } from "./helpers";

describe.each([inProcess, websocket])("handshake timeout, over $name", (harness) => {
  it("answers ERROR_INIT and closes a connection that never sends RequestServerInfo, freeing the slot", async () => {
    const { log, lines } = memoryLogger();
    const started = await startSession(harness, { handshakeTimeoutMs: 50, log });
    try {
      const silent = started.client;
      const error = await silent.next((m) => "Error" in m);
      expect(body(error).ErrorCode).toBe(ErrorCode.Init);
      expect(body(error).ErrorMessage).toContain("no RequestServerInfo within 50 ms");
      await silent.whenClosed();
      expect(lines.some((l) => l.includes("no RequestServerInfo within 50 ms"))).toBe(true);
      // The slot is free again: a new client gets in.
      const next = await started.open();
      expect(nameOf(await next.handshake())).toBe("ServerInfo");
    } finally {
      await started.close();
    }
  });

  it("does not fire after a successful handshake", async () => {
    const started = await startSession(harness, { handshakeTimeoutMs: 50 });
    try {
      const client = started.client;
      expect(nameOf(await client.handshake())).toBe("ServerInfo");
      // Wait past the timeout by way of a real timer, then the session must still answer.
      await new Promise((r) => setTimeout(r, 120));
      expect(await client.request({ Ping: { Id: 2 } })).toEqual({ Ok: { Id: 2 } });
      expect(client.closed).toBe(false);
    } finally {
      await started.close();
    }
  });
});

describe("client text in logs", () => {
  const forged = "evil\nINFO  [bpkit/session] forged line\u001b[31m\r\u009b2J";
  const raw = /[\u0000-\u001f\u007f-\u009f]/;

  it("escapes control characters in ClientName, message names and refusals", async () => {
    const { log, lines } = memoryLogger("debug");
    const started = await startSession(inProcess, { log });
    try {
      const client = started.client;
      expect(nameOf(await client.handshake(forged))).toBe("ServerInfo");
      // A message name the client made up, with a newline in it.
      const reply = await client.request({ "Bogus\nERROR [bpkit] forged": { Id: 2 } });
      expect(nameOf(reply)).toBe("Error");
      // A second client is refused at its handshake, naming the first by its ClientName.
      const second = await started.open();
      await second.handshake("second");
      await second.whenClosed();
      await client.request({ Disconnect: { Id: 3 } });
      await client.whenClosed();

      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).not.toMatch(raw);
      const escaped = "evil\\nINFO  [bpkit/session] forged line\\u001b[31m\\r\\u009b2J";
      expect(lines.some((l) => l.includes(`client "${escaped}" connected`))).toBe(true);
      expect(lines.some((l) => l.includes("refused connection") && l.includes(escaped))).toBe(true);
      expect(lines.some((l) => l.includes("Bogus\\nERROR [bpkit] forged"))).toBe(true);
      expect(lines.some((l) => l.includes(`session "${escaped}" ending`))).toBe(true);
    } finally {
      await started.close();
    }
  });
});

describe.each([inProcess, websocket])("Disconnect with requests in flight, over $name", (harness) => {
  async function setup(stopTimeoutMs?: number) {
    const device = new TestDevice({ name: "Slow", features: vibratorFeatures() });
    const source = new TestDeviceSource();
    const started = await startSession(harness, { deviceSources: [source], stopTimeoutMs });
    source.add(device);
    const client = started.client;
    expect(nameOf(await client.handshake())).toBe("ServerInfo");
    let stopsAtClose: number | undefined;
    client.connection.on("close", () => (stopsAtClose = device.stops.length));
    return { device, client, started, stopsAtClose: () => stopsAtClose };
  }

  it("sends the reply of a slow command before the Disconnect's Ok, then stops devices and closes", async () => {
    const { device, client, started, stopsAtClose } = await setup();
    try {
      device.holdOutputs();
      client.send({ OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } } });
      client.send({ Disconnect: { Id: 3 } });
      await new Promise((r) => setTimeout(r, 20)); // both frames reach the server
      expect(device.outputs).toHaveLength(1);
      expect(client.received.some((m) => body(m).Id === 3)).toBe(false); // still waiting for Id 2
      device.releaseOutputs();
      await client.whenClosed();
      const replies = client.received.slice(1).map((m) => [nameOf(m), body(m).Id]);
      expect(replies).toEqual([
        ["Ok", 2],
        ["Ok", 3],
      ]);
      expect(stopsAtClose()).toBeGreaterThan(0);
    } finally {
      await started.close();
    }
  });

  it("waits at most the stop timeout for a command that never finishes", async () => {
    const { device, client, started, stopsAtClose } = await setup(50);
    try {
      device.holdOutputs();
      client.send({ OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } } });
      client.send({ Disconnect: { Id: 3 } });
      expect(await client.reply(3)).toEqual({ Ok: { Id: 3 } });
      await client.whenClosed();
      expect(stopsAtClose()).toBeGreaterThan(0);
    } finally {
      device.releaseOutputs();
      await started.close();
    }
  });
});
