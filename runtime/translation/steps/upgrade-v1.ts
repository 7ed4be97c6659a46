import type * as v2 from "../../../generated/v2/types";
import type { UpgradeV1Steps } from "../../../generated/translate/upgrade-v1";
import * as tx from "..";

export const upgradeV1 = {
  FleshlightLaunchFW12Cmd(message, ctx) {
    // The reference's FW12 → linear conversion: goal Position / 100, duration from the distance to the
    // previous goal and Speed / 99 (tx.fleshlightMove). The current reference rejects FW12 outright.
    const origin = tx.origin("FleshlightLaunchFW12Cmd", message);
    tx.actuatorAt(ctx, origin, "LinearCmd", 0);
    const move = tx.fleshlightMove(ctx, message.DeviceIndex, message.Position, message.Speed);
    return [
      {
        LinearCmd: {
          Id: message.Id,
          DeviceIndex: message.DeviceIndex,
          Vectors: [{ Index: 0, Duration: move.Duration, Position: move.Position }],
        },
      },
    ];
  },

  KiirooCmd(message, _ctx) {
    // The reference server never translated KiirooCmd (no v0/v1 message enum of it has it).
    throw tx.messageError(`KiirooCmd (Id ${message.Id}): not supported; use LinearCmd (spec v1+) instead`);
  },

  LovenseCmd(message, _ctx) {
    // The reference server never translated LovenseCmd (no v0/v1 message enum of it has it).
    throw tx.messageError(`LovenseCmd (Id ${message.Id}): not supported; use VibrateCmd (spec v1+) instead`);
  },

  RequestLog(message, _ctx) {
    // The session answers RequestLog at the client's own version; there is nothing to send a v2 server.
    throw tx.messageError(
      `RequestLog (Id ${message.Id}): server logs are not sent to clients (RequestLog was removed in spec v2)`,
    );
  },

  SingleMotorVibrateCmd(message, ctx) {
    // Every vibrator of the device at one speed: a VibrateCmd naming each VibrateCmd Index.
    const origin = tx.origin("SingleMotorVibrateCmd", message);
    const vibrators = tx.actuators(ctx, origin, "VibrateCmd");
    const Speeds = vibrators.map((_, Index) => ({ Index, Speed: message.Speed })) as v2.VibrateCmd["Speeds"];
    return [{ VibrateCmd: { Id: message.Id, DeviceIndex: message.DeviceIndex, Speeds } }];
  },

  Test(message, _ctx) {
    // The session echoes Test at the client's own version; spec v2 removed it.
    throw tx.messageError(`Test (Id ${message.Id}): Test was removed in spec v2 and cannot be forwarded`);
  },

  VorzeA10CycloneCmd(message, ctx) {
    // The first two-way rotator (RotateCmd Index 0) at Speed / 100 (Speed is 0–100), in the asked
    // direction. The current reference rejects this message; older ones drove the first such rotator.
    const origin = tx.origin("VorzeA10CycloneCmd", message);
    tx.actuatorAt(ctx, origin, "RotateCmd", 0);
    const Speed = Math.min(message.Speed / 100, 1);
    return [
      {
        RotateCmd: {
          Id: message.Id,
          DeviceIndex: message.DeviceIndex,
          Rotations: [{ Index: 0, Speed, Clockwise: message.Clockwise }],
        },
      },
    ];
  },
} satisfies UpgradeV1Steps<tx.TranslationContext>;
