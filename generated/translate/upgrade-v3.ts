// generated — do not edit, EXCEPT the bodies between `// bpkit:body-begin` and `// bpkit:body-end`:
// those are hand-written and kept byte for byte by `npm run generate`. Source: schema/v3, schema/v4.
// Upgrade steps v3 → v4: every client message of v3.
import type * as v3 from "../v3/types";
import type * as v4 from "../v4/types";
import * as tx from "../../runtime/translation";

/** LinearCmd v3 → v4: there is no LinearCmd in v4; hand-written. */
export function LinearCmd(message: v3.LinearCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // HwPositionWithDuration: the goal position truncated to steps (reference rule), the duration as given.
  const origin = tx.origin("LinearCmd", message);
  const commands = message.Vectors.map((v) => {
    const attribute = tx.actuatorAt(ctx, origin, "LinearCmd", v.Index);
    const Value = tx.steps(origin, "HwPositionWithDuration", v.Position, attribute.StepCount);
    return tx.outputCmd(origin, attribute.FeatureIndex, { HwPositionWithDuration: { Value, Duration: v.Duration } });
  });
  return tx.byFeatureIndex(commands);
  // bpkit:body-end
}

/** Ping v3 → v4: same schema in both versions (generated identity step). */
export function Ping(message: v3.Ping, ctx: tx.TranslationContext): v4.ClientMessage[] {
  return [{ Ping: message }];
}

/** RawReadCmd v3 → v4: there is no RawReadCmd in v4; hand-written. */
export function RawReadCmd(message: v3.RawReadCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  return tx.rawNotSupported(ctx, "RawReadCmd", message.Id);
  // bpkit:body-end
}

/** RawSubscribeCmd v3 → v4: there is no RawSubscribeCmd in v4; hand-written. */
export function RawSubscribeCmd(message: v3.RawSubscribeCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  return tx.rawNotSupported(ctx, "RawSubscribeCmd", message.Id);
  // bpkit:body-end
}

/** RawUnsubscribeCmd v3 → v4: there is no RawUnsubscribeCmd in v4; hand-written. */
export function RawUnsubscribeCmd(message: v3.RawUnsubscribeCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  return tx.rawNotSupported(ctx, "RawUnsubscribeCmd", message.Id);
  // bpkit:body-end
}

/** RawWriteCmd v3 → v4: there is no RawWriteCmd in v4; hand-written. */
export function RawWriteCmd(message: v3.RawWriteCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  return tx.rawNotSupported(ctx, "RawWriteCmd", message.Id);
  // bpkit:body-end
}

/** RequestDeviceList v3 → v4: same schema in both versions (generated identity step). */
export function RequestDeviceList(message: v3.RequestDeviceList, ctx: tx.TranslationContext): v4.ClientMessage[] {
  return [{ RequestDeviceList: message }];
}

/** RequestServerInfo v3 → v4: the schema differs between v3 and v4; hand-written. */
export function RequestServerInfo(message: v3.RequestServerInfo, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  return [{ RequestServerInfo: { Id: message.Id, ClientName: message.ClientName, ProtocolVersionMajor: message.MessageVersion, ProtocolVersionMinor: 0 } }];
  // bpkit:body-end
}

/** RotateCmd v3 → v4: there is no RotateCmd in v4; hand-written. */
export function RotateCmd(message: v3.RotateCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // Two-way rotators: signed Rotate (negative = counterclockwise) or RotationWithDirection.
  const origin = tx.origin("RotateCmd", message);
  const commands = message.Rotations.map((r) => {
    const attribute = tx.actuatorAt(ctx, origin, "RotateCmd", r.Index);
    const value = tx.steps(origin, attribute.OutputType, r.Speed, attribute.StepCount);
    return tx.outputCmd(origin, attribute.FeatureIndex, tx.outputCommand(attribute.OutputType, value, r.Clockwise));
  });
  return tx.byFeatureIndex(commands);
  // bpkit:body-end
}

/** ScalarCmd v3 → v4: there is no ScalarCmd in v4; hand-written. */
export function ScalarCmd(message: v3.ScalarCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // One OutputCmd per subcommand, on the feature behind each ScalarCmd Index.
  const origin = tx.origin("ScalarCmd", message);
  const commands = message.Scalars.map((s) => {
    const attribute = tx.actuatorAt(ctx, origin, "ScalarCmd", s.Index);
    const { type, stepCount } = tx.scalarTarget(ctx, origin, attribute, s.ActuatorType);
    return tx.outputCmd(origin, attribute.FeatureIndex, tx.outputCommand(type, tx.steps(origin, type, s.Scalar, stepCount)));
  });
  return tx.byFeatureIndex(commands);
  // bpkit:body-end
}

/** SensorReadCmd v3 → v4: there is no SensorReadCmd in v4; hand-written. */
export function SensorReadCmd(message: v3.SensorReadCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  const origin = tx.origin("SensorReadCmd", message);
  const sensor = tx.sensorAt(ctx, origin, message.SensorIndex);
  if (sensor.SensorType !== message.SensorType) {
    throw tx.deviceError(
      `SensorReadCmd (Id ${message.Id}): SensorIndex ${message.SensorIndex} of DeviceIndex ${message.DeviceIndex} is a ${sensor.SensorType} sensor, not ${message.SensorType}`,
    );
  }
  return [{ InputCmd: { Id: message.Id, DeviceIndex: message.DeviceIndex, FeatureIndex: sensor.FeatureIndex, Type: sensor.InputType, Command: "Read" } }];
  // bpkit:body-end
}

/** SensorSubscribeCmd v3 → v4: there is no SensorSubscribeCmd in v4; hand-written. */
export function SensorSubscribeCmd(message: v3.SensorSubscribeCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // The reference always rejects v3 sensor subscriptions (never implemented or indexed correctly
  // there), and devices never list SensorSubscribeCmd for v3 clients.
  throw tx.deviceError(`SensorSubscribeCmd (Id ${message.Id}): DeviceIndex ${message.DeviceIndex} does not support SensorSubscribeCmd`);
  // bpkit:body-end
}

/** SensorUnsubscribeCmd v3 → v4: there is no SensorUnsubscribeCmd in v4; hand-written. */
export function SensorUnsubscribeCmd(message: v3.SensorUnsubscribeCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // See SensorSubscribeCmd: there is never a v3 subscription to end.
  throw tx.deviceError(`SensorUnsubscribeCmd (Id ${message.Id}): DeviceIndex ${message.DeviceIndex} does not support SensorUnsubscribeCmd`);
  // bpkit:body-end
}

/** StartScanning v3 → v4: same schema in both versions (generated identity step). */
export function StartScanning(message: v3.StartScanning, ctx: tx.TranslationContext): v4.ClientMessage[] {
  return [{ StartScanning: message }];
}

/** StopAllDevices v3 → v4: there is no StopAllDevices in v4; hand-written. */
export function StopAllDevices(message: v3.StopAllDevices, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // StopCmd without DeviceIndex: every device, outputs and inputs.
  return [{ StopCmd: { Id: message.Id } }];
  // bpkit:body-end
}

/** StopDeviceCmd v3 → v4: there is no StopDeviceCmd in v4; hand-written. */
export function StopDeviceCmd(message: v3.StopDeviceCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  return [{ StopCmd: { Id: message.Id, DeviceIndex: message.DeviceIndex } }];
  // bpkit:body-end
}

/** StopScanning v3 → v4: same schema in both versions (generated identity step). */
export function StopScanning(message: v3.StopScanning, ctx: tx.TranslationContext): v4.ClientMessage[] {
  return [{ StopScanning: message }];
}

/** VibrateCmd v3 → v4: there is no VibrateCmd in v4; hand-written. */
export function VibrateCmd(message: v3.VibrateCmd, ctx: tx.TranslationContext): v4.ClientMessage[] {
  // bpkit:body-begin — hand-written, kept across regenerations
  // VibrateCmd Index counts the Vibrate entries of ScalarCmd (spec v1/v2 view of the device).
  const origin = tx.origin("VibrateCmd", message);
  const commands = message.Speeds.map((s) => {
    const attribute = tx.actuatorAt(ctx, origin, "VibrateCmd", s.Index);
    const value = tx.steps(origin, "Vibrate", s.Speed, attribute.StepCount);
    return tx.outputCmd(origin, attribute.FeatureIndex, tx.outputCommand("Vibrate", value));
  });
  return tx.byFeatureIndex(commands);
  // bpkit:body-end
}
