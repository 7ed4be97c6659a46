/**
 * Client mode: bpkit's own client and the official JS clients (npm buttplug 3.2.2 speaking spec v3,
 * buttplug 5.0.2 speaking v4) play a script against conform's scripted server over a websocket —
 * connect, command the vibrator (whose first command fails and whose second is slow), scan, stroke
 * the stroker that arrives, wait for its removal, read the battery, stop, leave — and are judged.
 */
import * as Buttplug5 from "buttplug";
import * as Buttplug3 from "buttplug3";
import { ButtplugClient, WebsocketConnector } from "../../runtime/client";
import {
  ClientConformanceSession,
  CLIENT_RULES,
  type ClientRunReport,
  type ClientScriptOptions,
} from "../../runtime/conform";
import { connectWebsocket, WebsocketServerTransport } from "../../runtime/transport";
import { run } from "../../scripts/conform";

/** Script timings: short, but long enough that the session spans several ping deadlines. */
const SCRIPT = { maxPingTime: 600, slowReplyMs: 300, removeAfterMs: 900, timeoutMs: 20000 };

/** Start a judged session on a websocket; `play` is the client's part, given the URL. */
async function judge(
  play: (url: string) => Promise<void>,
  script: ClientScriptOptions = SCRIPT,
): Promise<ClientRunReport> {
  const session = new ClientConformanceSession(script);
  const transport = new WebsocketServerTransport({ port: 0 });
  transport.on("connection", (c) => session.accept(c));
  const { port } = await transport.listen();
  try {
    await play(`ws://127.0.0.1:${port}`);
    return await session.done;
  } finally {
    session.stop("test over");
    await transport.close();
  }
}

const statuses = (report: ClientRunReport) =>
  Object.fromEntries(report.results.map((r) => [r.check, r.reason ? `${r.status}: ${r.reason}` : r.status]));
const allPass = Object.fromEntries(Object.keys(CLIENT_RULES).map((rule) => [rule, "pass"]));
/**
 * The official clients never ping: their ping timers are commented out (buttplug 3.2.2
 * Client.js, 5.0.2 ButtplugClient.js). So their full script runs without a ping deadline, and a
 * short session with one shows the rule failing.
 */
const NO_DEADLINE = { ...SCRIPT, maxPingTime: 0 };
const exceptPings = { ...allPass, "client.pings": "skip: the script has no ping deadline (MaxPingTime 0)" };

/** Connect, wait past the deadline, and see the client dropped. */
async function droppedForNotPinging(connect: (url: string) => Promise<void>): Promise<ClientRunReport> {
  return judge(async (url) => {
    await connect(url);
    await sleep(SCRIPT.maxPingTime * 2);
  });
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("bpkit's own client passes every client rule (spec v4)", async () => {
  const report = await judge(async (url) => {
    const client = new ButtplugClient({ name: "bpkit client", replyTimeout: 5000 });
    await client.connect(new WebsocketConnector(url));
    const vibrator = [...client.devices.values()].find((d) => d.name === "conform vibrator")!;
    await expect(vibrator.vibrate({ fraction: 0.5 })).rejects.toThrow(/hiccup/);
    await vibrator.vibrate({ fraction: 0.5 });
    const arrived = new Promise<import("../../runtime/client").ClientDevice>((resolve) =>
      client.once("deviceAdded", resolve),
    );
    const removed = new Promise<void>((resolve) => client.once("deviceRemoved", () => resolve()));
    await client.startScanning();
    const stroker = await arrived;
    await stroker.feature(0).output("HwPositionWithDuration", 80, { durationMs: 500 });
    await removed;
    expect(await vibrator.battery()).toBe(100);
    await sleep(700); // a pause longer than MaxPingTime: the client's keep-alive covers it
    await client.stopAll();
    await client.disconnect();
  });
  expect(report.version).toBe(4);
  expect(statuses(report)).toEqual(allPass);
}, 30000);

test("official buttplug 5.0.2 client (spec v4) passes every client rule but pings (it never pings)", async () => {
  const report = await judge(async (url) => {
    const client = new Buttplug5.ButtplugClient("buttplug 5 client");
    await client.connect(new Buttplug5.ButtplugNodeWebsocketClientConnector(url));
    const vibrator = client.devices.get(0) ?? [...client.devices.values()][0]!;
    await expect(vibrator.runOutput(Buttplug5.DeviceOutput.Vibrate.percent(0.5))).rejects.toBeDefined();
    await vibrator.runOutput(Buttplug5.DeviceOutput.Vibrate.percent(0.5));
    const arrived = new Promise<Buttplug5.ButtplugClientDevice>((resolve) => client.once("deviceadded", resolve));
    const removed = new Promise<void>((resolve) => client.once("deviceremoved", () => resolve()));
    await client.startScanning();
    const stroker = await arrived;
    await stroker.runOutput(Buttplug5.DeviceOutput.HwPositionWithDuration.percent(0.8, 500));
    await removed;
    await vibrator.battery();
    await sleep(700);
    await client.stopAllDevices();
    await client.disconnect();
  }, NO_DEADLINE);
  expect(report.version).toBe(4);
  expect(statuses(report)).toEqual(exceptPings);

  const dropped = await droppedForNotPinging(async (url) => {
    await new Buttplug5.ButtplugClient("buttplug 5 client").connect(
      new Buttplug5.ButtplugNodeWebsocketClientConnector(url),
    );
  });
  expect(statuses(dropped)["client.pings"]).toMatch(/^fail: no Ping for \d+ ms .*MaxPingTime 600 ms/);
}, 30000);

test("official buttplug 3.2.2 client (spec v3) passes every client rule but pings (it never pings)", async () => {
  const report = await judge(async (url) => {
    const client = new Buttplug3.ButtplugClient("buttplug 3 client");
    const removed = new Promise<void>((resolve) => client.once("deviceremoved", () => resolve()));
    const arrived = new Promise<Buttplug3.ButtplugClientDevice>((resolve) =>
      client.on("deviceadded", (d: Buttplug3.ButtplugClientDevice) => d.name === "conform stroker" && resolve(d)),
    );
    await client.connect(new Buttplug3.ButtplugNodeWebsocketClientConnector(url));
    const vibrator = client.devices.find((d) => d.name === "conform vibrator")!;
    await expect(vibrator.vibrate(0.5)).rejects.toBeDefined();
    await vibrator.vibrate(0.5);
    await client.startScanning();
    const stroker = await arrived;
    await stroker.linear(0.8, 500);
    await removed;
    await vibrator.battery();
    await sleep(700);
    await client.stopAllDevices();
    await client.disconnect();
  }, NO_DEADLINE);
  expect(report.version).toBe(3);
  expect(statuses(report)).toEqual(exceptPings);

  const dropped = await droppedForNotPinging(async (url) => {
    await new Buttplug3.ButtplugClient("buttplug 3 client").connect(
      new Buttplug3.ButtplugNodeWebsocketClientConnector(url),
    );
  });
  expect(statuses(dropped)["client.pings"]).toMatch(/^fail: no Ping for \d+ ms .*MaxPingTime 600 ms/);
}, 30000);

/** A client speaking raw frames, to break one rule at a time. */
async function rawClient(
  url: string,
): Promise<{ send(frame: unknown[]): void; next(name: string): Promise<Record<string, unknown>>; close(): void }> {
  const connection = await connectWebsocket(url);
  const received: Array<Record<string, Record<string, unknown>>> = [];
  const waiters: Array<() => void> = [];
  connection.on("frame", (frame) => {
    received.push(...(JSON.parse(frame) as Array<Record<string, Record<string, unknown>>>));
    for (const w of waiters.splice(0)) w();
  });
  return {
    send: (frame) => connection.send(JSON.stringify(frame)),
    async next(name) {
      for (;;) {
        const i = received.findIndex((m) => name in m);
        if (i >= 0) return received.splice(i, 1)[0]![name]!;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    close: () => connection.close(),
  };
}

const hello = (id = 1) => ({
  RequestServerInfo: { Id: id, ClientName: "raw", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 },
});
const vibrate = (id: number, value: number, device = 0) => ({
  OutputCmd: { Id: id, DeviceIndex: device, FeatureIndex: 0, Command: { Vibrate: { Value: value } } },
});

/** One misbehaving client per rule: each breaks exactly its rule. */
const MISBEHAVIOUR: Array<{
  rule: string;
  play: (c: Awaited<ReturnType<typeof rawClient>>) => Promise<void>;
  reason: RegExp;
}> = [
  {
    rule: "client.handshake-first",
    play: async (c) => {
      c.send([{ RequestDeviceList: { Id: 1 } }]);
      await c.next("Error");
    },
    reason: /first message is RequestDeviceList/,
  },
  {
    rule: "client.ids",
    play: async (c) => {
      c.send([hello()]);
      await c.next("ServerInfo");
      c.send([{ RequestDeviceList: { Id: 1 } }]);
      await c.next("DeviceList");
    },
    reason: /Id 1 used again by RequestDeviceList/,
  },
  {
    rule: "client.messages",
    play: async (c) => {
      c.send([hello()]);
      await c.next("ServerInfo");
      c.send([{ RequestDeviceList: { Id: 2, Everything: true } }]);
      await c.next("Error");
    },
    reason: /Everything/,
  },
  {
    rule: "client.ranges",
    play: async (c) => {
      c.send([hello()]);
      await c.next("ServerInfo");
      c.send([{ RequestDeviceList: { Id: 3 } }]);
      await c.next("DeviceList");
      c.send([vibrate(2, 21)]);
      await c.next("Error");
    },
    reason: /Vibrate Value 21 is outside the advertised range \[0, 20\]/,
  },
  {
    rule: "client.removed-devices",
    play: async (c) => {
      c.send([hello()]);
      await c.next("ServerInfo");
      c.send([{ StartScanning: { Id: 2 } }]);
      await c.next("DeviceList"); // the stroker arrives (index 1) …
      await c.next("DeviceList"); // … and leaves
      await sleep(150);
      c.send([
        {
          OutputCmd: {
            Id: 3,
            DeviceIndex: 1,
            FeatureIndex: 0,
            Command: { HwPositionWithDuration: { Value: 50, Duration: 100 } },
          },
        },
      ]);
      await c.next("Error");
    },
    reason: /OutputCmd to device 1, \d+ ms after its removal/,
  },
  {
    rule: "client.after-error",
    play: async (c) => {
      c.send([hello()]);
      await c.next("ServerInfo");
      c.send([{ RequestDeviceList: { Id: 3 } }]);
      await c.next("DeviceList");
      c.send([vibrate(2, 10)]);
      await c.next("Error");
    },
    reason: /no request after the Error/,
  },
];

test.each(MISBEHAVIOUR)(
  "a client breaking $rule fails it, and only it",
  async ({ rule, play, reason }) => {
    const report = await judge(async (url) => {
      const c = await rawClient(url);
      await play(c);
      c.close();
    }, NO_DEADLINE);
    const failed = report.results.filter((r) => r.status === "fail");
    expect(failed.map((r) => r.check)).toEqual([rule]);
    expect(failed[0]!.reason).toMatch(reason);
  },
  20000,
);

test("bpkit conform --client: judges the client that connects, prints the table, exits 0", async () => {
  const errors: string[] = [];
  let announced: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (announced = resolve));
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((text) => {
    errors.push(String(text));
    const m = /waiting for a client on (ws:\/\/\S+)/.exec(String(text));
    if (m) announced(m[1]!);
    return true;
  });
  let text = "";
  try {
    const status = run(["--client", "--port", "0", "--max-ping-time", "0", "--timeout", "10000"], {
      write: (t: string) => (text += t),
    });
    const client = new ButtplugClient({ name: "cli client" });
    await client.connect(new WebsocketConnector(await url));
    await client.disconnect();
    expect(await status).toBe(0);
  } finally {
    spy.mockRestore();
  }
  expect(text).toMatch(/^client "cli client", spec v4; connection closed/);
  expect(text).toMatch(/client\.handshake-first\s+v4\s+pass/);
  expect(text).toMatch(/client\.after-error\s+v4\s+skip\s+the client never got the scripted Error/);
}, 20000);
