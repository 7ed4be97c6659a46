/** How a v4 device is presented to v3/v2/v1/v0 clients (reference server rules). */
import type { v4 } from "../../generated";
import {
  actuatorList,
  deviceInfoV3,
  deviceMessagesV0,
  deviceMessagesV1,
  deviceMessagesV2,
  presentDevice,
} from "../../runtime/translation";
import { mixedDevice } from "./chain";

describe("v3 attributes of a v4 device", () => {
  const device = mixedDevice();
  const p = presentDevice(device);

  test("ScalarCmd: every level/position output, feature by feature, Constrict…Vibrate order inside a feature", () => {
    expect(p.ScalarCmd.map((a) => [a.FeatureIndex, a.ActuatorType, a.StepCount])).toEqual([
      [0, "Vibrate", 20],
      [1, "Oscillate", 15],
      [1, "Vibrate", 10],
      [2, "Rotate", 30],
      [3, "Rotate", 10],
      [8, "Constrict", 5],
      [8, "Temperature", 5],
      [8, "Led", 1],
    ]);
  });

  test("RotateCmd: only rotators that turn both ways (signed Rotate range)", () => {
    expect(p.RotateCmd.map((a) => [a.FeatureIndex, a.OutputType, a.StepCount])).toEqual([[2, "Rotate", 30]]);
  });

  test("LinearCmd: HwPositionWithDuration features, presented as Position", () => {
    expect(p.LinearCmd.map((a) => [a.FeatureIndex, a.ActuatorType, a.StepCount])).toEqual([[4, "Position", 99]]);
  });

  test("SensorReadCmd: only readable batteries (no RSSI, no subscribe-only battery)", () => {
    expect(p.SensorReadCmd).toEqual([
      {
        FeatureIndex: 5,
        InputType: "Battery",
        SensorType: "Battery",
        SensorRange: [[0, 100]],
        FeatureDescriptor: "Battery",
      },
    ]);
  });

  test("RotationWithDirection counts as a two-way rotator (ScalarCmd Rotate and RotateCmd)", () => {
    const d: v4.DeviceInfo = {
      DeviceName: "Cyclone",
      DeviceIndex: 3,
      DeviceMessageTimingGap: 0,
      DeviceFeatures: {
        "0": { FeatureIndex: 0, FeatureDescription: "Rotor", Output: { RotationWithDirection: { Value: [0, 99] } } },
      },
    };
    const q = presentDevice(d);
    expect(q.ScalarCmd.map((a) => [a.OutputType, a.ActuatorType, a.StepCount])).toEqual([
      ["RotationWithDirection", "Rotate", 99],
    ]);
    expect(q.RotateCmd.map((a) => [a.OutputType, a.StepCount])).toEqual([["RotationWithDirection", 99]]);
  });

  test("v3 DeviceList entry", () => {
    expect(deviceInfoV3({ ...device, DeviceDisplayName: "My toy" })).toEqual({
      DeviceIndex: 0,
      DeviceName: "Mixed Device",
      DeviceDisplayName: "My toy",
      DeviceMessageTimingGap: 50,
      DeviceMessages: {
        ScalarCmd: [
          { FeatureDescriptor: "Shaft", ActuatorType: "Vibrate", StepCount: 20 },
          { FeatureDescriptor: "Head", ActuatorType: "Oscillate", StepCount: 15 },
          { FeatureDescriptor: "Head", ActuatorType: "Vibrate", StepCount: 10 },
          { FeatureDescriptor: "Spinner", ActuatorType: "Rotate", StepCount: 30 },
          { FeatureDescriptor: "Fan", ActuatorType: "Rotate", StepCount: 10 },
          { FeatureDescriptor: "Ring", ActuatorType: "Constrict", StepCount: 5 },
          { FeatureDescriptor: "Ring", ActuatorType: "Temperature", StepCount: 5 },
          { FeatureDescriptor: "Ring", ActuatorType: "Led", StepCount: 1 },
        ],
        RotateCmd: [{ FeatureDescriptor: "Spinner", ActuatorType: "Rotate", StepCount: 30 }],
        LinearCmd: [{ FeatureDescriptor: "Stroker", ActuatorType: "Position", StepCount: 99 }],
        SensorReadCmd: [{ FeatureDescriptor: "Battery", SensorType: "Battery", SensorRange: [[0, 100]] }],
        StopDeviceCmd: {},
      },
    });
    // No display name set: the field is left out.
    expect(deviceInfoV3(device)).not.toHaveProperty("DeviceDisplayName");
  });

  test("a device without outputs or inputs still lists StopDeviceCmd", () => {
    const bare: v4.DeviceInfo = { DeviceName: "Bare", DeviceIndex: 1, DeviceMessageTimingGap: 0, DeviceFeatures: {} };
    expect(deviceInfoV3(bare).DeviceMessages).toEqual({ StopDeviceCmd: {} });
  });
});

describe("older versions derive from the v3 attributes", () => {
  const v3 = deviceInfoV3(mixedDevice()).DeviceMessages;

  test("v2: VibrateCmd counts Vibrate scalar entries with their StepCounts; Battery → BatteryLevelCmd", () => {
    expect(deviceMessagesV2(v3)).toEqual({
      VibrateCmd: { FeatureCount: 2, StepCount: [20, 10] },
      RotateCmd: { FeatureCount: 1, StepCount: [30] },
      LinearCmd: { FeatureCount: 1, StepCount: [99] },
      BatteryLevelCmd: {},
      StopDeviceCmd: {},
    });
  });

  test("v1: FeatureCounts only, SingleMotorVibrateCmd with VibrateCmd, no sensors", () => {
    expect(deviceMessagesV1(deviceMessagesV2(v3))).toEqual({
      VibrateCmd: { FeatureCount: 2 },
      RotateCmd: { FeatureCount: 1 },
      LinearCmd: { FeatureCount: 1 },
      StopDeviceCmd: {},
      SingleMotorVibrateCmd: {},
    });
  });

  test("v0: sorted message names", () => {
    expect(deviceMessagesV0(deviceMessagesV1(deviceMessagesV2(v3)))).toEqual([
      "SingleMotorVibrateCmd",
      "StopDeviceCmd",
    ]);
    expect(deviceMessagesV0({ StopDeviceCmd: {} })).toEqual(["StopDeviceCmd"]);
  });

  test("a device with no vibrator has no VibrateCmd or SingleMotorVibrateCmd", () => {
    const onlyLinear = { LinearCmd: v3.LinearCmd, StopDeviceCmd: {} };
    expect(deviceMessagesV2(onlyLinear)).toEqual({
      LinearCmd: { FeatureCount: 1, StepCount: [99] },
      StopDeviceCmd: {},
    });
    expect(deviceMessagesV1(deviceMessagesV2(onlyLinear))).toEqual({
      LinearCmd: { FeatureCount: 1 },
      StopDeviceCmd: {},
    });
  });
});

describe("index maps use the same lists the presentation shows", () => {
  const device = mixedDevice();

  test("VibrateCmd Index n is the n-th Vibrate entry of the presented ScalarCmd list", () => {
    const shown = deviceInfoV3(device).DeviceMessages.ScalarCmd!;
    const vibrate = actuatorList(device, "VibrateCmd");
    expect(vibrate.map((a) => a.FeatureIndex)).toEqual([0, 1]);
    // …and each matches a presented entry with ActuatorType Vibrate, in order.
    expect(vibrate.map((a) => a.FeatureDescriptor)).toEqual(
      shown.filter((s) => s.ActuatorType === "Vibrate").map((s) => s.FeatureDescriptor),
    );
  });

  test("ScalarCmd / RotateCmd / LinearCmd Index n is the n-th presented entry", () => {
    const shown = deviceInfoV3(device).DeviceMessages;
    for (const list of ["ScalarCmd", "RotateCmd", "LinearCmd"] as const) {
      const attrs = actuatorList(device, list);
      expect(
        attrs.map((a) => ({
          FeatureDescriptor: a.FeatureDescriptor,
          ActuatorType: a.ActuatorType,
          StepCount: a.StepCount,
        })),
      ).toEqual(shown[list]);
    }
  });
});
