/**
 * The server checks of `bpkit conform`: a list of steps and expectations per check, each citing the
 * spec section it checks (docs.buttplug.io, docs/spec/<file> § <heading>). Adding a check is
 * adding an entry; run-server.ts carries the steps out. Every frame of every check also goes
 * through the session checker of its version (probe.ts).
 */
import type { SpecVersion } from "../../generated";
import { ErrorCode } from "../errors";
import * as d from "./devices";
import type { CheckContext } from "./run-server";

type Message = Record<string, Record<string, unknown>>;

/** What a check needs of the server; without it the check is skipped with the reason. */
export type Need =
  /** A device with a vibrator in its device list. */
  | "device"
  /** A device that offers a battery reading in this version. */
  | "battery"
  /** A non-zero MaxPingTime. */
  | "ping-timer"
  /** conform's own devices attached over --device-websocket and found in the device list. */
  | "attached";

/** What the server must answer to a step's first message. */
export type Expect =
  /** A reply of this name (or the name this session's state gives) with the request's Id. */
  | { reply: string | ((ctx: CheckContext) => string) }
  /** An Error with one of these codes, with the request's Id ("echo") or Id 0. */
  | { error: readonly ErrorCode[]; id: "echo" | 0 };

/** One step of a check. */
export type Step =
  /** RequestServerInfo of the check's version → ServerInfo with its Id; then keep pinging. */
  | { step: "handshake" }
  /** Send messages built for this session; the first one's answer must meet `expect`. */
  | {
      step: "send";
      build: (ctx: CheckContext) => Message[];
      expect: Expect;
      /** A frame broken on purpose: what the session checker is told was sent instead. */
      checkerSees?: (ctx: CheckContext, id: number) => unknown[] | null;
    }
  /** Send text as it is (not JSON, a bad Id); the answer must meet `expect`. */
  | {
      step: "sendText";
      text: (ctx: CheckContext) => { text: string; id: number };
      expect: Expect;
      checkerSees?: (ctx: CheckContext, id: number) => unknown[] | null;
    }
  /** Set the attached devices going (vibrators at half). */
  | { step: "drive" }
  /** Stop pinging: the server must drop the session within MaxPingTime (plus grace). */
  | { step: "stopPinging" }
  /** Close the connection from the client side. */
  | { step: "closeConnection" }
  /** The server must close the connection soon (after Disconnect). */
  | { step: "expectClosed" }
  /** A condition on the session or the attached devices: returns the reason it does not hold. */
  | { step: "assert"; what: string; holds: (ctx: CheckContext) => string | undefined | Promise<string | undefined> };

/** One conformance check. */
export interface ServerCheck {
  id: string;
  title: string;
  /** The spec section it checks, e.g. "status.md § Ping". */
  spec: string;
  /** Versions it applies to (default: every version the server accepts). */
  versions?: readonly SpecVersion[];
  /** Run only at the newest version the server accepts (checks about versions above it). */
  newestOnly?: boolean;
  needs?: readonly Need[];
  steps: readonly Step[];
}

const handshake: Step = { step: "handshake" };
const drive: Step = { step: "drive" };
const devicesStopped: Step = { step: "assert", what: "attached devices stopped", holds: (ctx) => ctx.devicesStopped() };

/** A frame the checker can follow in place of one broken on purpose: a Ping with the same Id. */
const asPing = (_ctx: CheckContext, id: number) => [{ Ping: { Id: id } }];

/**
 * Send a message the server must refuse with an Error of one of `codes` carrying the message's
 * Id; the session checker is told `checkerSees` was sent instead (default: a Ping).
 */
const refused = (
  codes: readonly ErrorCode[],
  build: (ctx: CheckContext) => Message,
  checkerSees: NonNullable<Extract<Step, { step: "send" }>["checkerSees"]> = asPing,
): Step => ({ step: "send", build: (ctx) => [build(ctx)], expect: { error: codes, id: "echo" }, checkerSees });

/** Send text whose Id cannot be answered: the server must refuse it with Error ERROR_MSG and Id 0. */
const refusedText = (text: (ctx: CheckContext) => string): Step => ({
  step: "sendText",
  text: (ctx) => ({ text: text(ctx), id: 0 }),
  expect: { error: [ErrorCode.Msg], id: 0 },
  checkerSees: () => null,
});

const devicesUntouched: Step = {
  step: "assert",
  what: "no device received anything",
  holds: (ctx) => ctx.devicesUntouched(),
};

export const SERVER_CHECKS: readonly ServerCheck[] = [
  {
    id: "handshake.server-info",
    title: "RequestServerInfo is answered with ServerInfo in the client's version",
    spec: "identification.md § RequestServerInfo, § ServerInfo (deprecated.md for v0–v3)",
    steps: [handshake],
  },
  {
    id: "handshake.newer-client",
    title: "a client newer than the server is refused with an Error",
    spec: "messages.md § Major Version Differences; identification.md § RequestServerInfo",
    newestOnly: true,
    steps: [
      refused(
        [ErrorCode.Init],
        (ctx) => d.requestServerInfo((ctx.version + 1) as SpecVersion | 5, ctx.probe.id()),
        (ctx, id) => [d.requestServerInfo(ctx.version, id)],
      ),
    ],
  },
  {
    id: "handshake.first",
    title: "a message before RequestServerInfo is refused with an Error",
    spec: "architecture.md § Identification; identification.md § RequestServerInfo",
    steps: [
      refused(
        [ErrorCode.Init],
        (ctx) => ({ RequestDeviceList: { Id: ctx.probe.id() } }),
        (ctx, id) => [d.requestServerInfo(ctx.version, id)],
      ),
    ],
  },
  {
    id: "id.echo",
    title: "replies carry the request's Id (1 and 4294967295)",
    spec: "messages.md § Basic Message Structure",
    steps: [
      handshake,
      { step: "send", build: () => [{ RequestDeviceList: { Id: 4294967295 } }], expect: { reply: "DeviceList" } },
      // Id 1 again: the handshake's reply has been sent, so the Id is free.
      { step: "send", build: (ctx) => [d.stopAll(ctx.version, 1)], expect: { reply: "Ok" } },
    ],
  },
  {
    id: "error.bad-json",
    title: "a frame that is not JSON gets Error ERROR_MSG with Id 0",
    spec: "status.md § Error",
    steps: [handshake, refusedText((ctx) => `[{"Ping":{"Id":${ctx.probe.id()}}`)],
  },
  {
    id: "error.unknown-message",
    title: "an unknown message gets Error ERROR_MSG with its Id",
    spec: "status.md § Error",
    steps: [handshake, refused([ErrorCode.Msg], (ctx) => ({ NotAButtplugMessage: { Id: ctx.probe.id() } }))],
  },
  {
    id: "error.other-version",
    title: "a message of another spec version gets Error ERROR_MSG with its Id",
    spec: "messages.md § Message Versioning",
    steps: [handshake, refused([ErrorCode.Msg], (ctx) => d.messageOfAnotherVersion(ctx.version, ctx.probe.id()))],
  },
  {
    id: "error.bad-id",
    title: 'a message whose Id cannot be read ("Wat") gets Error ERROR_MSG with Id 0',
    spec: "status.md § Error",
    steps: [handshake, refusedText(() => '[{"RequestDeviceList":{"Id":"Wat"}}]')],
  },
  {
    id: "error.zero-id",
    title: "a client message with Id 0 gets Error ERROR_MSG",
    spec: "messages.md § Basic Message Structure (client Ids are 1 to 4294967295)",
    steps: [handshake, refusedText(() => '[{"RequestDeviceList":{"Id":0}}]')],
  },
  {
    id: "error.out-of-range",
    title: "a value outside the advertised range gets an Error and reaches no device",
    spec: "output.md (Error message on value error); deprecated.md § VibrateCmd, § ScalarCmd",
    needs: ["device"],
    steps: [
      handshake,
      refused([ErrorCode.Msg, ErrorCode.Device], (ctx) => d.outOfRange(ctx.version, ctx.device(), ctx.probe.id())),
      devicesUntouched,
    ],
  },
  {
    id: "error.unknown-device",
    title: "a command to a device index the server never announced gets Error ERROR_DEVICE",
    spec: "status.md § Error (ERROR_DEVICE); stop.md § StopCmd, deprecated.md StopDeviceCmd",
    steps: [handshake, refused([ErrorCode.Device], (ctx) => d.stopDevice(ctx.version, 4000000, ctx.probe.id()))],
  },
  {
    id: "error.wrong-feature",
    title: "a command for a feature the device does not have gets an Error and reaches no device",
    spec: "output.md § OutputCmd; deprecated.md § Message Attributes (v1–v3)",
    needs: ["device"],
    steps: [
      handshake,
      refused([ErrorCode.Msg, ErrorCode.Device], (ctx) => d.wrongFeature(ctx.version, ctx.device(), ctx.probe.id())),
      devicesUntouched,
    ],
  },
  {
    id: "ping.ok",
    title: "Ping is answered with Ok",
    spec: "status.md § Ping",
    steps: [handshake, { step: "send", build: (ctx) => [{ Ping: { Id: ctx.probe.id() } }], expect: { reply: "Ok" } }],
  },
  {
    id: "ping.timeout",
    title: "a client that stops pinging is dropped within MaxPingTime and its devices stopped",
    spec: "status.md § Ping; architecture.md § Identification",
    needs: ["ping-timer"],
    steps: [handshake, drive, { step: "stopPinging" }, devicesStopped],
  },
  {
    id: "devices.list",
    title: "RequestDeviceList is answered with DeviceList (attached devices listed)",
    spec: "device_discovery.md § RequestDeviceList; device_information.md § DeviceList; deprecated.md § DeviceList",
    steps: [
      handshake,
      {
        step: "send",
        build: (ctx) => [{ RequestDeviceList: { Id: ctx.probe.id() } }],
        expect: { reply: "DeviceList" },
      },
      { step: "assert", what: "attached devices listed", holds: (ctx) => ctx.attachedListed() },
    ],
  },
  {
    id: "scanning",
    title: "StartScanning and StopScanning are answered with Ok",
    spec: "device_discovery.md § StartScanning, § StopScanning",
    steps: [
      handshake,
      { step: "send", build: (ctx) => [{ StartScanning: { Id: ctx.probe.id() } }], expect: { reply: "Ok" } },
      { step: "send", build: (ctx) => [{ StopScanning: { Id: ctx.probe.id() } }], expect: { reply: "Ok" } },
    ],
  },
  {
    id: "stop.device",
    title: "stopping one device is answered with Ok and stops it",
    spec: "stop.md § StopCmd; deprecated.md StopDeviceCmd",
    needs: ["device"],
    steps: [
      handshake,
      drive,
      {
        step: "send",
        build: (ctx) => [d.stopDevice(ctx.version, ctx.device().index, ctx.probe.id())],
        expect: { reply: "Ok" },
      },
      { step: "assert", what: "the device stopped", holds: (ctx) => ctx.devicesStopped([ctx.device().index]) },
    ],
  },
  {
    id: "stop.all",
    title: "stopping all devices is answered with Ok and stops them",
    spec: "stop.md § StopCmd; deprecated.md StopAllDevices",
    steps: [
      handshake,
      drive,
      { step: "send", build: (ctx) => [d.stopAll(ctx.version, ctx.probe.id())], expect: { reply: "Ok" } },
      devicesStopped,
    ],
  },
  {
    id: "battery.read",
    title: "reading the battery is answered with the reading",
    spec: "input.md § InputCmd, § Battery; deprecated.md § BatteryLevelCmd, SensorReadCmd",
    versions: [2, 3, 4],
    needs: ["battery"],
    steps: [
      handshake,
      { step: "send", build: (ctx) => [ctx.battery().message], expect: { reply: (ctx) => ctx.battery().reply } },
    ],
  },
  {
    id: "session.disconnect",
    title: "Disconnect is answered with Ok, then the server closes and stops the devices",
    spec: "identification.md § Disconnect",
    versions: [4],
    steps: [
      handshake,
      drive,
      { step: "send", build: (ctx) => [{ Disconnect: { Id: ctx.probe.id() } }], expect: { reply: "Ok" } },
      { step: "expectClosed" },
      devicesStopped,
    ],
  },
  {
    id: "session.close",
    title: "closing the connection stops the devices",
    spec: "architecture.md § Session Lifetime; status.md § Ping",
    needs: ["attached"],
    steps: [handshake, drive, { step: "closeConnection" }, devicesStopped],
  },
  {
    id: "device.vibrate-bytes",
    title: "vibrating at half reaches the Lush and the WeVibe as their protocols' bytes",
    spec: "output.md § Vibrate; deprecated.md § SingleMotorVibrateCmd, VibrateCmd, ScalarCmd",
    needs: ["attached"],
    steps: [handshake, drive, { step: "assert", what: "bytes received", holds: (ctx) => ctx.vibrateBytes() }],
  },
  {
    id: "device.linear-bytes",
    title: "a stroke reaches the TCode stroker as a TCode move",
    spec: "output.md § HwPositionWithDuration; deprecated.md § LinearCmd",
    versions: [1, 2, 3, 4],
    needs: ["attached"],
    steps: [handshake, { step: "assert", what: "stroke received", holds: (ctx) => ctx.strokeBytes() }],
  },
];
