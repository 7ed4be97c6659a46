/**
 * The translation glue with steps under the test's control (jest.mock of generated/translate's stepTables):
 * fan-out answered once (first Error wins), an unwritten stub (NotTranslatedError) and a crashing
 * or invalid step become Error replies, drops answer Ok, downgrade failures of events are dropped,
 * and requestAt sees the request at every version while its reply is downgraded.
 */
import { ErrorCode } from "../../runtime/errors";
import { ButtplugServer, TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { NotTranslatedError, type TranslationContext } from "../../runtime/translation";
import { createInProcessPair } from "../../runtime/transport";
import { allowServerProblems } from "../setup/session-tap";
import { body, FrameClient, memoryLogger, nameOf } from "./helpers";

/** A step body as the tests write it: every message body here carries its Id. */
type Step = (message: { Id: number }, ctx: TranslationContext) => object[];
const mockUpgradeV3: Record<string, Step> = {};
const mockDowngradeV3: Record<string, Step> = {};

jest.mock("../../generated/translate", () => {
  const actual = jest.requireActual("../../generated/translate");
  // Overrides are read at call time (jest.mock runs before the test's own declarations).
  const wrap = (real: Record<string, Step>, overrides: () => Record<string, Step>) =>
    new Proxy({ ...real }, { get: (target, name: string) => overrides()[name] ?? target[name] });
  return {
    ...actual,
    stepTables: (bodies: unknown) => {
      const tables = actual.stepTables(bodies);
      return {
        upgrade: { ...tables.upgrade, 3: wrap(tables.upgrade[3], () => mockUpgradeV3) },
        downgrade: { ...tables.downgrade, 3: wrap(tables.downgrade[3], () => mockDowngradeV3) },
      };
    },
  };
});

const output = (id: number, featureIndex: number, value: number) => ({
  OutputCmd: { Id: id, DeviceIndex: 0, FeatureIndex: featureIndex, Command: { Vibrate: { Value: value } } },
});

let server: ButtplugServer;
let client: FrameClient;
let device: TestDevice;
let lines: string[];

beforeEach(async () => {
  for (const k of Object.keys(mockUpgradeV3)) delete mockUpgradeV3[k];
  for (const k of Object.keys(mockDowngradeV3)) delete mockDowngradeV3[k];
  device = new TestDevice({ name: "Vib", features: vibratorFeatures() });
  const source = new TestDeviceSource();
  const logger = memoryLogger();
  lines = logger.lines;
  server = new ButtplugServer({ deviceSources: [source], log: logger.log });
  const pair = createInProcessPair();
  server.connect(pair.server);
  client = new FrameClient(pair.client);
  client.version = 3;
  await client.request({ RequestServerInfo: { Id: 1, ClientName: "glue", MessageVersion: 3 } });
  source.add(device);
  await client.next((m) => nameOf(m) === "DeviceAdded");
});
afterEach(async () => {
  await server.shutdown();
  expect(client.invalid).toEqual([]);
});

const scalar = (id: number) => ({
  ScalarCmd: { Id: id, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: 0.5, ActuatorType: "Vibrate" }] },
});

test("a fan-out whose parts all succeed is one Ok with the client's Id, parts reaching the device in order", async () => {
  mockUpgradeV3.ScalarCmd = (m) => [output(m.Id, 1, 3), output(m.Id, 0, 4), output(m.Id, 1, 5)];
  expect(await client.request(scalar(40))).toEqual({ Ok: { Id: 40 } });
  expect(device.outputs.map((o) => [o.featureIndex, o.command])).toEqual([
    [1, { Vibrate: { Value: 3 } }],
    [0, { Vibrate: { Value: 4 } }],
    [1, { Vibrate: { Value: 5 } }],
  ]);
});

test("a fan-out with failing parts is exactly one reply: the first Error", async () => {
  mockUpgradeV3.ScalarCmd = (m) => [output(m.Id, 0, 3), output(m.Id, 9, 4), output(m.Id, 1, 99), output(m.Id, 1, 5)];
  const from = client.received.length;
  const reply = await client.request(scalar(41));
  expect(body(reply)).toMatchObject({ Id: 41, ErrorCode: ErrorCode.Device });
  expect(String(body(reply).ErrorMessage)).toMatch(/no FeatureIndex 9/);
  expect(await client.request({ Ping: { Id: 42 } })).toEqual({ Ok: { Id: 42 } });
  expect(client.received.slice(from).filter((m) => body(m).Id === 41)).toHaveLength(1);
});

test("a step that drops the message (returns []) is answered Ok", async () => {
  mockUpgradeV3.ScalarCmd = () => [];
  expect(await client.request(scalar(43))).toEqual({ Ok: { Id: 43 } });
  expect(device.outputs).toEqual([]);
});

test("an unwritten stub (NotTranslatedError) is an ERROR_MSG reply, not a crash", async () => {
  mockUpgradeV3.ScalarCmd = () => {
    throw new NotTranslatedError("v3", "v4", "ScalarCmd");
  };
  const reply = await client.request(scalar(44));
  expect(body(reply)).toMatchObject({ Id: 44, ErrorCode: ErrorCode.Msg });
  expect(String(body(reply).ErrorMessage)).toMatch(/not written yet/);
  expect(await client.request({ Ping: { Id: 45 } })).toEqual({ Ok: { Id: 45 } });
});

test("a step that crashes is an ERROR_UNKNOWN reply and is logged", async () => {
  mockUpgradeV3.ScalarCmd = () => {
    throw new TypeError("cannot read properties of undefined");
  };
  const reply = await client.request(scalar(46));
  expect(body(reply)).toMatchObject({ Id: 46, ErrorCode: ErrorCode.Unknown });
  expect(lines.join("\n")).toMatch(/translating ScalarCmd: TypeError/);
});

test("a step that produces an invalid v4 message is caught before any device sees it", async () => {
  mockUpgradeV3.ScalarCmd = (m) => [
    { OutputCmd: { Id: m.Id, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 0.5 } } } },
  ];
  const reply = await client.request(scalar(47));
  expect(body(reply)).toMatchObject({ Id: 47, ErrorCode: ErrorCode.Unknown });
  expect(String(body(reply).ErrorMessage)).toMatch(/invalid v4 OutputCmd/);
  expect(device.outputs).toEqual([]);
});

test("requestAt shows the request at v3 and v4 while its reply is downgraded, and is forgotten after", async () => {
  mockUpgradeV3.ScalarCmd = (m) => [output(m.Id, 0, 3), output(m.Id, 1, 3)];
  const seen: unknown[] = [];
  mockDowngradeV3.Ok = (m, ctx) => {
    seen.push(ctx.requestAt(m.Id, 3), ctx.requestsAt(m.Id, 4).length);
    return [{ Ok: m }];
  };
  expect(await client.request(scalar(48))).toEqual({ Ok: { Id: 48 } });
  // Ok and Error have one shape in every version: the session sends them without downgrading,
  expect(seen).toEqual([]);
  // …so check a reply that is downgraded: RequestDeviceList → DeviceList.
  mockDowngradeV3.DeviceList = (m, ctx) => {
    seen.push(ctx.requestAt(m.Id, 3), ctx.requestsAt(m.Id, 4));
    return [{ DeviceList: { Id: m.Id, Devices: [] } }];
  };
  await client.request({ RequestDeviceList: { Id: 49 } });
  expect(seen).toEqual([{ RequestDeviceList: { Id: 49 } }, [{ RequestDeviceList: { Id: 49 } }]]);
  expect(server.session!.context!.inFlight).toBe(0);
});

test("an event whose downgrade fails is dropped and logged; the session stays usable", async () => {
  mockDowngradeV3.DeviceList = () => {
    throw new NotTranslatedError("v4", "v3", "DeviceList");
  };
  const from = client.received.length;
  await device.disconnect();
  expect(await client.request({ Ping: { Id: 50 } })).toEqual({ Ok: { Id: 50 } });
  expect(client.received.slice(from).map(nameOf)).toEqual(["Ok"]);
  expect(lines.join("\n")).toMatch(/DeviceList: translation v4 → v3 is not written yet/);
});

test("with debug logs, a frame the server sends that is not valid for the client's version is logged as an error", async () => {
  allowServerProblems(); // the server is made to send a wrong frame
  const logger = memoryLogger("debug");
  const dbgSource = new TestDeviceSource();
  const dbgServer = new ButtplugServer({ deviceSources: [dbgSource], log: logger.log });
  const pair = createInProcessPair();
  dbgServer.connect(pair.server);
  const dbgClient = new FrameClient(pair.client);
  dbgClient.version = 3;
  await dbgClient.request({ RequestServerInfo: { Id: 1, ClientName: "debug", MessageVersion: 3 } });
  mockDowngradeV3.DeviceList = (m) => [{ DeviceList: { Id: m.Id, Devices: "not a list" } }];
  await dbgClient.request({ RequestDeviceList: { Id: 2 } });
  expect(logger.lines.join("\n")).toMatch(/error .*sent a frame that is not valid spec v3: .*\/0\/DeviceList\/Devices/);
  expect(logger.lines.join("\n")).toMatch(/← \[\{"RequestDeviceList":\{"Id":2\}\}\]/);
  await dbgServer.shutdown();
});

test("with debug logs, a reply of a kind the request does not allow is logged as an error", async () => {
  allowServerProblems(); // the server is made to send a wrong frame
  const logger = memoryLogger("debug");
  const dbgSource = new TestDeviceSource([new TestDevice({ name: "Vib", features: vibratorFeatures() })]);
  const dbgServer = new ButtplugServer({ deviceSources: [dbgSource], log: logger.log });
  const pair = createInProcessPair();
  dbgServer.connect(pair.server);
  const dbgClient = new FrameClient(pair.client);
  dbgClient.version = 3;
  await dbgClient.request({ RequestServerInfo: { Id: 1, ClientName: "debug", MessageVersion: 3 } });
  // A (valid) ScanningFinished carrying the request's Id instead of the DeviceList it asked for.
  mockDowngradeV3.DeviceList = (m) => [{ ScanningFinished: { Id: m.Id } }];
  await dbgClient.request({ RequestDeviceList: { Id: 2 } });
  expect(logger.lines.join("\n")).toMatch(
    /error .*answered RequestDeviceList Id 2 with ScanningFinished; spec v3 allows DeviceList, Error/,
  );
  await dbgServer.shutdown();
});

test("the reply carries the client's Id even when a step gave the v4 parts another Id", async () => {
  mockUpgradeV3.ScalarCmd = () => [output(77, 0, 3), output(78, 9, 3)];
  const reply = await client.request(scalar(51));
  expect(body(reply)).toMatchObject({ Id: 51, ErrorCode: ErrorCode.Device });
  mockUpgradeV3.ScalarCmd = () => [output(79, 0, 3)];
  expect(await client.request(scalar(52))).toEqual({ Ok: { Id: 52 } });
});
