/**
 * Session mechanics of the client: Id matching in any order, reply timeout, reply checks, server
 * events and errors, ping keep-alive, reconnect with backoff. Most use a scripted fake server over
 * an in-process pair (to answer late, out of order, or wrongly); keep-alive and reconnect use
 * bpkit's real server.
 */
import type { v4 } from "../../generated";
import {
  backoffDelay,
  ButtplugClient,
  ButtplugConnectionError,
  ButtplugMessageError,
  ButtplugPingError,
  ButtplugTimeoutError,
  InProcessConnector,
  type ButtplugClientError,
  type ButtplugConnector,
} from "../../runtime/client";
import { ButtplugServer, TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { createInProcessPair, type FrameConnection } from "../../runtime/transport";
import { WebsocketServerTransport } from "../../runtime/transport";
import { WebsocketConnector } from "../../runtime/client";
import { allowServerProblems } from "../setup/session-tap";
import { next } from "./helpers";
import { until } from "../until";

type Msg = Record<string, Record<string, unknown>>;

const vibrator: v4.DeviceInfo = {
  DeviceName: "Fake Vibe",
  DeviceIndex: 3,
  DeviceMessageTimingGap: 0,
  DeviceFeatures: {
    "0": { FeatureIndex: 0, FeatureDescription: "Motor", Output: { Vibrate: { Value: [0, 10] } } },
    "1": {
      FeatureIndex: 1,
      FeatureDescription: "Battery",
      Input: { Battery: { Value: [[0, 100]], Command: ["Read"] } },
    },
  },
};

/**
 * A scripted v4 server: answers the handshake and RequestDeviceList itself; every other message
 * goes to `handle`, which may answer at once, later (via `reply`) or never.
 */
class FakeServer implements ButtplugConnector {
  readonly description = "fake server";
  readonly received: Msg[] = [];
  connection?: FrameConnection;
  devices: v4.Devices = { "3": vibrator };
  handle: (message: Msg) => Msg[] | undefined = () => undefined;
  /** The answer to RequestServerInfo. */
  handshake: (id: number) => unknown = (id) => ({
    ServerInfo: { Id: id, ServerName: "fake", MaxPingTime: 0, ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 },
  });

  async connect(): Promise<FrameConnection> {
    const { client, server } = createInProcessPair();
    this.connection = server;
    server.on("frame", (frame) => {
      for (const m of JSON.parse(frame) as Msg[]) {
        this.received.push(m);
        const [name] = Object.keys(m);
        const id = m[name].Id as number;
        if (name === "RequestServerInfo") this.reply(this.handshake(id));
        else if (name === "RequestDeviceList") this.reply({ DeviceList: { Id: id, Devices: this.devices } });
        else {
          const out = this.handle(m);
          if (out) this.reply(...out);
        }
      }
    });
    return client;
  }

  reply(...messages: unknown[]): void {
    this.connection!.send(JSON.stringify(messages));
  }

  sendRaw(frame: string): void {
    this.connection!.send(frame);
  }

  /** Messages received with this name. */
  named(name: string): Array<Record<string, unknown>> {
    return this.received.filter((m) => name in m).map((m) => m[name]);
  }
}

describe("client session mechanics (scripted fake server)", () => {
  let fake: FakeServer;
  let client: ButtplugClient;
  const errors: ButtplugClientError[] = [];

  beforeEach(async () => {
    fake = new FakeServer();
    client = new ButtplugClient({ replyTimeout: 1000 }); // long enough for a loaded CI machine
    errors.length = 0;
    client.on("error", (e) => errors.push(e));
    await client.connect(fake);
  });

  afterEach(async () => {
    fake.handle = (m) => ("Disconnect" in m ? [{ Ok: { Id: m.Disconnect.Id } }] : undefined);
    await client.disconnect();
  });

  test("replies are matched to requests by Id, whatever the order they arrive in", async () => {
    const held: Msg[] = [];
    fake.handle = (m) => {
      held.push(m);
      if (held.length === 3) {
        // Answer the three reads in reverse order, each with a value derived from its Id.
        const answers = held.reverse().map((r) => ({
          InputReading: {
            Id: r.InputCmd.Id,
            DeviceIndex: 3,
            FeatureIndex: 1,
            Reading: { Battery: { Value: (r.InputCmd.Id as number) % 100 } },
          },
        }));
        return answers;
      }
      return undefined;
    };
    const d = client.device(3);
    const reads = [d.battery(), d.battery(), d.battery()];
    const values = await Promise.all(reads);
    const ids = fake.named("InputCmd").map((b) => (b.Id as number) % 100);
    expect(values).toEqual(ids);
    expect(new Set(ids).size).toBe(3);
  });

  test("no reply within replyTimeout rejects with ButtplugTimeoutError naming the message and Id; a late reply is ignored", async () => {
    fake.handle = () => undefined;
    const err = await client.startScanning().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ButtplugTimeoutError);
    const id = fake.named("StartScanning")[0].Id;
    expect((err as Error).message).toBe(`no reply to StartScanning (Id ${id}) within 1000 ms`);
    fake.reply({ Ok: { Id: id } });
    // The client stays usable and reports nothing for the late reply.
    fake.handle = (m) => [{ Ok: { Id: m.StopScanning.Id } }];
    await client.stopScanning();
    expect(errors).toEqual([]);
  });

  test("a reply the request does not allow rejects with ButtplugMessageError", async () => {
    allowServerProblems(); // the scripted fake server sends wrong frames on purpose
    fake.handle = (m) => [{ DeviceList: { Id: m.StartScanning.Id, Devices: {} } }];
    await expect(client.startScanning()).rejects.toThrow(
      /server answered StartScanning \(Id \d+\) with DeviceList; expected Ok or Error/,
    );
  });

  test("an invalid server message is reported (error event) or fails the request it answers", async () => {
    allowServerProblems(); // the scripted fake server sends wrong frames on purpose
    fake.sendRaw("not json");
    fake.sendRaw(JSON.stringify([{ ScanningFinished: { Id: 0, Extra: true } }]));
    await until(() => errors.length === 2, "two errors");
    expect(errors[0]).toBeInstanceOf(ButtplugMessageError);
    expect(errors[0].message).toMatch(/not JSON/);
    expect(errors[1].message).toMatch(
      /invalid spec v4 message: \/0\/ScanningFinished\/Extra: must NOT have additional property 'Extra'/,
    );
    fake.handle = (m) => [{ Ok: { Id: m.StopCmd.Id, Bogus: 1 } }];
    await expect(client.stopAll()).rejects.toThrow(
      /invalid spec v4 message: \/0\/Ok\/Bogus: must NOT have additional property 'Bogus'/,
    );
  });

  test("a server Error with Id 0 becomes an error event of the ErrorCode's class", async () => {
    fake.reply({ Error: { Id: 0, ErrorCode: 2, ErrorMessage: "no Ping within MaxPingTime" } });
    await until(() => errors.length === 1, "error event");
    expect(errors[0]).toBeInstanceOf(ButtplugPingError);
    expect(errors[0].message).toBe("no Ping within MaxPingTime");
  });

  test("DeviceList events are diffed: added, removed, and a changed device is removed then added", async () => {
    const added: number[] = [];
    const removed: number[] = [];
    client.on("deviceAdded", (d) => added.push(d.index));
    client.on("deviceRemoved", (d) => removed.push(d.index));
    const second: v4.DeviceInfo = { ...vibrator, DeviceIndex: 4, DeviceName: "Second" };
    fake.reply({ DeviceList: { Id: 0, Devices: { "3": vibrator, "4": second } } });
    await until(() => added.length === 1, "added");
    fake.reply({ DeviceList: { Id: 0, Devices: { "4": { ...second, DeviceDisplayName: "Renamed" } } } });
    await until(() => removed.length === 2, "removed");
    expect(added).toEqual([4, 4]);
    expect(removed).toEqual([3, 4]);
    expect(client.device(4).displayName).toBe("Renamed");
  });

  test("the connection closing rejects requests in flight and removes every device", async () => {
    fake.handle = () => undefined;
    const pending = client.startScanning();
    const removed = next(client, "deviceRemoved");
    await until(() => fake.named("StartScanning").length === 1, "request sent");
    fake.connection!.close("server went away");
    await expect(pending).rejects.toBeInstanceOf(ButtplugConnectionError);
    await expect(pending).rejects.toThrow(/connection closed \(server went away\) before a reply to StartScanning/);
    await removed;
    expect(client.devices.size).toBe(0);
  });
});

describe("client handshake failures", () => {
  test("a server Error to RequestServerInfo rejects connect with the typed error and closes", async () => {
    const fake = new FakeServer();
    fake.handshake = (id) => ({ Error: { Id: id, ErrorCode: 1, ErrorMessage: "client too new" } });
    const client = new ButtplugClient();
    const err = await client.connect(fake).catch((e: unknown) => e);
    expect((err as ButtplugClientError).code).toBe(1);
    expect((err as Error).message).toMatch(/RequestServerInfo \(Id 1\): client too new/);
    expect(client.connected).toBe(false);
    await until(() => !fake.connection!.open, "closed");
  });

  test("a connector that cannot connect rejects with ButtplugConnectionError", async () => {
    const client = new ButtplugClient();
    const err = await client
      .connect(new WebsocketConnector("ws://127.0.0.1:1", { implementation: "ws" }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ButtplugConnectionError);
    expect((err as Error).message).toMatch(/cannot connect to ws:\/\/127.0.0.1:1/);
  });
});

describe("keep-alive and reconnect (bpkit server)", () => {
  test("pings at half of MaxPingTime keep a session alive well past MaxPingTime", async () => {
    // MaxPingTime large enough that a loaded CI machine's timer delays cannot end the session.
    const server = new ButtplugServer({ maxPingTime: 800 });
    const client = new ButtplugClient();
    const pings: number[] = [];
    const connector = new InProcessConnector(server);
    const connect = connector.connect.bind(connector);
    connector.connect = async () => {
      const c = await connect();
      const send = c.send.bind(c);
      c.send = (frame: string) => {
        if (frame.includes('"Ping"')) pings.push(1);
        send(frame);
      };
      return c;
    };
    await client.connect(connector);
    expect(client.serverInfo?.maxPingTime).toBe(800);
    // Six pings at 400 ms: 2.4 s, three MaxPingTimes; the server would have ended a silent session.
    await until(() => pings.length >= 6, "six pings", 20_000);
    expect(client.connected).toBe(true);
    expect(server.session?.connected).toBe(true);
    await client.disconnect();
    await server.shutdown();
  });

  test("without pings the same server ends the session (what keep-alive prevents)", async () => {
    const server = new ButtplugServer({ maxPingTime: 60 });
    const { client: end, server: serverEnd } = createInProcessPair();
    server.connect(serverEnd);
    end.send(
      JSON.stringify([
        { RequestServerInfo: { Id: 1, ClientName: "silent", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
      ]),
    );
    await next(end, "close");
    await server.shutdown();
  });

  test("backoffDelay grows by factor up to maxDelay", () => {
    const o = { initialDelay: 100, factor: 2, maxDelay: 1000 };
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, o))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(backoffDelay(1)).toBe(250);
  });

  test("reconnect (opt-in): after the server drops the connection the client reconnects, re-lists devices and works", async () => {
    const device = new TestDevice({ name: "Reconnect Vibe", features: vibratorFeatures() });
    const source = new TestDeviceSource();
    const server = new ButtplugServer({ deviceSources: [source] });
    const transport = new WebsocketServerTransport({ port: 0 });
    transport.on("connection", (c) => server.connect(c));
    const { port } = await transport.listen();
    const client = new ButtplugClient({ reconnect: { initialDelay: 10, maxDelay: 50 } });
    const events: string[] = [];
    client.on("deviceAdded", (d) => events.push(`added ${d.index}`));
    client.on("deviceRemoved", (d) => events.push(`removed ${d.index}`));
    client.on("disconnect", () => events.push("disconnect"));
    client.on("reconnecting", (attempt) => events.push(`reconnecting ${attempt}`));
    client.on("reconnected", () => events.push("reconnected"));
    source.add(device);
    await client.connect(new WebsocketConnector(`ws://127.0.0.1:${port}`, { implementation: "ws" }));
    expect(events).toEqual(["added 0"]);
    const back = next(client, "reconnected");
    await server.session!.end("test: dropping the client");
    await back;
    expect(events).toEqual(["added 0", "removed 0", "disconnect", "reconnecting 1", "added 0", "reconnected"]);
    expect(client.connected).toBe(true);
    try {
      await client.device(0).feature(1).vibrate(3);
      expect(device.outputs.at(-1)).toEqual({ featureIndex: 1, command: { Vibrate: { Value: 3 } } });
    } finally {
      // disconnect() is final: no reconnect after it.
      await client.disconnect();
      await server.shutdown();
      await transport.close();
    }
    expect(events.filter((e) => e.startsWith("reconnecting"))).toHaveLength(1);
  });

  test("reconnect keeps trying while the server is down and gives up after maxAttempts", async () => {
    const server = new ButtplugServer();
    const transport = new WebsocketServerTransport({ port: 0 });
    transport.on("connection", (c) => server.connect(c));
    const { port } = await transport.listen();
    const client = new ButtplugClient({ reconnect: { initialDelay: 5, maxDelay: 20, maxAttempts: 3 } });
    const attempts: number[] = [];
    const errors: ButtplugClientError[] = [];
    client.on("reconnecting", (a) => attempts.push(a));
    client.on("error", (e) => errors.push(e));
    await client.connect(new WebsocketConnector(`ws://127.0.0.1:${port}`, { implementation: "ws" }));
    await server.shutdown();
    await transport.close();
    await until(() => errors.length === 1, "give up");
    expect(attempts).toEqual([1, 2, 3]);
    expect(errors[0]).toBeInstanceOf(ButtplugConnectionError);
    expect(errors[0].message).toMatch(/gave up reconnecting to ws:\/\/127.0.0.1:\d+ after 3 attempts/);
    expect(client.connected).toBe(false);
  });
});

describe("application callbacks that throw", () => {
  test("a throwing subscription callback is reported as an error event; the session goes on", async () => {
    const fake = new FakeServer();
    fake.devices = {
      "3": {
        ...vibrator,
        DeviceFeatures: {
          "0": {
            FeatureIndex: 0,
            FeatureDescription: "Button",
            Input: { Button: { Value: [[0, 1]], Command: ["Subscribe"] } },
          },
        },
      },
    };
    fake.handle = (m) => {
      const [name] = Object.keys(m);
      return [{ Ok: { Id: m[name].Id } }];
    };
    const client = new ButtplugClient();
    const errors: Error[] = [];
    client.on("error", (e) => errors.push(e));
    await client.connect(fake);
    await client.device(3).subscribe("Button", () => {
      throw new Error("app bug");
    });
    fake.reply({ InputReading: { Id: 0, DeviceIndex: 3, FeatureIndex: 0, Reading: { Button: { Value: 1 } } } });
    await until(() => errors.length === 1, "error event");
    expect(errors[0].message).toBe("handling InputReading: app bug");
    await client.stopAll();
    expect(client.connected).toBe(true);
    await client.disconnect();
  });
});
