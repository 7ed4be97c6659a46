/**
 * Wrong server and client traffic `bpkit validate` once let through: each case is one defect in an
 * otherwise valid log, reported once, with its rule.
 */
import { Readable } from "node:stream";
import { validateLog, type Problem } from "../../runtime/validate";
import type { SpecVersion } from "../../generated";
import { asJsonl, asLines, setIn, v4Session, type Step } from "./sessions";

async function check(text: string, options: { spec?: SpecVersion } = {}) {
  const problems: Problem[] = [];
  const summary = await validateLog(Readable.from([text]), { ...options, onProblem: (p) => problems.push(p) });
  return { summary, problems, errors: problems.filter((p) => p.severity === "error") };
}

const pick = (p: Problem) => ({ rule: p.rule, line: p.line, text: p.text });

/** A v3 session with a battery sensor (read) and a pressure sensor (subscribe). */
function v3Sensors(): Step[] {
  return [
    { dir: "c2s", t: 0, frame: [{ RequestServerInfo: { Id: 1, ClientName: "v3 app", MessageVersion: 3 } }] },
    { dir: "s2c", t: 1, frame: [{ ServerInfo: { Id: 1, ServerName: "s", MessageVersion: 3, MaxPingTime: 0 } }] },
    { dir: "c2s", t: 2, frame: [{ RequestDeviceList: { Id: 2 } }] },
    {
      dir: "s2c",
      t: 3,
      frame: [
        {
          DeviceList: {
            Id: 2,
            Devices: [
              {
                DeviceName: "Sensor Toy",
                DeviceIndex: 0,
                DeviceMessages: {
                  SensorReadCmd: [{ FeatureDescriptor: "Battery", SensorType: "Battery", SensorRange: [[0, 100]] }],
                  SensorSubscribeCmd: [
                    { FeatureDescriptor: "Pressure", SensorType: "Pressure", SensorRange: [[0, 1000]] },
                  ],
                  StopDeviceCmd: {},
                },
              },
            ],
          },
        },
      ],
    },
    { dir: "c2s", t: 4, frame: [{ SensorReadCmd: { Id: 3, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" } }] },
    {
      dir: "s2c",
      t: 5,
      frame: [{ SensorReading: { Id: 3, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery", Data: [90] } }],
    },
    {
      dir: "c2s",
      t: 6,
      frame: [{ SensorSubscribeCmd: { Id: 4, DeviceIndex: 0, SensorIndex: 0, SensorType: "Pressure" } }],
    },
    { dir: "s2c", t: 7, frame: [{ Ok: { Id: 4 } }] },
    {
      dir: "s2c",
      t: 8,
      frame: [{ SensorReading: { Id: 0, DeviceIndex: 0, SensorIndex: 0, SensorType: "Pressure", Data: [10] } }],
    },
  ];
}

const reading = (steps: Step[], line: number) =>
  (steps[line - 1]!.frame[0] as { SensorReading: Record<string, unknown> }).SensorReading;

describe("server readings are cross-checked", () => {
  it("the v3 sensor session as written is valid", async () => {
    expect((await check(asJsonl(v3Sensors()))).problems).toEqual([]);
  });

  it("v3: a reply about another sensor, a value outside SensorRange", async () => {
    let steps = v3Sensors();
    reading(steps, 6).SensorType = "Pressure";
    expect((await check(asJsonl(steps))).errors.map(pick)).toEqual([
      {
        rule: "reply",
        line: 6,
        text: "SensorReading is about SensorType Pressure, but SensorReadCmd (line 5) asked about Battery",
      },
    ]);
    steps = v3Sensors();
    reading(steps, 6).Data = [101];
    expect((await check(asJsonl(steps))).errors).toEqual([
      expect.objectContaining({
        rule: "range",
        line: 6,
        pointer: "/0/SensorReading/Data/0",
        expected: [0, 100],
        actual: 101,
      }),
    ]);
    steps = v3Sensors();
    reading(steps, 6).DeviceIndex = 1;
    expect((await check(asJsonl(steps))).errors.map((p) => p.rule)).toEqual(["reply"]);
  });

  it("v3: a subscription event needs an active subscription, and ends with the unsubscribe", async () => {
    const steps = v3Sensors();
    steps.push(
      {
        dir: "c2s",
        t: 9,
        frame: [{ SensorUnsubscribeCmd: { Id: 5, DeviceIndex: 0, SensorIndex: 0, SensorType: "Pressure" } }],
      },
      { dir: "s2c", t: 10, frame: [{ Ok: { Id: 5 } }] },
      {
        dir: "s2c",
        t: 11,
        frame: [{ SensorReading: { Id: 0, DeviceIndex: 0, SensorIndex: 0, SensorType: "Pressure", Data: [10] } }],
      },
    );
    reading(steps, 9).Data = [2000];
    expect((await check(asJsonl(steps))).errors.map(pick)).toEqual([
      { rule: "range", line: 9, text: "SensorReading Data 2000 is outside sensor 0's SensorRange [0, 1000]" },
      {
        rule: "subscription",
        line: 12,
        text: "SensorReading event (Id 0) for device 0 Pressure 0, but no subscription to it is active",
      },
    ]);
  });

  it("v4: InputReading about what was asked, inside the input's Value range; events need a subscription", async () => {
    const steps = v4Session();
    setIn(steps[3]!, "/0/DeviceList/Devices/0/DeviceFeatures/1/Input/Battery/Value", [[0, 80]]);
    setIn(steps[7]!, "/0/InputReading/Reading/Battery/Value", 81);
    steps.push({
      dir: "s2c",
      t: 600,
      frame: [{ InputReading: { Id: 0, DeviceIndex: 0, FeatureIndex: 1, Reading: { Battery: { Value: 50 } } } }],
    });
    expect((await check(asJsonl(steps))).errors.map(pick)).toEqual([
      { rule: "range", line: 8, text: "Battery Value 81 is outside the advertised range [0, 80]" },
      {
        rule: "subscription",
        line: 11,
        text: "InputReading event (Id 0) for device 0 Battery 1, but no subscription to it is active",
      },
    ]);
    const other = v4Session();
    setIn(other[7]!, "/0/InputReading/FeatureIndex", 0);
    expect((await check(asJsonl(other))).errors).toEqual([
      expect.objectContaining({ rule: "reply", line: 8, expected: 1, actual: 0 }),
    ]);
  });

  it("v2: BatteryLevelReading and RawReading answer the device and endpoint asked", async () => {
    const endpoints = { Endpoints: ["rx"] };
    const steps: Step[] = [
      { dir: "c2s", t: 0, frame: [{ RequestServerInfo: { Id: 1, ClientName: "v2 app", MessageVersion: 2 } }] },
      { dir: "s2c", t: 1, frame: [{ ServerInfo: { Id: 1, ServerName: "s", MessageVersion: 2, MaxPingTime: 0 } }] },
      { dir: "c2s", t: 2, frame: [{ RequestDeviceList: { Id: 2 } }] },
      {
        dir: "s2c",
        t: 3,
        frame: [
          {
            DeviceList: {
              Id: 2,
              Devices: [
                {
                  DeviceName: "A",
                  DeviceIndex: 0,
                  DeviceMessages: { BatteryLevelCmd: {}, RawReadCmd: endpoints, StopDeviceCmd: {} },
                },
                { DeviceName: "B", DeviceIndex: 1, DeviceMessages: { BatteryLevelCmd: {}, StopDeviceCmd: {} } },
              ],
            },
          },
        ],
      },
      { dir: "c2s", t: 4, frame: [{ BatteryLevelCmd: { Id: 3, DeviceIndex: 0 } }] },
      { dir: "s2c", t: 5, frame: [{ BatteryLevelReading: { Id: 3, DeviceIndex: 1, BatteryLevel: 0.5 } }] },
      {
        dir: "c2s",
        t: 6,
        frame: [{ RawReadCmd: { Id: 4, DeviceIndex: 0, Endpoint: "rx", ExpectedLength: 0, WaitForData: true } }],
      },
      { dir: "s2c", t: 7, frame: [{ RawReading: { Id: 4, DeviceIndex: 0, Endpoint: "tx", Data: [1] } }] },
      {
        dir: "c2s",
        t: 8,
        frame: [{ RawReadCmd: { Id: 5, DeviceIndex: 0, Endpoint: "tx", ExpectedLength: 0, WaitForData: true } }],
      },
      { dir: "s2c", t: 9, frame: [{ Error: { Id: 5, ErrorCode: 4, ErrorMessage: "no endpoint tx" } }] },
    ];
    const { errors } = await check(asJsonl(steps));
    expect(errors.map(pick)).toEqual([
      {
        rule: "reply",
        line: 6,
        text: "BatteryLevelReading is about DeviceIndex 1, but BatteryLevelCmd (line 5) asked about 0",
      },
      { rule: "reply", line: 8, text: "RawReading is about Endpoint tx, but RawReadCmd (line 7) asked about rx" },
      { rule: "feature", line: 9, text: "device 0 has no RawReadCmd endpoint tx (endpoints: rx)" },
    ]);
  });
});

describe("the handshake", () => {
  it("a server message before the client's RequestServerInfo is an error", async () => {
    const steps = v4Session();
    steps.unshift({ dir: "s2c", t: 0, frame: [{ ScanningFinished: { Id: 0 } }] });
    expect((await check(asJsonl(steps))).errors.map(pick)).toEqual([
      {
        rule: "handshake",
        line: 1,
        text: "ScanningFinished from the server before the client's RequestServerInfo: the handshake must come first",
      },
    ]);
  });

  it("a handshake line that is not JSON: one parse error there, the rest checked at the ServerInfo's version", async () => {
    const text = asLines(v4Session()).replace(/^.*\n/, '[{"RequestServerInfo":{"Id":1,"ClientName":"x",\n');
    const { errors, summary } = await check(text);
    expect(errors.map((p) => [p.rule, p.line])).toEqual([["parse", 1]]);
    expect(summary).toMatchObject({ version: 4, versionFrom: "ServerInfo" });
  });

  it("MessageVersion as a string: an error on that line (the schema's), checked at the ServerInfo's version", async () => {
    const steps = v3Sensors();
    setIn(steps[0]!, "/0/RequestServerInfo/MessageVersion", "3");
    const { errors, summary } = await check(asJsonl(steps));
    expect(errors).toEqual([
      expect.objectContaining({
        rule: "schema",
        line: 1,
        message: "RequestServerInfo",
        pointer: "/0/RequestServerInfo/MessageVersion",
      }),
    ]);
    expect(summary).toMatchObject({ version: 3, versionFrom: "ServerInfo" });
  });

  it("an unreadable handshake and no ServerInfo: an invalid log with the problem on that line, not a usage error", async () => {
    const steps = v3Sensors().filter((s) => s.dir === "c2s");
    setIn(steps[0]!, "/0/RequestServerInfo/MessageVersion", "3");
    const { errors, summary } = await check(asJsonl(steps));
    expect(errors).toEqual([
      expect.objectContaining({
        rule: "handshake",
        line: 1,
        text: expect.stringMatching(/^cannot tell the spec version from the handshake: .*pass --spec N/),
      }),
    ]);
    expect(summary).toMatchObject({ version: undefined, frames: steps.length });
  });
});

describe("an Id in flight for several requests", () => {
  // StopDeviceCmd and SensorReadCmd both reuse Id 9. The server's Error answers the read and its Ok the
  // stop, but matching by order gives the Error to the stop: the Ok then looks like a reply to the read.
  const reused = (): Step[] => [
    ...v3Sensors().slice(0, 4),
    {
      dir: "c2s",
      t: 4,
      frame: [
        { StopDeviceCmd: { Id: 9, DeviceIndex: 0 } },
        { SensorReadCmd: { Id: 9, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" } },
      ],
    },
    { dir: "s2c", t: 5, frame: [{ Error: { Id: 9, ErrorCode: 3, ErrorMessage: "read failed" } }, { Ok: { Id: 9 } }] },
  ];

  it("a reply the order-based guess cannot place is a warning that says why, not an error", async () => {
    const { problems, errors } = await check(asJsonl(reused()));
    expect(errors).toEqual([]);
    expect(problems.map(pick)).toEqual([
      {
        rule: "reply",
        line: 6,
        text: "Ok is not a reply to SensorReadCmd (line 5); expected SensorReading or Error (Id 9 was in flight for several requests; which one a reply answers is a guess)",
      },
    ]);
  });

  /** Two devices with the battery sensor; one read of each with Id 9, answered in the other order. */
  const twoReads = (): Step[] => {
    const steps = v3Sensors().slice(0, 4);
    const list = steps[3]!.frame[0] as { DeviceList: { Devices: Record<string, unknown>[] } };
    list.DeviceList.Devices.push({ ...list.DeviceList.Devices[0], DeviceName: "Second Toy", DeviceIndex: 1 });
    const read = (device: number) => ({
      SensorReadCmd: { Id: 9, DeviceIndex: device, SensorIndex: 0, SensorType: "Battery" },
    });
    const answer = (device: number, level: number) => ({
      SensorReading: { Id: 9, DeviceIndex: device, SensorIndex: 0, SensorType: "Battery", Data: [level] },
    });
    steps.push({ dir: "c2s", t: 4, frame: [read(0), read(1)] });
    steps.push({ dir: "s2c", t: 5, frame: [answer(1, 40), answer(0, 90)] });
    return steps;
  };

  it("a reading answers the request with its Id that asked about what it is about, whatever the order", async () => {
    expect((await check(asJsonl(twoReads()))).problems).toEqual([]);
  });

  it("a reading about what no request with its shared Id asked is a warning that says why", async () => {
    const steps = twoReads();
    setIn(steps[5]!, "/0/SensorReading/DeviceIndex", 0);
    const { problems } = await check(asJsonl(steps));
    expect(problems.map((p) => [p.severity, p.text])).toEqual([
      [
        "warning",
        "SensorReading is about DeviceIndex 0, but SensorReadCmd (line 5) asked about 1 (Id 9 was in flight for several requests; which one a reply answers is a guess)",
      ],
    ]);
  });

  it("with unique Ids the same mismatch stays an error", async () => {
    const steps = reused();
    setIn(steps[4]!, "/0/StopDeviceCmd/Id", 8);
    setIn(steps[5]!, "/0/Error/Id", 8);
    steps[5]!.frame.reverse();
    setIn(steps[5]!, "/0/Ok/Id", 9);
    const { errors } = await check(asJsonl(steps));
    expect(errors.map(pick)).toEqual([
      { rule: "reply", line: 6, text: "Ok is not a reply to SensorReadCmd (line 5); expected SensorReading or Error" },
    ]);
  });
});
