import type { UpgradeV3Steps } from "../../../generated/translate/upgrade-v3";
import * as tx from "..";

export const upgradeV3 = {
  LinearCmd(message, ctx) {
    // HwPositionWithDuration: the goal position truncated to steps (reference rule), the duration as given.
    const origin = tx.origin("LinearCmd", message);
    const commands = message.Vectors.map((v) => {
      const attribute = tx.actuatorAt(ctx, origin, "LinearCmd", v.Index);
      const Value = tx.steps(origin, "HwPositionWithDuration", v.Position, attribute.StepCount);
      return tx.outputCmd(origin, attribute.FeatureIndex, { HwPositionWithDuration: { Value, Duration: v.Duration } });
    });
    return tx.byFeatureIndex(commands);
  },

  RawReadCmd(message, ctx) {
    return tx.rawNotSupported(ctx, "RawReadCmd", message.Id);
  },

  RawSubscribeCmd(message, ctx) {
    return tx.rawNotSupported(ctx, "RawSubscribeCmd", message.Id);
  },

  RawUnsubscribeCmd(message, ctx) {
    return tx.rawNotSupported(ctx, "RawUnsubscribeCmd", message.Id);
  },

  RawWriteCmd(message, ctx) {
    return tx.rawNotSupported(ctx, "RawWriteCmd", message.Id);
  },

  RequestServerInfo(message, _ctx) {
    return [
      {
        RequestServerInfo: {
          Id: message.Id,
          ClientName: message.ClientName,
          ProtocolVersionMajor: message.MessageVersion,
          ProtocolVersionMinor: 0,
        },
      },
    ];
  },

  RotateCmd(message, ctx) {
    // Two-way rotators: signed Rotate (negative = counterclockwise) or RotationWithDirection.
    const origin = tx.origin("RotateCmd", message);
    const commands = message.Rotations.map((r) => {
      const attribute = tx.actuatorAt(ctx, origin, "RotateCmd", r.Index);
      const value = tx.steps(origin, attribute.OutputType, r.Speed, attribute.StepCount);
      return tx.outputCmd(origin, attribute.FeatureIndex, tx.outputCommand(attribute.OutputType, value, r.Clockwise));
    });
    return tx.byFeatureIndex(commands);
  },

  ScalarCmd(message, ctx) {
    // One OutputCmd per subcommand, on the feature behind each ScalarCmd Index.
    const origin = tx.origin("ScalarCmd", message);
    const commands = message.Scalars.map((s) => {
      const attribute = tx.actuatorAt(ctx, origin, "ScalarCmd", s.Index);
      const { type, stepCount } = tx.scalarTarget(ctx, origin, attribute, s.ActuatorType);
      return tx.outputCmd(
        origin,
        attribute.FeatureIndex,
        tx.outputCommand(type, tx.steps(origin, type, s.Scalar, stepCount)),
      );
    });
    return tx.byFeatureIndex(commands);
  },

  SensorReadCmd(message, ctx) {
    const origin = tx.origin("SensorReadCmd", message);
    const sensor = tx.sensorAt(ctx, origin, message.SensorIndex);
    if (sensor.SensorType !== message.SensorType) {
      throw tx.deviceError(
        `SensorReadCmd (Id ${message.Id}): SensorIndex ${message.SensorIndex} of DeviceIndex ${message.DeviceIndex} is a ${sensor.SensorType} sensor, not ${message.SensorType}`,
      );
    }
    return [
      {
        InputCmd: {
          Id: message.Id,
          DeviceIndex: message.DeviceIndex,
          FeatureIndex: sensor.FeatureIndex,
          Type: sensor.InputType,
          Command: "Read",
        },
      },
    ];
  },

  SensorSubscribeCmd(message, _ctx) {
    // The reference always rejects v3 sensor subscriptions (never implemented or indexed correctly
    // there), and devices never list SensorSubscribeCmd for v3 clients.
    throw tx.deviceError(
      `SensorSubscribeCmd (Id ${message.Id}): DeviceIndex ${message.DeviceIndex} does not support SensorSubscribeCmd`,
    );
  },

  SensorUnsubscribeCmd(message, _ctx) {
    // See SensorSubscribeCmd: there is never a v3 subscription to end.
    throw tx.deviceError(
      `SensorUnsubscribeCmd (Id ${message.Id}): DeviceIndex ${message.DeviceIndex} does not support SensorUnsubscribeCmd`,
    );
  },

  StopAllDevices(message, _ctx) {
    // StopCmd without DeviceIndex: every device, outputs and inputs.
    return [{ StopCmd: { Id: message.Id } }];
  },

  StopDeviceCmd(message, _ctx) {
    return [{ StopCmd: { Id: message.Id, DeviceIndex: message.DeviceIndex } }];
  },

  VibrateCmd(message, ctx) {
    // VibrateCmd Index counts the Vibrate entries of ScalarCmd (spec v1/v2 view of the device).
    const origin = tx.origin("VibrateCmd", message);
    const commands = message.Speeds.map((s) => {
      const attribute = tx.actuatorAt(ctx, origin, "VibrateCmd", s.Index);
      const value = tx.steps(origin, "Vibrate", s.Speed, attribute.StepCount);
      return tx.outputCmd(origin, attribute.FeatureIndex, tx.outputCommand("Vibrate", value));
    });
    return tx.byFeatureIndex(commands);
  },
} satisfies UpgradeV3Steps<tx.TranslationContext>;
