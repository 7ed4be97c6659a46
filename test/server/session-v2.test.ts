/** A spec v2 client against the v4 server: v2 device list, commands, battery level, events. */
import { ErrorCode } from "../../runtime/errors";
import { TestDevice, vibratorFeatures } from "../../runtime/server";
import { body, nameOf } from "./helpers";
import { errorOf, legacySession, requestServerInfo } from "./legacy";

describe("spec v2 session", () => {
  let s: Awaited<ReturnType<typeof legacySession>>;

  beforeEach(async () => {
    s = await legacySession(2);
  });
  afterEach(async () => {
    await s.close();
    expect(s.client.invalid).toEqual([]);
  });

  test("handshake: ServerInfo in v2 shape with MessageVersion 2", async () => {
    expect(await s.client.request(requestServerInfo(2, 4))).toEqual({
      ServerInfo: { Id: 4, ServerName: "legacy server", MessageVersion: 2, MaxPingTime: 0 },
    });
  });

  test("DeviceAdded and DeviceList in v2 shape: FeatureCount and StepCount per message, BatteryLevelCmd", async () => {
    const messages = {
      VibrateCmd: { FeatureCount: 2, StepCount: [20, 10] },
      RotateCmd: { FeatureCount: 1, StepCount: [30] },
      LinearCmd: { FeatureCount: 1, StepCount: [99] },
      BatteryLevelCmd: {},
      StopDeviceCmd: {},
    };
    expect(await s.connectAndScan()).toEqual({
      DeviceAdded: { Id: 0, DeviceIndex: 0, DeviceName: "Legacy Toy", DeviceMessages: messages },
    });
    expect(await s.client.request({ RequestDeviceList: { Id: 3 } })).toEqual({
      DeviceList: { Id: 3, Devices: [{ DeviceIndex: 0, DeviceName: "Legacy Toy", DeviceMessages: messages }] },
    });
  });

  test("VibrateCmd Index counts vibrators only (the oscillator on the same feature is not one)", async () => {
    await s.connectAndScan();
    expect(
      await s.command({
        VibrateCmd: {
          Id: 10,
          DeviceIndex: 0,
          Speeds: [
            { Index: 1, Speed: 0.5 },
            { Index: 0, Speed: 0.5 },
          ],
        },
      }),
    ).toEqual({
      reply: { Ok: { Id: 10 } },
      outputs: [
        { featureIndex: 0, command: { Vibrate: { Value: 10 } } },
        { featureIndex: 1, command: { Vibrate: { Value: 5 } } },
      ],
    });
  });

  test("RotateCmd and LinearCmd", async () => {
    await s.connectAndScan();
    expect(
      (await s.command({ RotateCmd: { Id: 11, DeviceIndex: 0, Rotations: [{ Index: 0, Speed: 1, Clockwise: true }] } }))
        .outputs,
    ).toEqual([{ featureIndex: 2, command: { Rotate: { Value: 30 } } }]);
    expect(
      (await s.command({ LinearCmd: { Id: 12, DeviceIndex: 0, Vectors: [{ Index: 0, Duration: 1000, Position: 1 }] } }))
        .outputs,
    ).toEqual([{ featureIndex: 3, command: { HwPositionWithDuration: { Value: 99, Duration: 1000 } } }]);
  });

  test("BatteryLevelCmd answers BatteryLevelReading (0–100 becomes 0.0–1.0)", async () => {
    await s.connectAndScan();
    s.device.setInput(4, { Battery: { Value: 42 } });
    expect(await s.client.request({ BatteryLevelCmd: { Id: 20, DeviceIndex: 0 } })).toEqual({
      BatteryLevelReading: { Id: 20, DeviceIndex: 0, BatteryLevel: 0.42 },
    });
  });

  test("RSSILevelCmd is refused: no v2 device lists it", async () => {
    await s.connectAndScan();
    const error = errorOf(await s.client.request({ RSSILevelCmd: { Id: 21, DeviceIndex: 0 } }));
    expect(error).toMatchObject({ Id: 21, ErrorCode: ErrorCode.Device });
    expect(error.ErrorMessage).toMatch(/RSSILevelCmd \(Id 21\)/);
  });

  test("StopDeviceCmd / StopAllDevices", async () => {
    await s.connectAndScan();
    expect(await s.client.request({ StopDeviceCmd: { Id: 30, DeviceIndex: 0 } })).toEqual({ Ok: { Id: 30 } });
    expect(await s.client.request({ StopAllDevices: { Id: 31 } })).toEqual({ Ok: { Id: 31 } });
    expect(s.device.stops).toHaveLength(2);
  });

  test("events: DeviceAdded for a new device, DeviceRemoved when one goes", async () => {
    await s.connectAndScan();
    const mark = s.client.received.length;
    s.source.add(new TestDevice({ name: "Second", identifier: "test/second", features: vibratorFeatures() }));
    expect(await s.client.next((m) => nameOf(m) === "DeviceAdded", mark)).toEqual({
      DeviceAdded: {
        Id: 0,
        DeviceIndex: 1,
        DeviceName: "Second",
        DeviceMessages: {
          VibrateCmd: { FeatureCount: 2, StepCount: [20, 20] },
          BatteryLevelCmd: {},
          StopDeviceCmd: {},
        },
      },
    });
    const before = s.client.received.length;
    await s.device.disconnect();
    expect(body(await s.client.next((m) => nameOf(m) === "DeviceRemoved", before))).toEqual({ Id: 0, DeviceIndex: 0 });
  });

  test("v3-only messages are not v2 messages", async () => {
    await s.connectAndScan();
    const error = errorOf(
      await s.client.request({
        ScalarCmd: { Id: 40, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: 0.5, ActuatorType: "Vibrate" }] },
      }),
    );
    expect(error).toMatchObject({ Id: 40, ErrorCode: ErrorCode.Msg });
    expect(s.device.outputs).toEqual([]);
  });
});
