/**
 * Runs the server checks (server-checks.ts) against a server under test, for every spec version it
 * accepts: one fresh session per check and version, steps carried out in order, the first unmet
 * expectation failing the check with the frame that broke it, and every session's traffic judged by
 * the session checker of its version.
 */
import { SPEC_VERSIONS, type SpecVersion } from "../../generated";
import type { ButtplugConnector } from "../client/connector";
import { ErrorCode, errorText } from "../errors";
import { isStopped, writesSince, type AttachedDevice } from "./attached-devices";
import * as d from "./devices";
import { DEFAULT_REPLY_TIMEOUT_MS, Probe, type Received } from "./probe";
import { SERVER_CHECKS, type Expect, type ServerCheck, type Step } from "./server-checks";
import type { CheckResult } from "./report";

/** What is under test: how to open a session, and conform's devices attached to it (if any). */
export interface ServerTarget {
  /** Opens a fresh connection for every session. */
  connector: ButtplugConnector;
  /** conform's simulated devices, attached over the server's device websocket. */
  attached?: AttachedDevice[];
}

export interface ServerRunOptions {
  /** Versions to check (default: every version the server accepts). */
  versions?: readonly SpecVersion[];
  /** The checks (default SERVER_CHECKS). */
  checks?: readonly ServerCheck[];
  /** How long to wait for any reply (default 3 s). */
  replyTimeoutMs?: number;
  /**
   * For servers whose devices arrive only while scanning: a check that needs a device and finds
   * none listed scans for up to this long first (default 0, no scanning).
   */
  scanForDevicesMs?: number;
  /** Each result as it is known. */
  onResult?: (result: CheckResult) => void;
}

/** What the version probe found. */
export interface VersionSupport {
  accepted: SpecVersion[];
  /** Versions refused with an Error, and the Error. */
  refused: Partial<Record<SpecVersion, string>>;
  /** Versions whose handshake got neither ServerInfo nor an Error (no reply, a wrong Id, a closed connection). */
  broken: Partial<Record<SpecVersion, string>>;
}

export interface ServerRunReport {
  target: string;
  versions: VersionSupport;
  results: CheckResult[];
}

/** What a step sees of its session. */
export interface CheckContext {
  readonly version: SpecVersion;
  readonly probe: Probe;
  readonly maxPingTime: number;
  /** The devices of the last DeviceList, in this version's shape. */
  readonly devices: d.SeenDevice[];
  /** The device a "device" check works on. */
  device(): d.SeenDevice;
  /** The battery read of the device a "battery" check works on. */
  battery(): { message: Record<string, Record<string, unknown>>; reply: string };
  /** Reason the attached devices (or those with these indices) are not stopped within 2 s, if not. */
  devicesStopped(indices?: number[]): Promise<string | undefined>;
  /** Reason an attached device received something since the last send, if one did. */
  devicesUntouched(): Promise<string | undefined>;
  attachedListed(): string | undefined;
  vibrateBytes(): string | undefined;
  strokeBytes(): Promise<string | undefined>;
}

/** A check that cannot run here, with the reason. */
class Skip extends Error {}
/** A failed expectation. */
class Fail extends Error {}
/** The server refused the connection as busy (its previous session still ending): try again. */
class Busy extends Error {}

const GRACE_MS = 1000;
const STOP_WAIT_MS = 2000;

/** Frame text for a reason, shortened. */
export function shorten(frame: string, max = 300): string {
  return frame.length > max ? `${frame.slice(0, max)}…` : frame;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Which versions the server accepts: a handshake at each (0–4). */
export async function probeVersions(
  target: ServerTarget,
  replyTimeoutMs = DEFAULT_REPLY_TIMEOUT_MS,
): Promise<VersionSupport> {
  const support: VersionSupport = { accepted: [], refused: {}, broken: {} };
  for (const version of SPEC_VERSIONS) {
    let refusal: Received | undefined;
    // A refusal (Error ERROR_INIT) may mean this version, or a server still ending the previous
    // session: asked again a few times, a refusal that stays is the version's.
    const answer = await withRetry<Received | string>(async () => {
      const probe = await Probe.open(target.connector, version);
      try {
        const reply = await probe.request(d.requestServerInfo(version, probe.id()), replyTimeoutMs);
        if (isBusy(probe)) {
          refusal = probe.received[0];
          throw new Busy();
        }
        return reply
          ? reply
          : probe.closed
            ? `connection closed (${probe.closeReason})`
            : `no reply within ${replyTimeoutMs} ms`;
      } finally {
        await closeProbe(probe);
      }
    }, 3).catch((error: unknown) => {
      if (error instanceof Busy) return refusal ?? "refused";
      throw error;
    });
    if (typeof answer !== "string" && answer.name === "ServerInfo") support.accepted.push(version);
    else if (typeof answer !== "string" && answer.name === "Error") support.refused[version] = shorten(answer.frame);
    else
      support.broken[version] =
        typeof answer === "string" ? answer : `expected ServerInfo or Error, got ${shorten(answer.frame)}`;
  }
  return support;
}

/** Run the checks; the results come in check order, each check for each version. */
export async function runServerChecks(target: ServerTarget, options: ServerRunOptions = {}): Promise<ServerRunReport> {
  const replyTimeoutMs = options.replyTimeoutMs ?? DEFAULT_REPLY_TIMEOUT_MS;
  const versions = await probeVersions(target, replyTimeoutMs);
  const results: CheckResult[] = [];
  const report = (r: CheckResult) => {
    results.push(r);
    options.onResult?.(r);
  };
  const selected = options.versions ?? SPEC_VERSIONS;
  const newest = versions.accepted.at(-1);
  if (target.attached?.some((a) => a.index === undefined) && newest !== undefined)
    await findAttached(target, newest, replyTimeoutMs);

  for (const check of options.checks ?? SERVER_CHECKS) {
    for (const version of selected) {
      const base = { check: check.id, title: check.title, spec: check.spec, version };
      if (check.versions && !check.versions.includes(version)) continue;
      if (check.newestOnly && version !== newest) continue;
      if (!versions.accepted.includes(version)) {
        const broken = versions.broken[version];
        // An older version refused while a newer one is accepted breaks the version rule; a
        // handshake answered with neither ServerInfo nor Error breaks the handshake rule.
        const fails =
          check.id === "handshake.server-info" && (broken !== undefined || (newest !== undefined && version < newest));
        const why =
          broken !== undefined
            ? `the v${version} handshake got no answer: ${broken}`
            : `the server refuses a v${version} handshake: ${versions.refused[version] ?? "?"}`;
        report({ ...base, status: fails ? "fail" : "skip", reason: why });
        continue;
      }
      const result = await withRetry(() =>
        runCheck(check, version, target, replyTimeoutMs, options.scanForDevicesMs ?? 0),
      ).catch((error: unknown) => {
        if (error instanceof Busy)
          return {
            status: "fail" as const,
            reason:
              "the server kept refusing new sessions (Error ERROR_INIT) at a version it accepted before: its previous session did not end",
          };
        throw error;
      });
      report({ ...base, ...result });
    }
  }
  return { target: target.connector.description, versions, results };
}

async function withRetry<T>(attempt: () => Promise<T>, maxTries = 20): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof Busy) || tries >= maxTries) throw error;
      await sleep(100 * Math.min(tries + 1, 5));
    }
  }
}

/**
 * The server refused the session (Error ERROR_INIT, Id 0 or our first request's) before anything
 * else: at a version it accepts, that is a one-client server still ending the previous session.
 */
function isBusy(probe: Probe): boolean {
  const first = probe.received[0];
  return (
    first !== undefined &&
    first.name === "Error" &&
    (first.body.Id === 0 || first.body.Id === 1) &&
    first.body.ErrorCode === ErrorCode.Init &&
    probe.traffic.filter((t) => t.dir === "c2s").length <= 1
  );
}

async function closeProbe(probe: Probe): Promise<void> {
  probe.close();
  await probe.whenClosed(GRACE_MS);
}

/**
 * Learn which DeviceIndex each attached device got: scan until the server lists as many devices as
 * were attached, then command each listed device and see which attached device receives bytes.
 */
async function findAttached(target: ServerTarget, version: SpecVersion, replyTimeoutMs: number): Promise<void> {
  const attached = target.attached!;
  const probe = await withRetry(async () => {
    const p = await Probe.open(target.connector, version);
    const info = await p.request(d.requestServerInfo(version, p.id()), replyTimeoutMs);
    if (isBusy(p)) throw new Busy();
    if (info?.name === "ServerInfo") p.startPinging(Number(info.body.MaxPingTime ?? 0));
    return p;
  });
  try {
    await probe.request({ StartScanning: { Id: probe.id() } }, replyTimeoutMs);
    let seen: d.SeenDevice[] = [];
    for (let waited = 0; waited < 5000; waited += 200) {
      const list = await probe.request({ RequestDeviceList: { Id: probe.id() } }, replyTimeoutMs);
      seen = list?.name === "DeviceList" ? d.devicesOf(version, list.body) : [];
      if (seen.length >= attached.length) break;
      await sleep(200);
    }
    await probe.request({ StopScanning: { Id: probe.id() } }, replyTimeoutMs);
    for (const device of seen) {
      const commands =
        device.vibrators > 0
          ? d.vibrate(version, device, 0.5, () => probe.id())
          : device.linears > 0
            ? d.linear(version, device, 0.2, 100, () => probe.id())
            : undefined;
      if (!commands?.length) continue;
      const before = attached.map((a) => a.writes.length);
      for (const c of commands) await probe.request(c, replyTimeoutMs);
      await sleep(150);
      const hit = attached.filter((a, i) => a.index === undefined && a.writes.length > before[i]!);
      if (hit.length === 1) hit[0]!.index = device.index;
      await probe.request(d.stopDevice(version, device.index, probe.id()), replyTimeoutMs);
    }
  } finally {
    await closeProbe(probe);
  }
}

/** Run one check at one version. */
async function runCheck(
  check: ServerCheck,
  version: SpecVersion,
  target: ServerTarget,
  replyTimeoutMs: number,
  scanForDevicesMs: number,
): Promise<Pick<CheckResult, "status" | "reason">> {
  const probe = await Probe.open(target.connector, version);
  const attached = (target.attached ?? []).filter((a) => a.index !== undefined);
  let devices: d.SeenDevice[] = [];
  let maxPingTime = 0;
  let mark = attached.map((a) => a.writes.length);
  const setMark = () => (mark = attached.map((a) => a.writes.length));
  const needs = new Set(check.needs ?? []);

  const attachedSeen = (kind: AttachedDevice["kind"]) => {
    const a = attached.find((x) => x.kind === kind);
    return a ? { attached: a, seen: devices.find((s) => s.index === a.index) } : undefined;
  };
  const label = (a: AttachedDevice) => `${a.kind} (DeviceIndex ${a.index})`;

  const ctx: CheckContext = {
    version,
    probe,
    get maxPingTime() {
      return maxPingTime;
    },
    get devices() {
      return devices;
    },
    device() {
      const lush = attachedSeen("lush")?.seen;
      const found = lush ?? devices.find((x) => x.vibrators > 0);
      if (!found) throw new Skip(`the server lists no device with a vibrator at v${version}`);
      return found;
    },
    battery() {
      for (const device of devices) {
        const read = d.batteryRead(version, device, probe.id());
        if (read) return read;
      }
      throw new Skip(`no listed device offers a battery reading at v${version}`);
    },
    async devicesStopped(indices) {
      const watched = attached.filter((a) => indices === undefined || indices.includes(a.index!));
      // Wall-clock deadline: counting sleeps would stretch "2 s" on a loaded machine, long enough for a server
      // that stops its devices late (after 3 s) to pass.
      const deadline = Date.now() + STOP_WAIT_MS;
      for (;;) {
        if (watched.every(isStopped)) return undefined;
        if (Date.now() >= deadline) break;
        await sleep(20);
      }
      const running = watched.filter((a) => !isStopped(a));
      return running
        .map(
          (a) =>
            `${label(a)} still running 2 s later (${a.device.describe()}); it received ${writesSince(a, mark[attached.indexOf(a)]!)}`,
        )
        .join("; ");
    },
    async devicesUntouched() {
      await sleep(200);
      const touched = attached.filter((a, i) => a.writes.length > mark[i]!);
      return touched.length
        ? touched.map((a) => `${label(a)} received ${writesSince(a, mark[attached.indexOf(a)]!)}`).join("; ")
        : undefined;
    },
    attachedListed() {
      const missing = (target.attached ?? []).filter(
        (a) => a.index === undefined || !devices.some((s) => s.index === a.index),
      );
      return missing.length
        ? `not in the DeviceList: ${missing.map((a) => a.device.identifier).join(", ")}`
        : undefined;
    },
    vibrateBytes() {
      const problems: string[] = [];
      const lush = attachedSeen("lush");
      if (lush?.seen) {
        const i = attached.indexOf(lush.attached);
        if (lush.attached.device.state.vibrate !== 10)
          problems.push(
            `lush: expected "Vibrate:10;" for half of 0–20, received ${writesSince(lush.attached, mark[i]!)}`,
          );
      }
      const wevibe = attachedSeen("wevibe");
      if (wevibe?.seen) {
        const i = attached.indexOf(wevibe.attached);
        const s = wevibe.attached.device.state;
        if (s.internal !== 8 || s.external !== 8)
          problems.push(
            `wevibe: expected both motors at 8 of 0–15 ([0x0f, 0x03, 0x00, 0x88, 0x00, 0x03, 0x00, 0x00]), received ${writesSince(wevibe.attached, mark[i]!)}`,
          );
      }
      return problems.length ? problems.join("; ") : undefined;
    },
    async strokeBytes() {
      const stroker = attachedSeen("stroker");
      if (!stroker?.seen) throw new Skip("the stroker is not in the device list");
      const commands = d.linear(version, stroker.seen, 0.8, 400, () => probe.id());
      if (!commands) throw new Skip(`v${version} has no stroke command for it`);
      setMark();
      const i = attached.indexOf(stroker.attached);
      for (const c of commands) {
        const reply = await probe.request(c, replyTimeoutMs);
        if (reply?.name !== "Ok")
          return `expected Ok to ${JSON.stringify(c)}, got ${reply ? shorten(reply.frame) : "nothing"}`;
      }
      await sleep(150);
      const to = Number(stroker.attached.device.state.to);
      return Math.abs(to - 0.8) <= 0.02
        ? undefined
        : `expected a move to 80% (L08… I400), received ${writesSince(stroker.attached, mark[i]!)}`;
    },
  };

  let result: Pick<CheckResult, "status" | "reason">;
  if (check.steps[0]?.step !== "handshake") {
    // A one-client server still ending the last session refuses at once (Error Id 0): wait to see.
    await sleep(50);
    if (probe.received.some((m) => m.name === "Error" && m.body.Id === 0 && m.body.ErrorCode === ErrorCode.Init)) {
      await closeProbe(probe);
      throw new Busy();
    }
  }
  try {
    for (const step of check.steps)
      await runStep(step, ctx, {
        needs,
        attached,
        replyTimeoutMs,
        scanForDevicesMs,
        wantsDevices: needs.has("device") || needs.has("battery") || check.steps.some((s) => s.step === "drive"),
        setMark,
        setDevices: (x) => (devices = x),
        setMaxPingTime: (t) => (maxPingTime = t),
      });
    result = { status: "pass" };
  } catch (error) {
    if (error instanceof Busy) {
      await closeProbe(probe);
      throw error;
    }
    if (error instanceof Skip) result = { status: "skip", reason: error.message };
    else if (error instanceof Fail) result = { status: "fail", reason: error.message };
    else result = { status: "fail", reason: `conform could not run the check: ${errorText(error)}` };
  }
  await closeProbe(probe);
  probe.finish();
  if (result.status !== "skip") {
    const problem = probe.problems[0];
    if (problem && result.status === "pass") {
      const where = [problem.message, problem.id !== undefined ? `Id ${problem.id}` : undefined, problem.pointer]
        .filter(Boolean)
        .join(" ");
      result = {
        status: "fail",
        reason: `session checker: ${problem.text}${where ? ` (${where})` : ""} in ${shorten(probe.frameOf(problem) ?? "?")}`,
      };
    }
    // Every session end stops every device (architecture.md § Session Lifetime).
    const notStopped = result.status === "pass" && attached.length ? await ctx.devicesStopped() : undefined;
    if (notStopped) result = { status: "fail", reason: `after the session ended: ${notStopped}` };
  }
  return result;
}

interface StepEnv {
  needs: Set<string>;
  scanForDevicesMs: number;
  /** The check works on devices: worth scanning for when none are listed. */
  wantsDevices: boolean;
  attached: AttachedDevice[];
  replyTimeoutMs: number;
  setMark(): void;
  setDevices(devices: d.SeenDevice[]): void;
  setMaxPingTime(ms: number): void;
}

async function runStep(step: Step, ctx: CheckContext, env: StepEnv): Promise<void> {
  const { probe, version } = ctx;
  switch (step.step) {
    case "handshake": {
      const id = probe.id();
      const reply = await probe.request(d.requestServerInfo(version, id), env.replyTimeoutMs);
      if (isBusy(probe)) throw new Busy();
      if (!reply)
        throw new Fail(
          `no reply to RequestServerInfo (Id ${id}) ${probe.closed ? `before the connection closed (${probe.closeReason})` : `within ${env.replyTimeoutMs} ms`}`,
        );
      if (reply.name !== "ServerInfo") throw new Fail(`expected ServerInfo with Id ${id}, got ${shorten(reply.frame)}`);
      const maxPingTime = typeof reply.body.MaxPingTime === "number" ? reply.body.MaxPingTime : 0;
      env.setMaxPingTime(maxPingTime);
      probe.startPinging(maxPingTime);
      if (env.needs.has("ping-timer") && maxPingTime <= 0)
        throw new Skip("MaxPingTime is 0: the server has no ping timer");
      let list = await probe.request({ RequestDeviceList: { Id: probe.id() } }, env.replyTimeoutMs);
      if (list?.name !== "DeviceList")
        throw new Fail(`expected DeviceList, got ${list ? shorten(list.frame) : "nothing"}`);
      if (env.wantsDevices && env.scanForDevicesMs > 0 && d.devicesOf(version, list.body).length === 0) {
        const from = probe.received.length;
        await probe.request({ StartScanning: { Id: probe.id() } }, env.replyTimeoutMs);
        await probe.next(
          (m) => m.name === "DeviceAdded" || (m.name === "DeviceList" && m.body.Id === 0),
          env.scanForDevicesMs,
          from,
        );
        await probe.request({ StopScanning: { Id: probe.id() } }, env.replyTimeoutMs);
        list = await probe.request({ RequestDeviceList: { Id: probe.id() } }, env.replyTimeoutMs);
        if (list?.name !== "DeviceList")
          throw new Fail(`expected DeviceList, got ${list ? shorten(list.frame) : "nothing"}`);
      }
      env.setDevices(d.devicesOf(version, list.body));
      if (env.needs.has("device")) ctx.device();
      if (env.needs.has("battery")) ctx.battery();
      if (env.needs.has("attached") && env.attached.length === 0)
        throw new Skip("needs conform's devices: pass --device-websocket ws://host:port");
      env.setMark();
      return;
    }
    case "send": {
      env.setMark();
      const messages = step.build(ctx);
      const first = Object.values(messages[0]!)[0]!;
      const id = first.Id as number;
      const from = probe.received.length;
      probe.send(messages, step.checkerSees?.(ctx, id));
      await expectAnswer(ctx, step.expect, id, from, env.replyTimeoutMs, JSON.stringify(messages), env.setDevices);
      return;
    }
    case "sendText": {
      env.setMark();
      const { text, id } = step.text(ctx);
      const from = probe.received.length;
      probe.sendRaw(text, step.checkerSees?.(ctx, id));
      await expectAnswer(ctx, step.expect, id, from, env.replyTimeoutMs, text, env.setDevices);
      return;
    }
    case "drive": {
      const targets = env.attached.length
        ? ctx.devices.filter((s) => env.attached.some((a) => a.index === s.index))
        : ctx.devices.slice(0, 3);
      env.setMark();
      for (const device of targets.filter((t) => t.vibrators > 0)) {
        for (const command of d.vibrate(version, device, 0.5, () => probe.id())) {
          const reply = await probe.request(command, env.replyTimeoutMs);
          if (reply?.name !== "Ok")
            throw new Fail(
              `could not set device ${device.index} going: ${JSON.stringify(command)} got ${reply ? shorten(reply.frame) : "no reply"}`,
            );
        }
      }
      await sleep(100);
      return;
    }
    case "stopPinging": {
      probe.stopPinging();
      const silentFrom = Date.now();
      const from = probe.received.length;
      // The session checker would report the silence as the client's fault (it is the point here),
      // and takes the server-initiated ping Error (Id 0) for a reply to nothing.
      probe.expectProblems((p) => p.rule === "ping" || (p.rule === "reply" && p.message === "Error" && p.id === 0));
      const closed = await probe.whenClosed(ctx.maxPingTime + Math.max(GRACE_MS, ctx.maxPingTime));
      if (!closed)
        throw new Fail(
          `still connected ${Date.now() - silentFrom} ms after the last Ping (MaxPingTime ${ctx.maxPingTime} ms)`,
        );
      // The timeout's Error is server-initiated (Id 0); replies to pings still in flight are not it.
      const wrong = probe.received
        .slice(from)
        .find((m) => m.name === "Error" && m.body.Id === 0 && m.body.ErrorCode !== ErrorCode.Ping);
      if (wrong) throw new Fail(`the ping timeout's Error should be ERROR_PING (2): ${shorten(wrong.frame)}`);
      return;
    }
    case "closeConnection":
      probe.close();
      await probe.whenClosed(GRACE_MS);
      return;
    case "expectClosed":
      if (!(await probe.whenClosed(GRACE_MS * 2)))
        throw new Fail(`the server did not close the connection within ${GRACE_MS * 2} ms`);
      return;
    case "assert": {
      const reason = await step.holds(ctx);
      if (reason) throw new Fail(`${step.what}: ${reason}`);
      return;
    }
  }
}

async function expectAnswer(
  ctx: CheckContext,
  expect: Expect,
  id: number,
  from: number,
  timeoutMs: number,
  sent: string,
  setDevices: (devices: d.SeenDevice[]) => void,
): Promise<void> {
  const { probe } = ctx;
  const idZero = "error" in expect && expect.id === 0;
  // The checker takes an Error with Id 0 for a reply to nothing; here it answers the unreadable frame.
  if (idZero) probe.expectProblems((p) => p.rule === "reply" && p.message === "Error" && p.id === 0);
  const answer: Received | undefined = await probe.next(
    (m) => (idZero ? m.name === "Error" : m.body.Id === id || (m.name === "Error" && m.body.Id === 0)),
    timeoutMs,
    from,
  );
  const wanted =
    "reply" in expect
      ? `${typeof expect.reply === "string" ? expect.reply : expect.reply(ctx)} with Id ${id}`
      : `Error (ErrorCode ${expect.error.join(" or ")}) with Id ${expect.id === "echo" ? id : 0}`;
  if (!answer) {
    throw new Fail(
      `sent ${shorten(sent)}: expected ${wanted}, got ${probe.closed ? `the connection closed (${probe.closeReason})` : `nothing within ${timeoutMs} ms`}`,
    );
  }
  const got = shorten(answer.frame);
  if ("reply" in expect) {
    const name = typeof expect.reply === "string" ? expect.reply : expect.reply(ctx);
    if (answer.name !== name || answer.body.Id !== id)
      throw new Fail(`sent ${shorten(sent)}: expected ${wanted}, got ${got}`);
    if (answer.name === "DeviceList") setDevices(d.devicesOf(ctx.version, answer.body));
    return;
  }
  if (answer.name !== "Error") throw new Fail(`sent ${shorten(sent)}: expected ${wanted}, got ${got}`);
  if (!expect.error.includes(answer.body.ErrorCode as ErrorCode))
    throw new Fail(
      `sent ${shorten(sent)}: expected ${wanted}, got ErrorCode ${String(answer.body.ErrorCode)} in ${got}`,
    );
  const expectedId = expect.id === "echo" ? id : 0;
  if (answer.body.Id !== expectedId)
    throw new Fail(`sent ${shorten(sent)}: expected ${wanted}, got Id ${String(answer.body.Id)} in ${got}`);
}
