/** A spec v1 client against the v4 server: v1 device list, generic and deprecated commands. */
import { ErrorCode } from "../../runtime/errors";
import { fleshlightDuration } from "../../runtime/translation";
import { body, nameOf } from "./helpers";
import { errorOf, legacySession, requestServerInfo } from "./legacy";

describe("spec v1 session", () => {
  let s: Awaited<ReturnType<typeof legacySession>>;

  beforeEach(async () => {
    s = await legacySession(1);
  });
  afterEach(async () => {
    await s.close();
    expect(s.client.invalid).toEqual([]);
  });

  test("handshake: ServerInfo in v0/v1 shape with MessageVersion 1", async () => {
    const reply = await s.client.request(requestServerInfo(1, 5));
    expect(nameOf(reply)).toBe("ServerInfo");
    expect(body(reply)).toMatchObject({ Id: 5, ServerName: "legacy server", MessageVersion: 1, MaxPingTime: 0 });
    expect(Object.keys(body(reply)).sort()).toEqual([
      "BuildVersion",
      "Id",
      "MajorVersion",
      "MaxPingTime",
      "MessageVersion",
      "MinorVersion",
      "ServerName",
    ]);
  });

  test("DeviceAdded and DeviceList in v1 shape: FeatureCount only, SingleMotorVibrateCmd, no battery", async () => {
    const messages = {
      VibrateCmd: { FeatureCount: 2 },
      RotateCmd: { FeatureCount: 1 },
      LinearCmd: { FeatureCount: 1 },
      StopDeviceCmd: {},
      SingleMotorVibrateCmd: {},
    };
    expect(await s.connectAndScan()).toEqual({
      DeviceAdded: { Id: 0, DeviceIndex: 0, DeviceName: "Legacy Toy", DeviceMessages: messages },
    });
    expect(await s.client.request({ RequestDeviceList: { Id: 3 } })).toEqual({
      DeviceList: { Id: 3, Devices: [{ DeviceIndex: 0, DeviceName: "Legacy Toy", DeviceMessages: messages }] },
    });
  });

  test("VibrateCmd, RotateCmd, LinearCmd", async () => {
    await s.connectAndScan();
    expect(await s.command({ VibrateCmd: { Id: 10, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 0.25 }] } })).toEqual({
      reply: { Ok: { Id: 10 } },
      outputs: [{ featureIndex: 0, command: { Vibrate: { Value: 5 } } }],
    });
    expect(
      (
        await s.command({
          RotateCmd: { Id: 11, DeviceIndex: 0, Rotations: [{ Index: 0, Speed: 0.1, Clockwise: false }] },
        })
      ).outputs,
    ).toEqual([{ featureIndex: 2, command: { Rotate: { Value: -3 } } }]);
    expect(
      (
        await s.command({
          LinearCmd: { Id: 12, DeviceIndex: 0, Vectors: [{ Index: 0, Duration: 200, Position: 0.25 }] },
        })
      ).outputs,
    ).toEqual([{ featureIndex: 3, command: { HwPositionWithDuration: { Value: 24, Duration: 200 } } }]);
  });

  test("SingleMotorVibrateCmd runs every vibrator, answered once", async () => {
    await s.connectAndScan();
    expect(await s.command({ SingleMotorVibrateCmd: { Id: 20, DeviceIndex: 0, Speed: 0.5 } })).toEqual({
      reply: { Ok: { Id: 20 } },
      outputs: [
        { featureIndex: 0, command: { Vibrate: { Value: 10 } } },
        { featureIndex: 1, command: { Vibrate: { Value: 5 } } },
      ],
    });
  });

  test("FleshlightLaunchFW12Cmd and VorzeA10CycloneCmd reach the linear and rotating features", async () => {
    await s.connectAndScan();
    expect(
      (await s.command({ FleshlightLaunchFW12Cmd: { Id: 21, DeviceIndex: 0, Position: 50, Speed: 99 } })).outputs,
    ).toEqual([
      { featureIndex: 3, command: { HwPositionWithDuration: { Value: 49, Duration: fleshlightDuration(0.5, 1) } } },
    ]);
    expect(
      (await s.command({ VorzeA10CycloneCmd: { Id: 22, DeviceIndex: 0, Speed: 100, Clockwise: false } })).outputs,
    ).toEqual([{ featureIndex: 2, command: { Rotate: { Value: -30 } } }]);
  });

  test("LovenseCmd is refused with ERROR_MSG naming it", async () => {
    await s.connectAndScan();
    const error = errorOf(await s.client.request({ LovenseCmd: { Id: 30, DeviceIndex: 0, Command: "Vibrate:5;" } }));
    expect(error).toMatchObject({ Id: 30, ErrorCode: ErrorCode.Msg });
    expect(error.ErrorMessage).toMatch(/LovenseCmd \(Id 30\)/);
  });

  test("v2 BatteryLevelCmd is not a v1 message", async () => {
    await s.connectAndScan();
    expect(errorOf(await s.client.request({ BatteryLevelCmd: { Id: 31, DeviceIndex: 0 } }))).toMatchObject({
      Id: 31,
      ErrorCode: ErrorCode.Msg,
    });
  });

  test("StopDeviceCmd, and DeviceRemoved when the device goes", async () => {
    await s.connectAndScan();
    expect(await s.client.request({ StopDeviceCmd: { Id: 40, DeviceIndex: 0 } })).toEqual({ Ok: { Id: 40 } });
    expect(s.device.stops).toHaveLength(1);
    const before = s.client.received.length;
    await s.device.disconnect();
    expect(await s.client.next((m) => nameOf(m) === "DeviceRemoved", before)).toEqual({
      DeviceRemoved: { Id: 0, DeviceIndex: 0 },
    });
  });
});
