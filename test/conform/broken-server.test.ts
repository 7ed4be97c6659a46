/**
 * Each server check can fail: bpkit's server behind a middleman that breaks one rule
 * (broken-server.ts) fails exactly the check for that rule, at one version, and every other check
 * at that version still passes. Rules whose break every session notices (the handshake, the stop at
 * session end) name the other checks that must notice it too.
 */
import { InProcessConnector } from "../../runtime/client";
import {
  attachDevices,
  detachDevices,
  runServerChecks,
  SERVER_CHECKS,
  type AttachedDevice,
  type CheckResult,
} from "../../runtime/conform";
import { ErrorCode } from "../../runtime/errors";
import { createDeviceSources, DEFAULT_HARDWARE_OPTIONS, WebsocketDeviceManager } from "../../runtime/hardware";
import { silentLogger } from "../../runtime/log";
import { ButtplugServer } from "../../runtime/server";
import { allowServerProblems } from "../setup/session-tap";
import { bodyOf, BreakingConnector, messagesOf, nameOf, type Breaker, type BreakerSession } from "./broken-server";

type Message = Record<string, Record<string, unknown>>;

/** Remember every client request by Id (the breakers answer or rewrite by what was asked). */
function sentById(session: BreakerSession): Map<number, Message> {
  session.state.sent ??= new Map<number, Message>();
  return session.state.sent as Map<number, Message>;
}
function track(text: string, session: BreakerSession): Message[] | undefined {
  const messages = messagesOf(text);
  for (const m of messages ?? []) {
    const body = bodyOf(m);
    if (body && typeof body.Id === "number") sentById(session).set(body.Id, m);
  }
  return messages;
}
/** Rewrite client frames message by message. */
const rewriteClient = (rewrite: (m: Message) => Message): Breaker => ({
  clientFrame: (text) => {
    const messages = messagesOf(text);
    return messages ? JSON.stringify(messages.map(rewrite)) : text;
  },
});
/** Answer some client messages in place of the server (the server never sees them). */
const answerClient = (answer: (m: Message) => Message | undefined): Breaker => ({
  clientFrame: (text, session) => {
    const messages = messagesOf(text);
    const m = messages?.length === 1 ? messages[0]! : undefined;
    const reply = m && answer(m);
    if (!reply) return text;
    session.toClient([reply]);
    return null;
  },
});
/** Rewrite server replies by the request they answer. */
const rewriteReplies = (
  rewrite: (reply: Message, request: Message | undefined, session: BreakerSession) => Message,
): Breaker => ({
  clientFrame: (text, session) => {
    track(text, session);
    return text;
  },
  serverFrame: (messages, session) =>
    messages.map((m) => rewrite(m, sentById(session).get(bodyOf(m).Id as number), session)),
});
const error = (id: number, code: ErrorCode): Message => ({
  Error: { Id: id, ErrorCode: code, ErrorMessage: "broken on purpose" },
});

/** The Id of the pings the middleman sends for the client (its Ok replies are dropped). */
const MIDDLEMAN_PING = 4000000123;

interface BrokenRule {
  check: string;
  version: 3 | 4;
  rule: string;
  breaker: Breaker;
  /** Other checks that must notice the same break. */
  alsoFails?: string[];
  /** The break leaves no session to run the other checks in. */
  othersSkip?: boolean;
}

const RULES: BrokenRule[] = [
  {
    check: "handshake.server-info",
    version: 3,
    rule: "ServerInfo does not echo the handshake's Id",
    breaker: rewriteReplies((m) => (nameOf(m) === "ServerInfo" ? { ServerInfo: { ...bodyOf(m), Id: 0 } } : m)),
    // No version is usable, so every other check is skipped.
    othersSkip: true,
  },
  {
    check: "handshake.newer-client",
    version: 4,
    rule: "a spec v5 client is served as v4",
    breaker: rewriteClient((m) =>
      nameOf(m) === "RequestServerInfo" && bodyOf(m).ProtocolVersionMajor === 5
        ? { RequestServerInfo: { ...bodyOf(m), ProtocolVersionMajor: 4 } }
        : m,
    ),
  },
  {
    check: "handshake.first",
    version: 3,
    rule: "messages before the handshake are served",
    breaker: {
      clientFrame: (text, session) => {
        if (!session.state.first) {
          session.state.first = true;
          if (!text.includes("RequestServerInfo"))
            session.toServer([{ RequestServerInfo: { Id: 4000000001, ClientName: "broken", MessageVersion: 3 } }]);
        }
        return text;
      },
      serverFrame: (messages) => messages.filter((m) => bodyOf(m).Id !== 4000000001),
    },
  },
  {
    check: "id.echo",
    version: 3,
    rule: "Ids above 2^31 come back truncated",
    breaker: rewriteReplies((m) =>
      bodyOf(m).Id === 4294967295 ? { [nameOf(m)]: { ...bodyOf(m), Id: 2147483647 } } : m,
    ),
  },
  {
    check: "error.bad-json",
    version: 3,
    rule: "invalid JSON is ERROR_UNKNOWN",
    breaker: {
      clientFrame: (text, session) => {
        session.state.badJson = messagesOf(text) === undefined;
        return text;
      },
      serverFrame: (messages, session) =>
        messages.map((m) => (nameOf(m) === "Error" && session.state.badJson ? error(0, ErrorCode.Unknown) : m)),
    },
  },
  {
    check: "error.unknown-message",
    version: 3,
    rule: "an unknown message's Error has Id 0",
    breaker: rewriteReplies((m, request) =>
      request && nameOf(request) === "NotAButtplugMessage" ? error(0, ErrorCode.Msg) : m,
    ),
  },
  {
    check: "error.other-version",
    version: 3,
    rule: "a v4 OutputCmd in a v3 session is answered Ok",
    breaker: answerClient((m) => (nameOf(m) === "OutputCmd" ? { Ok: { Id: bodyOf(m).Id } } : undefined)),
  },
  {
    check: "error.bad-id",
    version: 3,
    rule: "an unreadable Id is ERROR_DEVICE",
    breaker: {
      clientFrame: (text, session) => {
        if (!text.includes('"Wat"')) return text;
        session.toClient([error(0, ErrorCode.Device)]);
        return null;
      },
    },
  },
  {
    check: "error.zero-id",
    version: 3,
    rule: "a client Id 0 is ERROR_DEVICE",
    breaker: {
      clientFrame: (text, session) => {
        if (!text.includes('"Id":0}')) return text;
        session.toClient([error(0, ErrorCode.Device)]);
        return null;
      },
    },
  },
  {
    check: "error.out-of-range",
    version: 3,
    rule: "a scalar above 1 is clamped to 1 instead of refused",
    breaker: rewriteClient((m) => {
      const scalars = bodyOf(m).Scalars as Array<{ Scalar: number }> | undefined;
      return nameOf(m) === "ScalarCmd" && scalars
        ? { ScalarCmd: { ...bodyOf(m), Scalars: scalars.map((s) => ({ ...s, Scalar: Math.min(1, s.Scalar) })) } }
        : m;
    }),
  },
  {
    check: "error.unknown-device",
    version: 3,
    rule: "an unknown device is ERROR_MSG",
    breaker: rewriteReplies((m, request) =>
      request && bodyOf(request).DeviceIndex === 4000000 && nameOf(m) === "Error"
        ? error(bodyOf(m).Id as number, ErrorCode.Msg)
        : m,
    ),
  },
  {
    check: "error.wrong-feature",
    version: 3,
    rule: "a command for a missing feature is answered Ok",
    breaker: rewriteReplies((m, request) => {
      const scalars =
        request && nameOf(request) === "ScalarCmd" ? (bodyOf(request).Scalars as Array<{ Scalar: number }>) : undefined;
      return scalars?.every((s) => s.Scalar <= 1) && nameOf(m) === "Error" ? { Ok: { Id: bodyOf(m).Id } } : m;
    }),
  },
  {
    check: "ping.ok",
    version: 3,
    rule: "Ping is answered with an Error",
    breaker: rewriteReplies((m, request) =>
      request && nameOf(request) === "Ping" && nameOf(m) === "Ok"
        ? error(bodyOf(m).Id as number, ErrorCode.Unknown)
        : m,
    ),
  },
  {
    check: "ping.timeout",
    version: 3,
    rule: "the server never drops a silent client (the middleman pings for it)",
    breaker: {
      clientFrame: (text, session) => {
        session.state.pinger ??= setInterval(() => session.toServer([{ Ping: { Id: MIDDLEMAN_PING } }]), 50);
        return text;
      },
      serverFrame: (messages) => messages.filter((m) => bodyOf(m).Id !== MIDDLEMAN_PING),
      clientClosed: (session) => {
        clearInterval(session.state.pinger as NodeJS.Timeout);
        return false;
      },
      serverClosed: (session) => clearInterval(session.state.pinger as NodeJS.Timeout),
    },
  },
  {
    check: "devices.list",
    version: 3,
    rule: "the second DeviceList of a session leaves a device out",
    breaker: rewriteReplies((m, _request, session) => {
      if (nameOf(m) !== "DeviceList" || bodyOf(m).Id === 0 || bodyOf(m).Id === 4294967295) return m;
      session.state.lists = ((session.state.lists as number | undefined) ?? 0) + 1;
      const devices = bodyOf(m).Devices as unknown[];
      return session.state.lists === 2 ? { DeviceList: { ...bodyOf(m), Devices: devices.slice(0, -1) } } : m;
    }),
  },
  {
    check: "scanning",
    version: 3,
    rule: "the Ok to StartScanning carries a field Ok does not have (found by the session checker)",
    breaker: rewriteReplies((m, request) =>
      request && nameOf(request) === "StartScanning" && nameOf(m) === "Ok"
        ? { Ok: { ...bodyOf(m), Scanning: true } }
        : m,
    ),
  },
  {
    check: "stop.device",
    version: 3,
    rule: "StopDeviceCmd is answered Ok and does nothing",
    breaker: answerClient((m) =>
      nameOf(m) === "StopDeviceCmd" && (bodyOf(m).DeviceIndex as number) < 1000
        ? { Ok: { Id: bodyOf(m).Id } }
        : undefined,
    ),
  },
  {
    check: "stop.all",
    version: 3,
    rule: "StopAllDevices is answered Ok and does nothing",
    breaker: answerClient((m) => (nameOf(m) === "StopAllDevices" ? { Ok: { Id: bodyOf(m).Id } } : undefined)),
  },
  {
    check: "battery.read",
    version: 3,
    rule: "a battery read is answered with ERROR_DEVICE",
    breaker: answerClient((m) =>
      nameOf(m) === "SensorReadCmd" ? error(bodyOf(m).Id as number, ErrorCode.Device) : undefined,
    ),
  },
  {
    check: "session.disconnect",
    version: 4,
    rule: "Disconnect is answered Ok but the session goes on",
    breaker: answerClient((m) => (nameOf(m) === "Disconnect" ? { Ok: { Id: bodyOf(m).Id } } : undefined)),
  },
  {
    check: "session.close",
    version: 3,
    rule: "a closed connection leaves the session (and its devices) running for 3 s",
    breaker: {
      clientFrame: (text, session) => {
        // Only a session left while its devices run (a vibrate and no stop after it) lingers.
        for (const m of messagesOf(text) ?? []) {
          if (nameOf(m) === "ScalarCmd")
            session.state.running = (bodyOf(m).Scalars as Array<{ Scalar: number }>).some((x) => x.Scalar > 0);
          if (nameOf(m).startsWith("Stop")) session.state.running = false;
        }
        return text;
      },
      serverFrame: (messages) => messages.filter((m) => bodyOf(m).Id !== MIDDLEMAN_PING),
      clientClosed: (session, closeServer) => {
        if (!session.state.running) return false;
        const pinger = setInterval(() => session.toServer([{ Ping: { Id: MIDDLEMAN_PING } }]), 50);
        setTimeout(() => {
          clearInterval(pinger);
          closeServer();
        }, 3000);
        return true;
      },
    },
    // It leaves vibrating devices running after its session, as does every check that ends with devices running.
    alsoFails: ["device.vibrate-bytes"],
  },
  {
    check: "device.vibrate-bytes",
    version: 3,
    rule: "a half-speed vibrate reaches the device at a quarter",
    breaker: rewriteClient((m) => {
      const scalars = bodyOf(m).Scalars as Array<{ Scalar: number }> | undefined;
      return nameOf(m) === "ScalarCmd" && scalars
        ? {
            ScalarCmd: {
              ...bodyOf(m),
              Scalars: scalars.map((s) => ({ ...s, Scalar: s.Scalar === 0.5 ? 0.25 : s.Scalar })),
            },
          }
        : m;
    }),
  },
  {
    check: "device.linear-bytes",
    version: 3,
    rule: "a stroke to 80% reaches the device at 50%",
    breaker: rewriteClient((m) => {
      const vectors = bodyOf(m).Vectors as Array<{ Position: number }> | undefined;
      return nameOf(m) === "LinearCmd" && vectors
        ? {
            LinearCmd: {
              ...bodyOf(m),
              Vectors: vectors.map((v) => ({ ...v, Position: v.Position === 0.8 ? 0.5 : v.Position })),
            },
          }
        : m;
    }),
  },
];

let server: ButtplugServer;
let attached: AttachedDevice[];

beforeAll(async () => {
  const sources = await createDeviceSources(
    { ...DEFAULT_HARDWARE_OPTIONS, useBluetooth: false, useDeviceWebsocketServer: true, deviceWebsocketServerPort: 0 },
    silentLogger,
  );
  const wsdm = sources.find((s): s is WebsocketDeviceManager => s instanceof WebsocketDeviceManager)!;
  server = new ButtplugServer({ deviceSources: sources, maxPingTime: 1000, log: silentLogger });
  attached = await attachDevices(`ws://127.0.0.1:${wsdm.port}`);
});
afterAll(async () => {
  await detachDevices(attached);
  await server.shutdown();
});

test("every check has a broken rule below", () => {
  expect(RULES.map((r) => r.check).sort()).toEqual(SERVER_CHECKS.map((c) => c.id).sort());
});

/** Failing checks; with the reasons when they are not the expected ones, so a mismatch explains itself. */
const failing = (results: CheckResult[], expected: string[]) => {
  const failed = results.filter((r) => r.status === "fail");
  const names = failed.map((r) => r.check).sort();
  return names.join() === [...expected].sort().join() ? names : failed.map((r) => `${r.check}: ${r.reason}`);
};

// The server here is broken on purpose: what the session checker finds in it is the point.
beforeEach(() => allowServerProblems());

test.each(RULES)(
  "$check fails when $rule",
  async ({ check, version, breaker, alsoFails = [], othersSkip }) => {
    const report = await runServerChecks(
      { connector: new BreakingConnector(new InProcessConnector(server), breaker), attached },
      { versions: [version], replyTimeoutMs: 1000 },
    );
    expect(failing(report.results, [check, ...alsoFails])).toEqual([check, ...alsoFails].sort());
    const reason = report.results.find((r) => r.check === check)!.reason!;
    expect(reason.length).toBeGreaterThan(0);
    const skipped = report.results.filter((r) => r.status === "skip").map((r) => r.check);
    if (othersSkip) expect(skipped.length).toBe(report.results.length - 1);
    else expect(skipped).toEqual([]);
  },
  60000,
);
