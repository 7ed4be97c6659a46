/**
 * Speaking spec v3 with the v4 API: the legacy adapter's device model and message mapping, and the
 * client in v3 mode against bpkit's own server (which translates v3 up to its v4 test devices, so
 * the recorded v4 commands show the step the v3 floats turned back into).
 */
import fc from "fast-check";
import type { v3, v4 } from "../../generated";
import {
  ButtplugClient,
  ButtplugMessageError,
  InProcessConnector,
  V3Codec,
  legacyDeviceFromV3,
  stepToUnit,
  type ClientDevice,
} from "../../runtime/client";
import { ButtplugServer, TestDevice, TestDeviceSource, everyFeature, vibratorFeatures } from "../../runtime/server";
import { floatToSteps } from "../../runtime/translation";
import { createInProcessPair, type FrameConnection } from "../../runtime/transport";
import { RecordingConnector, next } from "./helpers";
import { until } from "../until";

const rich: v3.DeviceInfo = {
  DeviceName: "Rich",
  DeviceIndex: 5,
  DeviceMessageTimingGap: 100,
  DeviceMessages: {
    ScalarCmd: [
      { FeatureDescriptor: "Motor", StepCount: 20, ActuatorType: "Vibrate" },
      { FeatureDescriptor: "Pump", StepCount: 4, ActuatorType: "Inflate" },
      { FeatureDescriptor: "Mystery", StepCount: 4, ActuatorType: "Unknown" },
    ],
    RotateCmd: [{ FeatureDescriptor: "Spinner", StepCount: 10, ActuatorType: "Rotate" }],
    LinearCmd: [{ FeatureDescriptor: "Stroker", StepCount: 99, ActuatorType: "Position" }],
    SensorReadCmd: [{ FeatureDescriptor: "Battery", SensorType: "Battery", SensorRange: [[0, 100]] }],
    SensorSubscribeCmd: [
      { FeatureDescriptor: "Squeeze", SensorType: "Pressure", SensorRange: [[0, 500]] },
      { FeatureDescriptor: "Battery", SensorType: "Battery", SensorRange: [[0, 100]] },
    ],
    StopDeviceCmd: {},
  },
};

describe("legacy v3 device model", () => {
  test("v3 attributes become v4 features in a fixed order, with ranges from StepCount and SensorRange", () => {
    const { v4: info } = legacyDeviceFromV3(rich);
    expect(info).toEqual<v4.DeviceInfo>({
      DeviceName: "Rich",
      DeviceIndex: 5,
      DeviceMessageTimingGap: 100,
      DeviceFeatures: {
        "0": { FeatureIndex: 0, FeatureDescription: "Motor", Output: { Vibrate: { Value: [0, 20] } } },
        "1": { FeatureIndex: 1, FeatureDescription: "Pump", Output: { Constrict: { Value: [0, 4] } } },
        "2": {
          FeatureIndex: 2,
          FeatureDescription: "Spinner",
          Output: { Rotate: { Value: [-10, 10] }, RotationWithDirection: { Value: [0, 10] } },
        },
        "3": {
          FeatureIndex: 3,
          FeatureDescription: "Stroker",
          Output: { HwPositionWithDuration: { Value: [0, 99], Duration: [0, 4294967295] } },
        },
        "4": {
          FeatureIndex: 4,
          FeatureDescription: "Battery",
          Input: { Battery: { Value: [[0, 100]], Command: ["Read", "Subscribe", "Unsubscribe"] } },
        },
        "5": {
          FeatureIndex: 5,
          FeatureDescription: "Squeeze",
          Input: { Pressure: { Value: [[0, 500]], Command: ["Subscribe", "Unsubscribe"] } },
        },
      },
    });
  });

  test("stepToUnit gives a float the server's rule turns back into exactly that step, for every step", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.constantFrom<v4.OutputType>("Vibrate", "Position", "HwPositionWithDuration", "Rotate"),
        (n, type) => {
          for (let k = 0; k <= n; k++) {
            const unit = stepToUnit(k, n, type);
            if (!(unit >= 0 && unit <= 1) || floatToSteps(type, unit, n) !== k) return false;
          }
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("legacy v3 codec: v4 requests as v3 messages, v3 server messages as v4", () => {
  function codecWithRich(): V3Codec {
    const codec = new V3Codec();
    codec.decode({ DeviceList: { Id: 1, Devices: [rich] as unknown as Record<string, unknown>[] } } as never);
    return codec;
  }

  test("outputs map onto ScalarCmd / RotateCmd / LinearCmd at the attribute's index", () => {
    const codec = codecWithRich();
    const out = (FeatureIndex: number, Command: v4.OutputCommand) =>
      codec.encode({ OutputCmd: { Id: 7, DeviceIndex: 5, FeatureIndex, Command } });
    expect(out(1, { Constrict: { Value: 2 } })).toEqual({
      send: [{ ScalarCmd: { Id: 7, DeviceIndex: 5, Scalars: [{ Index: 1, Scalar: 0.5, ActuatorType: "Inflate" }] } }],
    });
    expect(out(2, { Rotate: { Value: -5 } })).toEqual({
      send: [{ RotateCmd: { Id: 7, DeviceIndex: 5, Rotations: [{ Index: 0, Speed: 0.5, Clockwise: false }] } }],
    });
    expect(out(2, { RotationWithDirection: { Value: 10, Clockwise: true } })).toEqual({
      send: [{ RotateCmd: { Id: 7, DeviceIndex: 5, Rotations: [{ Index: 0, Speed: 1, Clockwise: true }] } }],
    });
    const linear = out(3, { HwPositionWithDuration: { Value: 49, Duration: 300 } }) as unknown as {
      send: Array<{ LinearCmd: v3.LinearCmd }>;
    };
    expect(linear.send[0].LinearCmd.Vectors[0].Duration).toBe(300);
    expect(floatToSteps("HwPositionWithDuration", linear.send[0].LinearCmd.Vectors[0].Position, 99)).toBe(49);
    expect(() => out(0, { Rotate: { Value: 1 } })).toThrow(
      "DeviceIndex 5 (Rich) FeatureIndex 0: output type Rotate not supported by this v3 feature",
    );
    expect(() =>
      codec.encode({ OutputCmd: { Id: 7, DeviceIndex: 9, FeatureIndex: 0, Command: { Vibrate: { Value: 1 } } } }),
    ).toThrow("DeviceIndex 9: no such device on the v3 server");
  });

  test("inputs map onto SensorReadCmd / SensorSubscribeCmd at the sensor's own index; readings come back as InputReading", () => {
    const codec = codecWithRich();
    expect(
      codec.encode({ InputCmd: { Id: 3, DeviceIndex: 5, FeatureIndex: 4, Type: "Battery", Command: "Read" } }),
    ).toEqual({
      send: [{ SensorReadCmd: { Id: 3, DeviceIndex: 5, SensorIndex: 0, SensorType: "Battery" } }],
    });
    expect(
      codec.encode({ InputCmd: { Id: 4, DeviceIndex: 5, FeatureIndex: 5, Type: "Pressure", Command: "Subscribe" } }),
    ).toEqual({
      send: [{ SensorSubscribeCmd: { Id: 4, DeviceIndex: 5, SensorIndex: 0, SensorType: "Pressure" } }],
    });
    expect(
      codec.decode({ SensorReading: { Id: 0, DeviceIndex: 5, SensorIndex: 0, SensorType: "Pressure", Data: [321] } }),
    ).toEqual([{ InputReading: { Id: 0, DeviceIndex: 5, FeatureIndex: 5, Reading: { Pressure: { Value: 321 } } } }]);
    expect(
      codec.decode({ SensorReading: { Id: 3, DeviceIndex: 5, SensorIndex: 0, SensorType: "Battery", Data: [88] } }),
    ).toEqual([{ InputReading: { Id: 3, DeviceIndex: 5, FeatureIndex: 4, Reading: { Battery: { Value: 88 } } } }]);
  });

  test("only the v3 it sends is checked, not the v4 request: an InputCmd Command outside v4's is refused, not sent as an unsubscribe", () => {
    const codec = codecWithRich();
    const bogus = { Id: 4, DeviceIndex: 5, FeatureIndex: 5, Type: "Pressure", Command: "Bogus" } as const;
    expect(() => codec.encode({ InputCmd: bogus as unknown as v4.InputCmd })).toThrow(
      new ButtplugMessageError(
        'DeviceIndex 5 (Rich) FeatureIndex 5: InputCmd Command "Bogus" is not a spec v4 command',
      ),
    );
  });

  test("StopCmd: all → StopAllDevices, device → StopDeviceCmd, feature → zero its actuator; subscriptions are unsubscribed", () => {
    const codec = codecWithRich();
    codec.encode({ InputCmd: { Id: 4, DeviceIndex: 5, FeatureIndex: 5, Type: "Pressure", Command: "Subscribe" } });
    expect(codec.encode({ StopCmd: { Id: 8, DeviceIndex: 5, FeatureIndex: 0 } })).toEqual({
      send: [{ ScalarCmd: { Id: 8, DeviceIndex: 5, Scalars: [{ Index: 0, Scalar: 0, ActuatorType: "Vibrate" }] } }],
    });
    expect(codec.encode({ StopCmd: { Id: 9 } })).toEqual({
      send: [
        { StopAllDevices: { Id: 9 } },
        { SensorUnsubscribeCmd: { Id: 9, DeviceIndex: 5, SensorIndex: 0, SensorType: "Pressure" } },
      ],
    });
    expect(codec.encode({ StopCmd: { Id: 10, DeviceIndex: 5 } })).toEqual({
      send: [{ StopDeviceCmd: { Id: 10, DeviceIndex: 5 } }],
    });
    // A linear axis has nothing to stop in v3: answered locally.
    expect(codec.encode({ StopCmd: { Id: 11, DeviceIndex: 5, FeatureIndex: 3 } })).toEqual({
      reply: { Ok: { Id: 11 } },
    });
  });

  test("DeviceAdded / DeviceRemoved become v4 DeviceList events of the whole list", () => {
    const codec = codecWithRich();
    const { Id: _omit, ...other } = { ...rich, Id: 0, DeviceIndex: 6, DeviceName: "Other" };
    const [added] = codec.decode({ DeviceAdded: { Id: 0, ...other } } as never);
    expect(Object.keys((added as { DeviceList: v4.DeviceList }).DeviceList.Devices)).toEqual(["5", "6"]);
    const [removed] = codec.decode({ DeviceRemoved: { Id: 0, DeviceIndex: 5 } });
    expect((removed as { DeviceList: v4.DeviceList }).DeviceList).toEqual({
      Id: 0,
      Devices: { "6": expect.objectContaining({ DeviceName: "Other" }) },
    });
  });
});

describe("client in v3 mode against bpkit's server", () => {
  let server: ButtplugServer;
  let vibrator: TestDevice;
  let everything: TestDevice;
  let connector: RecordingConnector;
  let client: ButtplugClient;

  beforeEach(async () => {
    vibrator = new TestDevice({ name: "Test Vibrator", features: vibratorFeatures() });
    everything = new TestDevice({ name: "Everything", features: everyFeature() });
    server = new ButtplugServer({ deviceSources: [new TestDeviceSource([vibrator, everything])] });
    connector = new RecordingConnector(new InProcessConnector(server));
    client = new ButtplugClient({ name: "v3 mode", specVersion: 3 });
    await client.connect(connector);
    await client.startScanning();
    await until(() => client.devices.size === 2, "two devices");
  });

  afterEach(async () => {
    await client.disconnect();
    await server.shutdown();
  });

  test("handshake with MessageVersion 3; the server sees a v3 session", () => {
    expect(connector.bodies("RequestServerInfo")).toEqual([{ Id: 1, ClientName: "v3 mode", MessageVersion: 3 }]);
    expect(server.session?.version).toBe(3);
    expect(client.serverInfo?.protocolVersionMajor).toBe(3);
  });

  test("the vibrator's v3 attributes read back as the same v4 features", () => {
    const d = client.device(0);
    expect(
      [...d.features.values()].map((f) => [
        f.description,
        Object.fromEntries([...f.outputs].map(([t, o]) => [t, o.range])),
        [...f.inputs.keys()],
      ]),
    ).toEqual([
      ["Motor 1", { Vibrate: [0, 20] }, []],
      ["Motor 2", { Vibrate: [0, 20] }, []],
      ["Battery", {}, ["Battery"]],
    ]);
  });

  test("every Vibrate step 0…20 and every linear step 0…100 reach the v4 device exactly (through ScalarCmd / LinearCmd floats)", async () => {
    const motor = client.device(0).feature(1);
    for (let k = 0; k <= 20; k++) await motor.vibrate(k);
    expect(vibrator.outputs).toEqual(
      Array.from({ length: 21 }, (_, k) => ({ featureIndex: 1, command: { Vibrate: { Value: k } } })),
    );
    expect(connector.sentNames.filter((n) => n === "ScalarCmd")).toHaveLength(21);
    const stroker = client.device(1).featuresWithOutput("HwPositionWithDuration")[0];
    for (let k = 0; k <= 100; k++) await stroker.positionWithDuration(k, 200);
    const linear = everything.outputs
      .filter((o) => "HwPositionWithDuration" in o.command)
      .map((o) => o.command.HwPositionWithDuration);
    expect(linear).toEqual(Array.from({ length: 101 }, (_, k) => ({ Value: k, Duration: 200 })));
  });

  test("battery() is a SensorReadCmd answered with the device's level", async () => {
    vibrator.setInput(2, { Battery: { Value: 42 } });
    expect(await client.device(0).battery()).toBe(42);
    expect(connector.bodies("SensorReadCmd")).toEqual([
      expect.objectContaining({ DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" }),
    ]);
  });

  test("stop: device → StopDeviceCmd, all → StopAllDevices; the v4 devices are stopped", async () => {
    await client.device(0).stop();
    expect(vibrator.stops).toHaveLength(1);
    await client.stopAll();
    expect(vibrator.stops).toHaveLength(2);
    expect(everything.stops).toHaveLength(1);
    expect(connector.sentNames.filter((n) => n.startsWith("Stop"))).toEqual(["StopDeviceCmd", "StopAllDevices"]);
  });

  test("a device leaving arrives as DeviceRemoved → deviceRemoved; disconnect stops every device (StopAllDevices: v3 has no Disconnect)", async () => {
    const gone = next<[ClientDevice]>(client, "deviceRemoved");
    await vibrator.disconnect();
    expect((await gone)[0].name).toBe("Test Vibrator");
    await client.disconnect();
    expect(connector.sentNames).not.toContain("Disconnect");
    // Instead, every device is stopped before the connection closes.
    expect(connector.sentNames.at(-1)).toBe("StopAllDevices");
    expect(everything.stops.length).toBeGreaterThanOrEqual(1);
    await until(() => server.session === undefined, "session end");
  });
});

describe("client in v3 mode against a scripted v3 server (subscriptions, fan-out replies)", () => {
  type Msg = Record<string, Record<string, unknown>>;
  let received: Msg[];
  let serverEnd: FrameConnection;
  let client: ButtplugClient;
  let answer: (m: Msg) => unknown[];

  beforeEach(async () => {
    received = [];
    answer = (m) => {
      const [name] = Object.keys(m);
      return [{ Ok: { Id: m[name].Id } }];
    };
    const connector = {
      description: "scripted v3",
      connect: async () => {
        const { client: c, server } = createInProcessPair();
        serverEnd = server;
        server.on("frame", (frame) => {
          const replies: unknown[] = [];
          for (const m of JSON.parse(frame) as Msg[]) {
            received.push(m);
            const [name] = Object.keys(m);
            const id = m[name].Id;
            if (name === "RequestServerInfo")
              replies.push({ ServerInfo: { Id: id, ServerName: "old", MessageVersion: 3, MaxPingTime: 0 } });
            else if (name === "RequestDeviceList") replies.push({ DeviceList: { Id: id, Devices: [rich] } });
            else replies.push(...answer(m));
          }
          server.send(JSON.stringify(replies));
        });
        return c;
      },
    };
    client = new ButtplugClient({ specVersion: 3 });
    await client.connect(connector);
  });

  afterEach(() => client.disconnect());

  test("subscribe → SensorSubscribeCmd; SensorReading events reach the callback; stopAll also unsubscribes", async () => {
    const values: number[] = [];
    await client.device(5).subscribe("Pressure", (v) => values.push(v));
    expect(received.at(-1)).toEqual({
      SensorSubscribeCmd: { Id: expect.any(Number), DeviceIndex: 5, SensorIndex: 0, SensorType: "Pressure" },
    });
    serverEnd.send(
      JSON.stringify([
        { SensorReading: { Id: 0, DeviceIndex: 5, SensorIndex: 0, SensorType: "Pressure", Data: [120] } },
      ]),
    );
    await until(() => values.length === 1, "reading");
    expect(values).toEqual([120]);
    await client.stopAll();
    const last = received.slice(-2);
    expect(last.map((m) => Object.keys(m)[0])).toEqual(["StopAllDevices", "SensorUnsubscribeCmd"]);
    // The fan-out's messages each carry their own Id.
    expect(new Set(last.map((m) => Object.values(m)[0].Id)).size).toBe(2);
  });

  test("a fan-out fails with the first Error among its replies", async () => {
    await client.device(5).subscribe("Pressure", () => {});
    answer = (m) => {
      const [name] = Object.keys(m);
      const Id = m[name].Id;
      return name === "SensorUnsubscribeCmd"
        ? [{ Error: { Id, ErrorCode: 4, ErrorMessage: "sensor gone" } }]
        : [{ Ok: { Id } }];
    };
    await expect(client.stopAll()).rejects.toThrow(/SensorUnsubscribeCmd \(Id \d+\): sensor gone/);
  });

  test("rotate with a signed value becomes RotateCmd with direction; linear becomes LinearCmd", async () => {
    const d = client.device(5);
    await d.rotate(-10);
    await d.feature(2).rotateWithDirection({ fraction: 0.5 }, true);
    await d.positionWithDuration(99, 1000);
    expect(received.slice(-3)).toEqual([
      { RotateCmd: { Id: expect.any(Number), DeviceIndex: 5, Rotations: [{ Index: 0, Speed: 1, Clockwise: false }] } },
      { RotateCmd: { Id: expect.any(Number), DeviceIndex: 5, Rotations: [{ Index: 0, Speed: 0.5, Clockwise: true }] } },
      { LinearCmd: { Id: expect.any(Number), DeviceIndex: 5, Vectors: [{ Index: 0, Duration: 1000, Position: 1 }] } },
    ]);
  });
});

describe('specVersion "auto"', () => {
  test("speaks v4 to a v4 server (one handshake)", async () => {
    const server = new ButtplugServer();
    const connector = new RecordingConnector(new InProcessConnector(server));
    const client = new ButtplugClient({ specVersion: "auto" });
    await client.connect(connector);
    expect(client.specVersion).toBe(4);
    expect(connector.sentNames.filter((n) => n === "RequestServerInfo")).toHaveLength(1);
    await client.disconnect();
    await server.shutdown();
  });

  test("reconnects speaking v3 when a server refuses the v4 handshake; connector failures are not retried", async () => {
    type Msg = Record<string, Record<string, unknown>>;
    const handshakes: Msg[] = [];
    const v3Only = {
      description: "v3 only",
      connect: async () => {
        const { client: c, server } = createInProcessPair();
        server.on("frame", (frame) => {
          for (const m of JSON.parse(frame) as Msg[]) {
            const [name] = Object.keys(m);
            const Id = m[name].Id;
            if (name === "RequestServerInfo") {
              handshakes.push(m);
              server.send(
                JSON.stringify([
                  "MessageVersion" in m[name]
                    ? { ServerInfo: { Id, ServerName: "old", MessageVersion: 3, MaxPingTime: 0 } }
                    : { Error: { Id, ErrorCode: 3, ErrorMessage: "unknown field ProtocolVersionMajor" } },
                ]),
              );
            } else if (name === "RequestDeviceList")
              server.send(JSON.stringify([{ DeviceList: { Id, Devices: [rich] } }]));
            else server.send(JSON.stringify([{ Ok: { Id } }]));
          }
        });
        return c;
      },
    };
    const client = new ButtplugClient({ specVersion: "auto" });
    await client.connect(v3Only);
    expect(client.specVersion).toBe(3);
    expect(handshakes.map((h) => Object.keys(h.RequestServerInfo))).toEqual([
      ["Id", "ClientName", "ProtocolVersionMajor", "ProtocolVersionMinor"],
      ["Id", "ClientName", "MessageVersion"],
    ]);
    expect(client.device(5).name).toBe("Rich");
    await client.disconnect();

    const failing = { description: "nowhere", connect: () => Promise.reject(new Error("cannot connect to nowhere")) };
    let attempts = 0;
    const counting = {
      description: "nowhere",
      connect: () => {
        attempts++;
        return failing.connect();
      },
    };
    await expect(new ButtplugClient({ specVersion: "auto" }).connect(counting)).rejects.toThrow(
      "cannot connect to nowhere",
    );
    expect(attempts).toBe(1);
  });
});
