/**
 * "What we emit, we validate": every frame a server end of bpkit's test transports (the in-process
 * pair, the websocket server) sends or receives goes through the session checker of the spec version
 * its handshake negotiated, and a test fails on any error the checker reports about what the server
 * sent. Client frames are checked too (replies are matched to them), but tests send broken client
 * traffic on purpose, so there only problems located at a server→client message count — except for
 * the official clients (npm `buttplug` 5.x and 3.x, in the test files that import them): what they
 * send counts too: they are external truth, so a finding there is a false alarm of our checker or a
 * real defect of the client (none is known: were one found, it would be pinned here by its exact
 * finding, with why). bpkit's own client is tapped at its end as well, and there what the client
 * sends counts.
 *
 * Installed for every test file by jest.config.js (setupFilesAfterEnv); runtime/ is untouched.
 */
import { readFileSync } from "node:fs";
import { ButtplugClient } from "../../runtime/client/client";
import { InProcessConnection } from "../../runtime/transport/in-process";
import { FrameConnectionBase } from "../../runtime/transport/types";
import { WebsocketConnection } from "../../runtime/transport/websocket-server";
import { SessionChecker, type Problem } from "../../runtime/validate";
import { handshakeIn, versionOfHandshake } from "../../runtime/validate/session-checker";

interface Tapped {
  checker?: SessionChecker;
  /** Line numbers here count frames on this connection. */
  line: number;
  /** The last handshake was refused (or not answered yet): a new RequestServerInfo starts over. */
  handshakeOpen: boolean;
  /** The client is an official one (its handshake was sent by npm `buttplug`): its frames are judged too. */
  official?: boolean;
  /** Which lines were sent by the side under test (the server, or bpkit's own client), to tell whose problem a finding is. */
  judgedLines: Set<number>;
}

const tapped = new WeakMap<object, Tapped>();
const found: string[] = [];

function isServerEnd(connection: unknown): boolean {
  if (connection instanceof InProcessConnection) return connection.description === "in-process";
  // the websocket server names its connections by the remote address, the client by its URL
  return connection instanceof WebsocketConnection && !/^ws wss?:\/\//.test(connection.description);
}

/** `judged`: whose frames fail a test — the server's (at a server end), or bpkit's client's (at its end). */
function observe(
  connection: { description: string },
  dir: "c2s" | "s2c",
  text: string,
  judged: "c2s" | "s2c" = "s2c",
): void {
  let state = tapped.get(connection);
  if (!state) {
    state = { line: 0, handshakeOpen: true, judgedLines: new Set() };
    tapped.set(connection, state);
  }
  state.line++;
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    if (dir === "s2c")
      found.push(`${connection.description}: the server sent a frame that is not JSON: ${text.slice(0, 200)}`);
    return;
  }
  if (dir === "c2s" && state.handshakeOpen) {
    const handshake = handshakeIn(frame);
    if (handshake !== undefined) {
      const version = versionOfHandshake(handshake);
      state.checker = typeof version === "string" ? undefined : new SessionChecker(version);
      if (judged === "s2c") state.official = takeOfficialHandshake(handshake);
    }
  }
  if (dir === "s2c" && Array.isArray(frame) && frame.some((m) => m && typeof m === "object" && "ServerInfo" in m))
    state.handshakeOpen = false;
  if (!state.checker) return;
  const judging = dir === judged || (state.official && dir === "c2s");
  if (judging) state.judgedLines.add(state.line);
  const out: Problem[] = [];
  state.checker.check({ line: state.line, dir, frame }, out);
  const who = judged === "s2c" ? (state.official ? "(official client) " : "") : "bpkit client at ";
  for (const p of out) {
    if (p.severity !== "error" || !state.judgedLines.has(p.line)) continue;
    found.push(
      `${who}${connection.description} (spec v${state.checker.version}), frame ${p.line} ${text.slice(0, 300)}: [${p.rule}] ${p.pointer ?? ""} ${p.text}`,
    );
  }
  if (judging) state.judgedLines.delete(state.line);
}

// The official clients: a handshake an official client sends is noted by its ClientName, and the
// server end that receives it judges that connection's client frames too. Loaded only for the test
// files that import them (loading them costs ~0.2 s per file).
const officialHandshakes = new Map<string, number>();

/** Whether this handshake was sent by an official client (consumes the note). */
function takeOfficialHandshake(handshake: unknown): boolean {
  const name = (handshake as { ClientName?: unknown } | undefined)?.ClientName;
  const count = typeof name === "string" ? officialHandshakes.get(name) : undefined;
  if (!count) return false;
  if (count === 1) officialHandshakes.delete(name as string);
  else officialHandshakes.set(name as string, count - 1);
  return true;
}

type OfficialClient = { prototype: { sendMessage(this: unknown, message: unknown): Promise<unknown> } };
const testFile = expect.getState().testPath;
const testSource = testFile ? readFileSync(testFile, "utf8") : "";
const officialPackages = [
  { pkg: "buttplug", used: /(from |import\()"buttplug"/.test(testSource) },
  { pkg: "buttplug3", used: /(from |import\()"buttplug3"/.test(testSource) },
];
for (const { pkg, used } of officialPackages) {
  if (!used) continue;
  const official = (require(pkg) as { ButtplugClient: OfficialClient }).ButtplugClient;
  const sendMessage = official.prototype.sendMessage;
  official.prototype.sendMessage = function (this: unknown, message: unknown) {
    // 5.x sends plain {"RequestServerInfo": {...}} objects, 3.x message class instances
    const body = (message as { RequestServerInfo?: unknown }).RequestServerInfo ?? message;
    const name = (body as { ClientName?: unknown }).ClientName;
    if (typeof name === "string" && "Id" in (body as object))
      officialHandshakes.set(name, (officialHandshakes.get(name) ?? 0) + 1);
    return sendMessage.call(this, message);
  };
}

type Deliver = (this: FrameConnectionBase, frame: string, bytes: number, maxFrameSize: number) => void;
const base = FrameConnectionBase.prototype as unknown as { deliver: Deliver };
const deliver = base.deliver;
base.deliver = function (this: FrameConnectionBase, frame: string, bytes: number, maxFrameSize: number) {
  if (this.open && bytes <= maxFrameSize && isServerEnd(this)) observe(this, "c2s", frame);
  deliver.call(this, frame, bytes, maxFrameSize);
};
for (const cls of [InProcessConnection, WebsocketConnection]) {
  const send = cls.prototype.send;
  cls.prototype.send = function (this: InProcessConnection | WebsocketConnection, frame: string) {
    if (this.open && isServerEnd(this)) observe(this, "s2c", frame);
    send.call(this, frame);
  };
}

// bpkit's own client: its end of the connection is checked too, and what the client sends counts.
type ClientInternals = {
  connection?: { description: string; open: boolean };
  sendWire(messages: unknown[], timeout: number): Promise<unknown>;
  onFrame(frame: string): void;
};
const client = ButtplugClient.prototype as unknown as ClientInternals;
const sendWire = client.sendWire;
client.sendWire = function (this: ClientInternals, messages: unknown[], timeout: number) {
  if (this.connection?.open) observe(this.connection, "c2s", JSON.stringify(messages), "c2s");
  return sendWire.call(this, messages, timeout);
};
const onFrame = client.onFrame;
client.onFrame = function (this: ClientInternals, frame: string) {
  if (this.connection) observe(this.connection, "s2c", frame, "c2s");
  onFrame.call(this, frame);
};

/** The findings so far (and forget them): for the tap's own test. */
export function takeServerProblems(): string[] {
  return found.splice(0);
}

let allowed = false;

/**
 * For a test that makes the server send invalid frames on purpose (to test how it logs them): the
 * checker's findings about this test's frames are expected, not failures.
 */
export function allowServerProblems(): void {
  allowed = true;
}

/** For a test that makes bpkit's client send wrong frames on purpose (through its raw `request`). */
export function allowClientProblems(): void {
  allowed = true;
}

afterEach(() => {
  const problems = found.splice(0);
  const allow = allowed;
  allowed = false;
  if (problems.length === 0 || allow) return;
  throw new Error(`the session checker rejects what the server sent:\n${problems.join("\n")}`);
});
