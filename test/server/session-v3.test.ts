/** A spec v3 client against the v4 server: every v3 device command reaches the device as v4. */
import { ErrorCode } from "../../runtime/errors";
import { TestDevice, vibratorFeatures } from "../../runtime/server";
import { body, nameOf } from "./helpers";
import { errorOf, legacySession, requestServerInfo } from "./legacy";

describe("spec v3 session", () => {
  let s: Awaited<ReturnType<typeof legacySession>>;

  beforeEach(async () => {
    s = await legacySession(3);
  });
  afterEach(async () => {
    await s.close();
    expect(s.client.invalid).toEqual([]);
  });

  test("handshake: ServerInfo in v3 shape with MessageVersion 3", async () => {
    expect(await s.client.request(requestServerInfo(3, 9))).toEqual({
      ServerInfo: { Id: 9, ServerName: "legacy server", MessageVersion: 3, MaxPingTime: 0 },
    });
  });

  test("the device is announced with DeviceAdded and listed in v3 attributes", async () => {
    const added = await s.connectAndScan();
    expect(body(added)).toMatchObject({ Id: 0, DeviceIndex: 0, DeviceName: "Legacy Toy", DeviceMessageTimingGap: 0 });
    const list = await s.client.request({ RequestDeviceList: { Id: 3 } });
    expect(list).toEqual({
      DeviceList: {
        Id: 3,
        Devices: [
          {
            DeviceIndex: 0,
            DeviceName: "Legacy Toy",
            DeviceMessageTimingGap: 0,
            DeviceMessages: {
              ScalarCmd: [
                { FeatureDescriptor: "Shaft", ActuatorType: "Vibrate", StepCount: 20 },
                { FeatureDescriptor: "Head", ActuatorType: "Oscillate", StepCount: 15 },
                { FeatureDescriptor: "Head", ActuatorType: "Vibrate", StepCount: 10 },
                { FeatureDescriptor: "Spinner", ActuatorType: "Rotate", StepCount: 30 },
                { FeatureDescriptor: "Ring", ActuatorType: "Constrict", StepCount: 5 },
              ],
              RotateCmd: [{ FeatureDescriptor: "Spinner", ActuatorType: "Rotate", StepCount: 30 }],
              LinearCmd: [{ FeatureDescriptor: "Stroker", ActuatorType: "Position", StepCount: 99 }],
              SensorReadCmd: [{ FeatureDescriptor: "Battery", SensorType: "Battery", SensorRange: [[0, 100]] }],
              StopDeviceCmd: {},
            },
          },
        ],
      },
    });
  });

  test("ScalarCmd fans out to one v4 command per subcommand and is answered once, Ok with the client's Id", async () => {
    await s.connectAndScan();
    const mark = s.client.received.length;
    const { reply, outputs } = await s.command({
      ScalarCmd: {
        Id: 10,
        DeviceIndex: 0,
        Scalars: [
          { Index: 0, Scalar: 0.5, ActuatorType: "Vibrate" },
          { Index: 1, Scalar: 0.2, ActuatorType: "Oscillate" },
          { Index: 2, Scalar: 0.525, ActuatorType: "Vibrate" },
          { Index: 4, Scalar: 1, ActuatorType: "Constrict" },
        ],
      },
    });
    expect(reply).toEqual({ Ok: { Id: 10 } });
    expect(outputs).toEqual([
      { featureIndex: 0, command: { Vibrate: { Value: 10 } } },
      { featureIndex: 1, command: { Oscillate: { Value: 3 } } },
      { featureIndex: 1, command: { Vibrate: { Value: 6 } } },
      { featureIndex: 5, command: { Constrict: { Value: 5 } } },
    ]);
    // Exactly one reply for the four commands.
    await s.client.request({ Ping: { Id: 11 } });
    expect(s.client.received.slice(mark).filter((m) => body(m).Id === 10)).toHaveLength(1);
  });

  test("VibrateCmd, RotateCmd and LinearCmd reach the device as Vibrate, signed Rotate, HwPositionWithDuration", async () => {
    await s.connectAndScan();
    expect(await s.command({ VibrateCmd: { Id: 20, DeviceIndex: 0, Speeds: [{ Index: 1, Speed: 1 }] } })).toEqual({
      reply: { Ok: { Id: 20 } },
      outputs: [{ featureIndex: 1, command: { Vibrate: { Value: 10 } } }],
    });
    expect(
      await s.command({
        RotateCmd: { Id: 21, DeviceIndex: 0, Rotations: [{ Index: 0, Speed: 0.5, Clockwise: false }] },
      }),
    ).toEqual({
      reply: { Ok: { Id: 21 } },
      outputs: [{ featureIndex: 2, command: { Rotate: { Value: -15 } } }],
    });
    expect(
      await s.command({ LinearCmd: { Id: 22, DeviceIndex: 0, Vectors: [{ Index: 0, Duration: 300, Position: 0.5 }] } }),
    ).toEqual({
      reply: { Ok: { Id: 22 } },
      outputs: [{ featureIndex: 3, command: { HwPositionWithDuration: { Value: 49, Duration: 300 } } }],
    });
  });

  test("SensorReadCmd answers SensorReading with the battery level", async () => {
    await s.connectAndScan();
    s.device.setInput(4, { Battery: { Value: 42 } });
    expect(
      await s.client.request({ SensorReadCmd: { Id: 30, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" } }),
    ).toEqual({
      SensorReading: { Id: 30, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery", Data: [42] },
    });
    expect(s.device.commands).toContainEqual({ kind: "read", featureIndex: 4, type: "Battery" });
  });

  test("SensorSubscribeCmd is refused (the reference never supported v3 subscriptions)", async () => {
    await s.connectAndScan();
    const error = errorOf(
      await s.client.request({ SensorSubscribeCmd: { Id: 31, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" } }),
    );
    expect(error).toMatchObject({ Id: 31, ErrorCode: ErrorCode.Device });
    expect(s.device.commands.filter((c) => c.kind === "subscribe")).toEqual([]);
  });

  test("StopDeviceCmd and StopAllDevices stop the device", async () => {
    await s.connectAndScan();
    expect(await s.client.request({ StopDeviceCmd: { Id: 40, DeviceIndex: 0 } })).toEqual({ Ok: { Id: 40 } });
    expect(await s.client.request({ StopAllDevices: { Id: 41 } })).toEqual({ Ok: { Id: 41 } });
    expect(s.device.stops).toHaveLength(2);
  });

  test("errors name the message and Id; a bad subcommand sends nothing to the device", async () => {
    await s.connectAndScan();
    const error = errorOf(
      await s.client.request({
        ScalarCmd: {
          Id: 50,
          DeviceIndex: 0,
          Scalars: [
            { Index: 0, Scalar: 0.5, ActuatorType: "Vibrate" },
            { Index: 9, Scalar: 0.5, ActuatorType: "Vibrate" },
          ],
        },
      }),
    );
    expect(error).toMatchObject({ Id: 50, ErrorCode: ErrorCode.Device });
    expect(error.ErrorMessage).toMatch(/ScalarCmd \(Id 50\): Index 9 is out of range/);
    expect(s.device.outputs).toEqual([]);

    const unknown = errorOf(
      await s.client.request({ VibrateCmd: { Id: 51, DeviceIndex: 7, Speeds: [{ Index: 0, Speed: 0.5 }] } }),
    );
    expect(unknown.ErrorMessage).toMatch(/DeviceIndex 7/);
    // The session stays usable.
    expect(await s.client.request({ Ping: { Id: 52 } })).toEqual({ Ok: { Id: 52 } });
  });

  test("devices coming and going are DeviceAdded / DeviceRemoved events", async () => {
    await s.connectAndScan();
    const mark = s.client.received.length;
    s.source.add(new TestDevice({ name: "Second", identifier: "test/second", features: vibratorFeatures() }));
    const added = await s.client.next((m) => nameOf(m) === "DeviceAdded", mark);
    expect(body(added)).toMatchObject({ Id: 0, DeviceIndex: 1, DeviceName: "Second" });
    expect((body(added).DeviceMessages as { ScalarCmd: unknown[] }).ScalarCmd).toHaveLength(2);

    const before = s.client.received.length;
    await s.device.disconnect();
    expect(await s.client.next((m) => nameOf(m) === "DeviceRemoved", before)).toEqual({
      DeviceRemoved: { Id: 0, DeviceIndex: 0 },
    });
    // Only the change is announced, never the device that stayed.
    expect(s.client.received.slice(mark).filter((m) => nameOf(m) === "DeviceAdded")).toHaveLength(1);
    // The removed device is no longer commandable from this client.
    const gone = errorOf(
      await s.client.request({ VibrateCmd: { Id: 60, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 0.5 }] } }),
    );
    expect(gone.ErrorCode).toBe(ErrorCode.Device);
  });
});
