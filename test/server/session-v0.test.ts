/** A spec v0 client against the v4 server: message-name device lists and the v0 commands. */
import { ErrorCode } from "../../runtime/errors";
import { TestDevice } from "../../runtime/server";
import { fleshlightDuration } from "../../runtime/translation";
import { body, nameOf } from "./helpers";
import { errorOf, legacySession, requestServerInfo } from "./legacy";

describe("spec v0 session", () => {
  let s: Awaited<ReturnType<typeof legacySession>>;

  beforeEach(async () => {
    s = await legacySession(0);
  });
  afterEach(async () => {
    await s.close();
    expect(s.client.invalid).toEqual([]);
  });

  test("handshake without a version is spec v0: ServerInfo with MessageVersion 0", async () => {
    const reply = await s.client.request(requestServerInfo(0, 1));
    expect(body(reply)).toMatchObject({ Id: 1, ServerName: "legacy server", MessageVersion: 0, MaxPingTime: 0 });
    expect(s.server.session?.clientName).toBe("legacy app");
  });

  test("DeviceAdded and DeviceList name the v0 messages the device accepts", async () => {
    expect(await s.connectAndScan()).toEqual({
      DeviceAdded: {
        Id: 0,
        DeviceIndex: 0,
        DeviceName: "Legacy Toy",
        DeviceMessages: ["SingleMotorVibrateCmd", "StopDeviceCmd"],
      },
    });
    expect(await s.client.request({ RequestDeviceList: { Id: 3 } })).toEqual({
      DeviceList: {
        Id: 3,
        Devices: [
          { DeviceIndex: 0, DeviceName: "Legacy Toy", DeviceMessages: ["SingleMotorVibrateCmd", "StopDeviceCmd"] },
        ],
      },
    });
  });

  test("SingleMotorVibrateCmd: 0.5 on the 20-step and 10-step vibrators", async () => {
    await s.connectAndScan();
    expect(await s.command({ SingleMotorVibrateCmd: { Id: 10, DeviceIndex: 0, Speed: 0.5 } })).toEqual({
      reply: { Ok: { Id: 10 } },
      outputs: [
        { featureIndex: 0, command: { Vibrate: { Value: 10 } } },
        { featureIndex: 1, command: { Vibrate: { Value: 5 } } },
      ],
    });
    // Between two steps of the 10-step motor (2.5): up, as the reference rounds.
    expect((await s.command({ SingleMotorVibrateCmd: { Id: 11, DeviceIndex: 0, Speed: 0.25 } })).outputs).toEqual([
      { featureIndex: 0, command: { Vibrate: { Value: 5 } } },
      { featureIndex: 1, command: { Vibrate: { Value: 3 } } },
    ]);
  });

  test("FleshlightLaunchFW12Cmd: duration from the distance travelled since the last move", async () => {
    await s.connectAndScan();
    expect(
      (await s.command({ FleshlightLaunchFW12Cmd: { Id: 20, DeviceIndex: 0, Position: 90, Speed: 50 } })).outputs,
    ).toEqual([
      {
        featureIndex: 3,
        command: { HwPositionWithDuration: { Value: 89, Duration: fleshlightDuration(0.9, 50 / 99) } },
      },
    ]);
    expect(
      (await s.command({ FleshlightLaunchFW12Cmd: { Id: 21, DeviceIndex: 0, Position: 10, Speed: 50 } })).outputs,
    ).toEqual([
      {
        featureIndex: 3,
        command: { HwPositionWithDuration: { Value: 9, Duration: fleshlightDuration(0.8, 50 / 99) } },
      },
    ]);
  });

  test("VorzeA10CycloneCmd turns the two-way rotator", async () => {
    await s.connectAndScan();
    expect(await s.command({ VorzeA10CycloneCmd: { Id: 30, DeviceIndex: 0, Speed: 50, Clockwise: true } })).toEqual({
      reply: { Ok: { Id: 30 } },
      outputs: [{ featureIndex: 2, command: { Rotate: { Value: 15 } } }],
    });
  });

  test("KiirooCmd is refused with ERROR_MSG; a command to an unknown device with ERROR_DEVICE", async () => {
    await s.connectAndScan();
    expect(errorOf(await s.client.request({ KiirooCmd: { Id: 40, DeviceIndex: 0, Command: "3" } }))).toMatchObject({
      Id: 40,
      ErrorCode: ErrorCode.Msg,
    });
    const unknown = errorOf(await s.client.request({ SingleMotorVibrateCmd: { Id: 41, DeviceIndex: 5, Speed: 0.5 } }));
    expect(unknown).toMatchObject({ Id: 41, ErrorCode: ErrorCode.Device });
    expect(unknown.ErrorMessage).toMatch(/SingleMotorVibrateCmd \(Id 41\): DeviceIndex 5/);
  });

  test("a device without vibrators refuses SingleMotorVibrateCmd and does not list it", async () => {
    await s.connectAndScan();
    const mark = s.client.received.length;
    s.source.add(
      new TestDevice({
        name: "Stroker",
        identifier: "test/stroker",
        features: [
          {
            FeatureIndex: 0,
            FeatureDescription: "Stroke",
            Output: { HwPositionWithDuration: { Value: [0, 99], Duration: [0, 5000] } },
          },
        ],
      }),
    );
    expect(await s.client.next((m) => nameOf(m) === "DeviceAdded", mark)).toEqual({
      DeviceAdded: { Id: 0, DeviceIndex: 1, DeviceName: "Stroker", DeviceMessages: ["StopDeviceCmd"] },
    });
    expect(
      errorOf(await s.client.request({ SingleMotorVibrateCmd: { Id: 50, DeviceIndex: 1, Speed: 0.5 } })),
    ).toMatchObject({
      Id: 50,
      ErrorCode: ErrorCode.Device,
    });
  });

  test("StopDeviceCmd, StopAllDevices, and DeviceRemoved", async () => {
    await s.connectAndScan();
    expect(await s.client.request({ StopDeviceCmd: { Id: 60, DeviceIndex: 0 } })).toEqual({ Ok: { Id: 60 } });
    expect(await s.client.request({ StopAllDevices: { Id: 61 } })).toEqual({ Ok: { Id: 61 } });
    expect(s.device.stops).toHaveLength(2);
    const before = s.client.received.length;
    await s.device.disconnect();
    expect(await s.client.next((m) => nameOf(m) === "DeviceRemoved", before)).toEqual({
      DeviceRemoved: { Id: 0, DeviceIndex: 0 },
    });
  });
});
