/**
 * The translation bodies, run through the whole chain as the server runs them: old client commands
 * become the right v4 commands with the right integer values; v4 replies and events become the old
 * shapes. Every message at every version is schema-validated by the chain helper.
 */
import { upgradeV3 } from "../../runtime/translation/steps/upgrade-v3";
import { ButtplugError, ErrorCode } from "../../runtime/errors";
import { fleshlightDuration } from "../../runtime/translation";
import { contextFor, deviceList, downgrade, mixedDevice, upgrade, vibrator, type Wire } from "./chain";

const output = (Id: number, DeviceIndex: number, FeatureIndex: number, Command: object): Wire => ({
  OutputCmd: { Id, DeviceIndex, FeatureIndex, Command } as Record<string, unknown>,
});

function thrown(fn: () => unknown): ButtplugError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ButtplugError) return err;
    throw err;
  }
  throw new Error("expected a ButtplugError");
}

describe("handshake messages", () => {
  test.each([0, 1, 2, 3] as const)("RequestServerInfo from v%p reaches v4 with the client's version", (v) => {
    const body: Record<string, unknown> = { Id: 1, ClientName: "app" };
    if (v > 0) body.MessageVersion = v;
    expect(upgrade(contextFor(v), v, { RequestServerInfo: body })).toEqual([
      { RequestServerInfo: { Id: 1, ClientName: "app", ProtocolVersionMajor: v, ProtocolVersionMinor: 0 } },
    ]);
  });

  test("ServerInfo downgrades to each version's shape, never above the client's version", () => {
    const info = {
      ServerInfo: { Id: 1, ServerName: "s", MaxPingTime: 100, ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 },
    };
    expect(downgrade(contextFor(3), 3, info)).toEqual([
      { ServerInfo: { Id: 1, ServerName: "s", MessageVersion: 3, MaxPingTime: 100 } },
    ]);
    expect(downgrade(contextFor(2), 2, info)).toEqual([
      { ServerInfo: { Id: 1, ServerName: "s", MessageVersion: 2, MaxPingTime: 100 } },
    ]);
    expect(downgrade(contextFor(0), 0, info)).toEqual([
      {
        ServerInfo: {
          Id: 1,
          ServerName: "s",
          MajorVersion: 0,
          MinorVersion: 0,
          BuildVersion: 0,
          MessageVersion: 0,
          MaxPingTime: 100,
        },
      },
    ]);
  });
});

describe("device lists and events", () => {
  test("a DeviceList reply lists every device in the client's shape and becomes the client's view", () => {
    const ctx = contextFor(3);
    const [reply] = downgrade(ctx, 3, deviceList(7, [vibrator(1, "B"), mixedDevice(0)]));
    const devices = reply.DeviceList.Devices as Array<{ DeviceIndex: number; DeviceName: string }>;
    expect(reply.DeviceList.Id).toBe(7);
    expect(devices.map((d) => [d.DeviceIndex, d.DeviceName])).toEqual([
      [0, "Mixed Device"],
      [1, "B"],
    ]);
    expect([...ctx.devices.keys()].sort()).toEqual([0, 1]);
  });

  test.each([
    [2, { VibrateCmd: { FeatureCount: 2, StepCount: [20, 20] }, BatteryLevelCmd: {}, StopDeviceCmd: {} }],
    [1, { VibrateCmd: { FeatureCount: 2 }, StopDeviceCmd: {}, SingleMotorVibrateCmd: {} }],
    [0, ["SingleMotorVibrateCmd", "StopDeviceCmd"]],
  ] as const)("DeviceList in v%p shape", (version, messages) => {
    const [reply] = downgrade(contextFor(version), version, deviceList(3, [vibrator(0)]));
    expect(reply).toEqual({
      DeviceList: { Id: 3, Devices: [{ DeviceIndex: 0, DeviceName: "Vibrator", DeviceMessages: messages }] },
    });
  });

  test("DeviceList events become DeviceAdded / DeviceRemoved against what the client saw", () => {
    const ctx = contextFor(3);
    const first = downgrade(ctx, 3, deviceList(0, [vibrator(0)]));
    expect(first.map((m) => Object.keys(m)[0])).toEqual(["DeviceAdded"]);
    expect(first[0].DeviceAdded).toMatchObject({
      Id: 0,
      DeviceIndex: 0,
      DeviceName: "Vibrator",
      DeviceMessageTimingGap: 0,
    });

    const second = downgrade(ctx, 3, deviceList(0, [vibrator(0), vibrator(1, "Second")]));
    expect(second).toHaveLength(1);
    expect(second[0].DeviceAdded).toMatchObject({ DeviceIndex: 1, DeviceName: "Second" });

    const third = downgrade(ctx, 3, deviceList(0, [vibrator(1, "Second")]));
    expect(third).toEqual([{ DeviceRemoved: { Id: 0, DeviceIndex: 0 } }]);

    // Nothing changed: nothing to tell.
    expect(downgrade(ctx, 3, deviceList(0, [vibrator(1, "Second")]))).toEqual([]);
  });

  test("a device seen in a DeviceList reply is not announced again by the next event", () => {
    const ctx = contextFor(2);
    downgrade(ctx, 2, deviceList(5, [vibrator(0)]));
    expect(downgrade(ctx, 2, deviceList(0, [vibrator(0), vibrator(4)]))).toEqual([
      {
        DeviceAdded: {
          Id: 0,
          DeviceIndex: 4,
          DeviceName: "Vibrator",
          DeviceMessages: {
            VibrateCmd: { FeatureCount: 2, StepCount: [20, 20] },
            BatteryLevelCmd: {},
            StopDeviceCmd: {},
          },
        },
      },
    ]);
  });

  test("v0 DeviceAdded carries the message-name list", () => {
    expect(downgrade(contextFor(0), 0, deviceList(0, [mixedDevice(2)]))).toEqual([
      {
        DeviceAdded: {
          Id: 0,
          DeviceIndex: 2,
          DeviceName: "Mixed Device",
          DeviceMessages: ["SingleMotorVibrateCmd", "StopDeviceCmd"],
        },
      },
    ]);
  });
});

describe("v3 device commands → v4", () => {
  const ctx = contextFor(3, [mixedDevice(0)]);

  test("ScalarCmd fans out one OutputCmd per subcommand, on the presented features, sorted by feature", () => {
    const out = upgrade(ctx, 3, {
      ScalarCmd: {
        Id: 9,
        DeviceIndex: 0,
        Scalars: [
          { Index: 5, Scalar: 0.5, ActuatorType: "Constrict" },
          { Index: 2, Scalar: 0.5, ActuatorType: "Vibrate" },
          { Index: 0, Scalar: 0.525, ActuatorType: "Vibrate" },
          { Index: 1, Scalar: 1, ActuatorType: "Oscillate" },
          { Index: 3, Scalar: 0.5, ActuatorType: "Rotate" },
        ],
      },
    });
    expect(out).toEqual([
      output(9, 0, 0, { Vibrate: { Value: 11 } }),
      output(9, 0, 1, { Vibrate: { Value: 5 } }),
      output(9, 0, 1, { Oscillate: { Value: 15 } }),
      output(9, 0, 2, { Rotate: { Value: 15 } }),
      output(9, 0, 8, { Constrict: { Value: 3 } }),
    ]);
  });

  test("ScalarCmd naming an ActuatorType the feature lacks is a device error naming the message and Id", () => {
    const err = thrown(() =>
      upgrade(ctx, 3, {
        ScalarCmd: { Id: 12, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: 0.5, ActuatorType: "Oscillate" }] },
      }),
    );
    expect(err.code).toBe(ErrorCode.Device);
    expect(err.message).toMatch(/ScalarCmd \(Id 12\).*ActuatorType Oscillate/);
  });

  test("ScalarCmd Index out of range", () => {
    const err = thrown(() =>
      upgrade(ctx, 3, {
        ScalarCmd: { Id: 13, DeviceIndex: 0, Scalars: [{ Index: 8, Scalar: 0.5, ActuatorType: "Vibrate" }] },
      }),
    );
    expect(err.code).toBe(ErrorCode.Device);
    expect(err.message).toMatch(/ScalarCmd \(Id 13\): Index 8 is out of range.*8 ScalarCmd features/);
  });

  test("a device this client does not know", () => {
    const err = thrown(() =>
      upgrade(ctx, 3, { VibrateCmd: { Id: 14, DeviceIndex: 6, Speeds: [{ Index: 0, Speed: 0.5 }] } }),
    );
    expect(err.code).toBe(ErrorCode.Device);
    expect(err.message).toMatch(/VibrateCmd \(Id 14\): DeviceIndex 6 is not a device this client knows \(known: 0\)/);
  });

  test("VibrateCmd Index counts vibrators only", () => {
    expect(
      upgrade(ctx, 3, {
        VibrateCmd: {
          Id: 2,
          DeviceIndex: 0,
          Speeds: [
            { Index: 1, Speed: 0.5 },
            { Index: 0, Speed: 0 },
          ],
        },
      }),
    ).toEqual([output(2, 0, 0, { Vibrate: { Value: 0 } }), output(2, 0, 1, { Vibrate: { Value: 5 } })]);
    expect(() =>
      upgrade(ctx, 3, { VibrateCmd: { Id: 3, DeviceIndex: 0, Speeds: [{ Index: 2, Speed: 0.5 }] } }),
    ).toThrow(/2 VibrateCmd features/);
  });

  test("RotateCmd: signed Rotate carries the direction in the sign", () => {
    expect(
      upgrade(ctx, 3, {
        RotateCmd: { Id: 4, DeviceIndex: 0, Rotations: [{ Index: 0, Speed: 0.5, Clockwise: false }] },
      }),
    ).toEqual([output(4, 0, 2, { Rotate: { Value: -15 } })]);
    expect(
      upgrade(ctx, 3, { RotateCmd: { Id: 5, DeviceIndex: 0, Rotations: [{ Index: 0, Speed: 0, Clockwise: false }] } }),
    ).toEqual([output(5, 0, 2, { Rotate: { Value: 0 } })]);
  });

  test("RotateCmd on a RotationWithDirection feature", () => {
    const c = contextFor(3, [
      {
        DeviceName: "Cyclone",
        DeviceIndex: 1,
        DeviceMessageTimingGap: 0,
        DeviceFeatures: {
          "0": { FeatureIndex: 0, FeatureDescription: "Rotor", Output: { RotationWithDirection: { Value: [0, 99] } } },
        },
      },
    ]);
    expect(
      upgrade(c, 3, { RotateCmd: { Id: 6, DeviceIndex: 1, Rotations: [{ Index: 0, Speed: 0.5, Clockwise: false }] } }),
    ).toEqual([output(6, 1, 0, { RotationWithDirection: { Value: 50, Clockwise: false } })]);
    // ScalarCmd Rotate on it turns clockwise.
    expect(
      upgrade(c, 3, {
        ScalarCmd: { Id: 7, DeviceIndex: 1, Scalars: [{ Index: 0, Scalar: 1, ActuatorType: "Rotate" }] },
      }),
    ).toEqual([output(7, 1, 0, { RotationWithDirection: { Value: 99, Clockwise: true } })]);
  });

  test("RotateCmd on a device without a two-way rotator", () => {
    const c = contextFor(3, [vibrator(0)]);
    expect(() =>
      upgrade(c, 3, { RotateCmd: { Id: 8, DeviceIndex: 0, Rotations: [{ Index: 0, Speed: 0.5, Clockwise: true }] } }),
    ).toThrow(/RotateCmd \(Id 8\): DeviceIndex 0 \(Vibrator\) does not support RotateCmd/);
  });

  test("LinearCmd: truncated position, duration as given", () => {
    expect(
      upgrade(ctx, 3, { LinearCmd: { Id: 10, DeviceIndex: 0, Vectors: [{ Index: 0, Duration: 500, Position: 0.5 }] } }),
    ).toEqual([output(10, 0, 4, { HwPositionWithDuration: { Value: 49, Duration: 500 } })]);
  });

  test("SensorReadCmd reads the battery feature; a wrong SensorType or index is refused", () => {
    expect(
      upgrade(ctx, 3, { SensorReadCmd: { Id: 11, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" } }),
    ).toEqual([{ InputCmd: { Id: 11, DeviceIndex: 0, FeatureIndex: 5, Type: "Battery", Command: "Read" } }]);
    expect(() =>
      upgrade(ctx, 3, { SensorReadCmd: { Id: 12, DeviceIndex: 0, SensorIndex: 0, SensorType: "RSSI" } }),
    ).toThrow(/Battery sensor, not RSSI/);
    expect(() =>
      upgrade(ctx, 3, { SensorReadCmd: { Id: 13, DeviceIndex: 0, SensorIndex: 1, SensorType: "Battery" } }),
    ).toThrow(/SensorIndex 1 is out of range/);
  });

  test("SensorSubscribeCmd / SensorUnsubscribeCmd are refused as the reference does", () => {
    for (const name of ["SensorSubscribeCmd", "SensorUnsubscribeCmd"]) {
      const err = thrown(() =>
        upgrade(ctx, 3, { [name]: { Id: 20, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" } }),
      );
      expect(err.code).toBe(ErrorCode.Device);
      expect(err.message).toContain(`${name} (Id 20)`);
    }
  });

  test("StopDeviceCmd and StopAllDevices become StopCmd", () => {
    expect(upgrade(ctx, 3, { StopDeviceCmd: { Id: 30, DeviceIndex: 0 } })).toEqual([
      { StopCmd: { Id: 30, DeviceIndex: 0 } },
    ]);
    expect(upgrade(ctx, 3, { StopAllDevices: { Id: 31 } })).toEqual([{ StopCmd: { Id: 31 } }]);
  });

  test("Raw commands are refused (disabled by default)", () => {
    expect(() =>
      upgrade(ctx, 3, { RawWriteCmd: { Id: 40, DeviceIndex: 0, Endpoint: "tx", Data: [1], WriteWithResponse: false } }),
    ).toThrow(/RawWriteCmd \(Id 40\): raw device access is disabled/);
  });
});

describe("v0–v2 only commands", () => {
  test("SingleMotorVibrateCmd drives every vibrator", () => {
    const ctx = contextFor(0, [mixedDevice(0)]);
    expect(upgrade(ctx, 0, { SingleMotorVibrateCmd: { Id: 2, DeviceIndex: 0, Speed: 0.5 } })).toEqual([
      output(2, 0, 0, { Vibrate: { Value: 10 } }),
      output(2, 0, 1, { Vibrate: { Value: 5 } }),
    ]);
    const noVibrator = contextFor(0, [
      { DeviceName: "Bare", DeviceIndex: 0, DeviceMessageTimingGap: 0, DeviceFeatures: {} },
    ]);
    expect(() => upgrade(noVibrator, 0, { SingleMotorVibrateCmd: { Id: 3, DeviceIndex: 0, Speed: 0.5 } })).toThrow(
      /SingleMotorVibrateCmd \(Id 3\).*does not support VibrateCmd/,
    );
  });

  test("FleshlightLaunchFW12Cmd becomes a linear move whose duration depends on the previous position", () => {
    const ctx = contextFor(0, [mixedDevice(0)]);
    expect(upgrade(ctx, 0, { FleshlightLaunchFW12Cmd: { Id: 4, DeviceIndex: 0, Position: 99, Speed: 99 } })).toEqual([
      output(4, 0, 4, { HwPositionWithDuration: { Value: 98, Duration: fleshlightDuration(0.99, 1) } }),
    ]);
    expect(fleshlightDuration(0.99, 1)).toBe(208);
    // From 99 back to 49 at speed 49: distance 0.5.
    expect(upgrade(ctx, 1, { FleshlightLaunchFW12Cmd: { Id: 5, DeviceIndex: 0, Position: 49, Speed: 49 } })).toEqual([
      output(5, 0, 4, { HwPositionWithDuration: { Value: 48, Duration: fleshlightDuration(0.5, 49 / 99) } }),
    ]);
    // The same position again: no distance, no duration.
    expect(upgrade(ctx, 1, { FleshlightLaunchFW12Cmd: { Id: 6, DeviceIndex: 0, Position: 49, Speed: 49 } })).toEqual([
      output(6, 0, 4, { HwPositionWithDuration: { Value: 48, Duration: 0 } }),
    ]);
  });

  test("VorzeA10CycloneCmd drives the first two-way rotator; Speed 0–100", () => {
    const ctx = contextFor(0, [mixedDevice(0)]);
    expect(upgrade(ctx, 0, { VorzeA10CycloneCmd: { Id: 7, DeviceIndex: 0, Speed: 50, Clockwise: false } })).toEqual([
      output(7, 0, 2, { Rotate: { Value: -15 } }),
    ]);
    expect(upgrade(ctx, 0, { VorzeA10CycloneCmd: { Id: 8, DeviceIndex: 0, Speed: 100, Clockwise: true } })).toEqual([
      output(8, 0, 2, { Rotate: { Value: 30 } }),
    ]);
    expect(() =>
      upgrade(contextFor(0, [vibrator(0)]), 0, {
        VorzeA10CycloneCmd: { Id: 9, DeviceIndex: 0, Speed: 50, Clockwise: true },
      }),
    ).toThrow(/VorzeA10CycloneCmd \(Id 9\)/);
  });

  test("LovenseCmd and KiirooCmd are refused with a message error", () => {
    const ctx = contextFor(1, [vibrator(0)]);
    const lovense = thrown(() => upgrade(ctx, 1, { LovenseCmd: { Id: 10, DeviceIndex: 0, Command: "Vibrate:20;" } }));
    expect(lovense.code).toBe(ErrorCode.Msg);
    expect(lovense.message).toMatch(/LovenseCmd \(Id 10\): not supported/);
    const kiiroo = thrown(() => upgrade(ctx, 1, { KiirooCmd: { Id: 11, DeviceIndex: 0, Command: "2" } }));
    expect(kiiroo.code).toBe(ErrorCode.Msg);
  });

  test("v1/v2 VibrateCmd and RotateCmd pass through to the same v4 commands", () => {
    const ctx = contextFor(1, [mixedDevice(0)]);
    expect(upgrade(ctx, 1, { VibrateCmd: { Id: 12, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 0.5 }] } })).toEqual([
      output(12, 0, 0, { Vibrate: { Value: 10 } }),
    ]);
    expect(
      upgrade(ctx, 2, { RotateCmd: { Id: 13, DeviceIndex: 0, Rotations: [{ Index: 0, Speed: 1, Clockwise: true }] } }),
    ).toEqual([output(13, 0, 2, { Rotate: { Value: 30 } })]);
  });

  test("v2 BatteryLevelCmd reads the battery, RSSILevelCmd is refused", () => {
    const ctx = contextFor(2, [mixedDevice(0)]);
    expect(upgrade(ctx, 2, { BatteryLevelCmd: { Id: 14, DeviceIndex: 0 } })).toEqual([
      { InputCmd: { Id: 14, DeviceIndex: 0, FeatureIndex: 5, Type: "Battery", Command: "Read" } },
    ]);
    expect(() => upgrade(ctx, 2, { RSSILevelCmd: { Id: 15, DeviceIndex: 0 } })).toThrow(
      /RSSILevelCmd \(Id 15\).*does not support RSSILevelCmd/,
    );
    expect(() =>
      upgrade(contextFor(2, [{ ...vibrator(1), DeviceFeatures: {} }]), 2, {
        BatteryLevelCmd: { Id: 16, DeviceIndex: 1 },
      }),
    ).toThrow(/BatteryLevelCmd \(Id 16\).*no readable battery/);
  });

  test("a speed outside 0.0–1.0 that got past validation is a message error", () => {
    // Schemas bound speeds; the step itself still refuses rather than sending a bad value.
    const ctx = contextFor(3, [vibrator(0)]);
    const err = thrown(() => upgradeV3.VibrateCmd({ Id: 17, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 1.5 }] }, ctx));
    expect(err.code).toBe(ErrorCode.Msg);
    expect(err.message).toMatch(/VibrateCmd \(Id 17\): level 1.5 is outside 0.0–1.0/);
  });
});

describe("readings", () => {
  test("a Battery InputReading answers the v3 SensorReadCmd it came from", () => {
    const ctx = contextFor(3, [mixedDevice(0)]);
    upgrade(ctx, 3, { SensorReadCmd: { Id: 21, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" } });
    expect(
      downgrade(ctx, 3, {
        InputReading: { Id: 21, DeviceIndex: 0, FeatureIndex: 5, Reading: { Battery: { Value: 42 } } },
      }),
    ).toEqual([{ SensorReading: { Id: 21, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery", Data: [42] } }]);
  });

  test("…and the v2 BatteryLevelCmd as a 0.0–1.0 BatteryLevelReading", () => {
    const ctx = contextFor(2, [mixedDevice(0)]);
    upgrade(ctx, 2, { BatteryLevelCmd: { Id: 22, DeviceIndex: 0 } });
    expect(
      downgrade(ctx, 2, {
        InputReading: { Id: 22, DeviceIndex: 0, FeatureIndex: 5, Reading: { Battery: { Value: 42 } } },
      }),
    ).toEqual([{ BatteryLevelReading: { Id: 22, DeviceIndex: 0, BatteryLevel: 0.42 } }]);
  });

  test("subscription readings (Id 0) are dropped for versions that cannot subscribe", () => {
    const reading = { InputReading: { Id: 0, DeviceIndex: 0, FeatureIndex: 5, Reading: { Battery: { Value: 42 } } } };
    for (const v of [0, 1, 2, 3] as const) expect(downgrade(contextFor(v), v, reading)).toEqual([]);
  });

  test("a reading with no matching request is an error, not a guess", () => {
    expect(() =>
      downgrade(contextFor(3), 3, {
        InputReading: { Id: 23, DeviceIndex: 0, FeatureIndex: 5, Reading: { Battery: { Value: 1 } } },
      }),
    ).toThrow(/InputReading \(Id 23\): no SensorReadCmd/);
  });
});
