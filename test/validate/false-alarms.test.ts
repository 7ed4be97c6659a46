/**
 * Valid traffic `bpkit validate` once rejected (issue: no false alarms on valid logs). Each case is a
 * small real-shaped log that must validate without errors.
 */
import { Readable } from "node:stream";
import { validateLog, type Problem } from "../../runtime/validate";
import type { SpecVersion } from "../../generated";
import { asHar, asJsonl, asLines, setIn, v0Session, v4Session, type Step } from "./sessions";

async function check(text: string, options: { spec?: SpecVersion; format?: "lines" | "jsonl" | "har" } = {}) {
  const problems: Problem[] = [];
  const summary = await validateLog(Readable.from([text]), { ...options, onProblem: (p) => problems.push(p) });
  return { summary, problems, errors: problems.filter((p) => p.severity === "error") };
}

describe("v0/v1 Test travels both ways", () => {
  const withTest = (version: 0 | 1): Step[] => {
    const steps = version === 0 ? v0Session() : v0Session().slice(0, 2);
    if (version === 1) setIn(steps[0]!, "/0/RequestServerInfo/MessageVersion", 1);
    if (version === 1) setIn(steps[1]!, "/0/ServerInfo/MessageVersion", 1);
    return [
      ...steps,
      { dir: "c2s", t: 10, frame: [{ Test: { Id: 7, TestString: "hello" } }] },
      { dir: "s2c", t: 11, frame: [{ Test: { Id: 7, TestString: "hello" } }] },
    ];
  };
  it.each([0, 1] as const)(
    "the server's echo of Test is a valid reply in v%i (jsonl, har and lines)",
    async (version) => {
      for (const text of [asJsonl(withTest(version)), asHar(withTest(version)), asLines(withTest(version))]) {
        const { problems, summary } = await check(text);
        expect(problems).toEqual([]);
        expect(summary.version).toBe(version);
      }
    },
  );
  it("an echo nobody asked for is still an error", async () => {
    const steps = withTest(0);
    setIn(steps[steps.length - 1]!, "/0/Test/Id", 8);
    const { errors } = await check(asJsonl(steps));
    expect(errors).toEqual([
      expect.objectContaining({
        line: steps.length,
        message: "Test",
        text: "Test Id 8 answers no outstanding request",
      }),
    ]);
  });
});

const v2Device = (messages: Record<string, unknown>) => ({
  DeviceName: "Raw Toy",
  DeviceIndex: 0,
  DeviceMessages: messages,
});
const v2Start = (devices: unknown[]): Step[] => [
  { dir: "c2s", t: 0, frame: [{ RequestServerInfo: { Id: 1, ClientName: "v2 app", MessageVersion: 2 } }] },
  { dir: "s2c", t: 1, frame: [{ ServerInfo: { Id: 1, ServerName: "s", MessageVersion: 2, MaxPingTime: 0 } }] },
  { dir: "c2s", t: 2, frame: [{ RequestDeviceList: { Id: 2 } }] },
  { dir: "s2c", t: 3, frame: [{ DeviceList: { Id: 2, Devices: devices } }] },
];

describe("v2 raw attributes carry Endpoints", () => {
  it("a v2 DeviceList with Endpoints on all four Raw*Cmd validates (the reference's spec-v2 schema)", async () => {
    const endpoints = { Endpoints: ["tx", "rx"] };
    const steps: Step[] = [
      ...v2Start([
        v2Device({
          RawWriteCmd: endpoints,
          RawReadCmd: endpoints,
          RawSubscribeCmd: endpoints,
          RawUnsubscribeCmd: endpoints,
          StopDeviceCmd: {},
        }),
      ]),
      {
        dir: "c2s",
        t: 4,
        frame: [{ RawWriteCmd: { Id: 3, DeviceIndex: 0, Endpoint: "tx", Data: [1], WriteWithResponse: false } }],
      },
      { dir: "s2c", t: 5, frame: [{ Ok: { Id: 3 } }] },
    ];
    const { problems } = await check(asJsonl(steps));
    expect(problems).toEqual([]);
  });

  it("one defect, one error: a schema-invalid device list still announces its devices", async () => {
    const steps: Step[] = [
      ...v2Start([v2Device({ VibrateCmd: { FeatureCount: 1, Bogus: true }, StopDeviceCmd: {} })]),
      { dir: "c2s", t: 4, frame: [{ VibrateCmd: { Id: 3, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 0.5 }] } }] },
      { dir: "s2c", t: 5, frame: [{ Ok: { Id: 3 } }] },
      { dir: "c2s", t: 6, frame: [{ StopDeviceCmd: { Id: 4, DeviceIndex: 0 } }] },
      { dir: "s2c", t: 7, frame: [{ Ok: { Id: 4 } }] },
    ];
    const { problems } = await check(asJsonl(steps));
    expect(problems).toEqual([
      expect.objectContaining({ severity: "error", rule: "schema", line: 4, message: "DeviceList" }),
    ]);
  });

  it("one defect, one error: a request failing its schema with a readable Id is still answered by its reply", async () => {
    const steps: Step[] = [
      ...v2Start([v2Device({ VibrateCmd: { FeatureCount: 1 }, StopDeviceCmd: {} })]),
      { dir: "c2s", t: 4, frame: [{ VibrateCmd: { Id: 3, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 1.5 }] } }] },
      { dir: "s2c", t: 5, frame: [{ Error: { Id: 3, ErrorCode: 3, ErrorMessage: "Speed out of range" } }] },
    ];
    const { problems } = await check(asJsonl(steps));
    expect(problems).toEqual([
      expect.objectContaining({
        severity: "error",
        rule: "schema",
        line: 5,
        message: "VibrateCmd",
        text: "Speed 1.5 must be <= 1",
      }),
    ]);
  });
});

describe("unsubscribing is implied by subscribing", () => {
  it("v3: SensorUnsubscribeCmd and RawUnsubscribeCmd to a device advertising the subscribe", async () => {
    const steps: Step[] = [
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
                    SensorSubscribeCmd: [
                      { FeatureDescriptor: "Pressure", SensorType: "Pressure", SensorRange: [[0, 1000]] },
                    ],
                    RawSubscribeCmd: { Endpoints: ["rx"] },
                    StopDeviceCmd: {},
                  },
                },
              ],
            },
          },
        ],
      },
      {
        dir: "c2s",
        t: 4,
        frame: [{ SensorSubscribeCmd: { Id: 3, DeviceIndex: 0, SensorIndex: 0, SensorType: "Pressure" } }],
      },
      { dir: "s2c", t: 5, frame: [{ Ok: { Id: 3 } }] },
      {
        dir: "s2c",
        t: 6,
        frame: [{ SensorReading: { Id: 0, DeviceIndex: 0, SensorIndex: 0, SensorType: "Pressure", Data: [500] } }],
      },
      {
        dir: "c2s",
        t: 7,
        frame: [{ SensorUnsubscribeCmd: { Id: 4, DeviceIndex: 0, SensorIndex: 0, SensorType: "Pressure" } }],
      },
      { dir: "s2c", t: 8, frame: [{ Ok: { Id: 4 } }] },
      { dir: "c2s", t: 9, frame: [{ RawSubscribeCmd: { Id: 5, DeviceIndex: 0, Endpoint: "rx" } }] },
      { dir: "s2c", t: 10, frame: [{ Ok: { Id: 5 } }] },
      { dir: "s2c", t: 11, frame: [{ RawReading: { Id: 0, DeviceIndex: 0, Endpoint: "rx", Data: [1, 2] } }] },
      { dir: "c2s", t: 12, frame: [{ RawUnsubscribeCmd: { Id: 6, DeviceIndex: 0, Endpoint: "rx" } }] },
      { dir: "s2c", t: 13, frame: [{ Ok: { Id: 6 } }] },
    ];
    const { problems } = await check(asJsonl(steps));
    expect(problems).toEqual([]);
  });

  it("v4: InputCmd Unsubscribe on a Read-only input, which the server answers Ok (it only undoes a Subscribe)", async () => {
    const steps = v4Session();
    steps.push(
      {
        dir: "c2s",
        t: 600,
        frame: [{ InputCmd: { Id: 6, DeviceIndex: 0, FeatureIndex: 1, Type: "Battery", Command: "Unsubscribe" } }],
      },
      { dir: "s2c", t: 601, frame: [{ Ok: { Id: 6 } }] },
    );
    const { problems } = await check(asJsonl(steps));
    expect(problems).toEqual([]);
  });

  it("v4: InputCmd Unsubscribe on an input whose commands are Read and Subscribe", async () => {
    const steps = v4Session();
    setIn(steps[3]!, "/0/DeviceList/Devices/0/DeviceFeatures/1/Input/Battery/Command", ["Read", "Subscribe"]);
    steps.push(
      {
        dir: "c2s",
        t: 600,
        frame: [{ InputCmd: { Id: 6, DeviceIndex: 0, FeatureIndex: 1, Type: "Battery", Command: "Subscribe" } }],
      },
      { dir: "s2c", t: 601, frame: [{ Ok: { Id: 6 } }] },
      {
        dir: "s2c",
        t: 602,
        frame: [{ InputReading: { Id: 0, DeviceIndex: 0, FeatureIndex: 1, Reading: { Battery: { Value: 80 } } } }],
      },
      {
        dir: "c2s",
        t: 603,
        frame: [{ InputCmd: { Id: 7, DeviceIndex: 0, FeatureIndex: 1, Type: "Battery", Command: "Unsubscribe" } }],
      },
      { dir: "s2c", t: 604, frame: [{ Ok: { Id: 7 } }] },
    );
    const { problems } = await check(asJsonl(steps));
    expect(problems).toEqual([]);
  });
});

describe("logs that start mid-session (--spec, no handshake)", () => {
  it("learns devices from their first use: one note, no errors", async () => {
    const tail = v4Session().slice(4); // OutputCmd, InputCmd, Ping and replies; no DeviceList
    tail.push(
      {
        dir: "c2s",
        t: 700,
        frame: [{ OutputCmd: { Id: 9, DeviceIndex: 3, FeatureIndex: 0, Command: { Vibrate: { Value: 1 } } } }],
      },
      { dir: "s2c", t: 701, frame: [{ Ok: { Id: 9 } }] },
    );
    const { problems, summary } = await check(asLines(tail), { spec: 4 });
    expect(problems).toEqual([expect.objectContaining({ severity: "note", rule: "mid-session", line: 1 })]);
    expect(summary).toMatchObject({ errors: 0, warnings: 0, notes: 1 });
  });

  it("checks against a device list once the log has one", async () => {
    const steps = v4Session().slice(2);
    steps.push({
      dir: "c2s",
      t: 700,
      frame: [{ OutputCmd: { Id: 9, DeviceIndex: 3, FeatureIndex: 0, Command: { Vibrate: { Value: 1 } } } }],
    });
    const { errors } = await check(asJsonl(steps), { spec: 4 });
    expect(errors).toEqual([
      expect.objectContaining({
        rule: "device",
        line: 9,
        text: expect.stringMatching(/device 3 is not in the device list/),
      }),
    ]);
  });
});

describe("a HAR with several websocket connections", () => {
  it("checks each connection as its own session (a reconnect is a new handshake)", async () => {
    const har = JSON.parse(asHar(v4Session()));
    const ws = har.log.entries[1];
    har.log.entries.push(JSON.parse(JSON.stringify(ws)));
    const { problems, summary } = await check(JSON.stringify(har, null, 2));
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ sessions: 2, frames: 20, version: 4 });
  });

  it("a problem names its connection", async () => {
    const har = JSON.parse(asHar(v4Session()));
    const second = JSON.parse(JSON.stringify(har.log.entries[1]));
    second._webSocketMessages.pop(); // the second connection's last Ping is never answered
    har.log.entries.push(second);
    const { problems } = await check(JSON.stringify(har));
    expect(problems).toEqual([
      expect.objectContaining({ severity: "warning", rule: "unanswered", session: 2, message: "Ping" }),
    ]);
  });
});

describe("replies to requests the server must refuse, and Ids in flight twice", () => {
  it("an unknown message or a server message sent by the client, with a readable Id, is answered by its Error", async () => {
    const steps = v4Session().slice(0, 2);
    steps.push(
      { dir: "c2s", t: 10, frame: [{ Frobnicate: { Id: 4 } }] },
      { dir: "s2c", t: 11, frame: [{ Error: { Id: 4, ErrorCode: 3, ErrorMessage: "unknown" } }] },
      { dir: "c2s", t: 12, frame: [{ Ok: { Id: 6 } }] },
      { dir: "s2c", t: 13, frame: [{ Error: { Id: 6, ErrorCode: 3, ErrorMessage: "server message" } }] },
      { dir: "s2c", t: 14, frame: [{ Error: { Id: 0, ErrorCode: 2, ErrorMessage: "ping timeout" } }] },
    );
    const { problems } = await check(asJsonl(steps));
    expect(problems.map((p) => [p.rule, p.line])).toEqual([
      ["schema", 3],
      ["direction", 5],
    ]);
  });

  it("an Id in flight twice: a reply goes to the request that allows it, whichever finished first", async () => {
    const steps = v4Session().slice(0, 4);
    steps.push(
      {
        dir: "c2s",
        t: 20,
        frame: [
          { InputCmd: { Id: 7, DeviceIndex: 0, FeatureIndex: 1, Type: "Battery", Command: "Read" } },
          { OutputCmd: { Id: 7, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 1 } } } },
        ],
      },
      { dir: "s2c", t: 21, frame: [{ Ok: { Id: 7 } }] },
      {
        dir: "s2c",
        t: 22,
        frame: [{ InputReading: { Id: 7, DeviceIndex: 0, FeatureIndex: 1, Reading: { Battery: { Value: 50 } } } }],
      },
    );
    expect((await check(asJsonl(steps))).problems).toEqual([]);
  });
});
