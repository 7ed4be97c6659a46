/**
 * MysteryVibe (Crescendo, Tenuto, Poco; STPIHKAL: mysteryvibe). On connect, `43 02 00` goes to
 * `txmode` (with response) to enter remote mode. Then one byte per motor, all motors in one frame
 * on `txvibrate`, so the handler keeps every motor's level. The device stops unless the frame is
 * repeated, so the handler asks for the current frame every 93 ms (the reference server's timing).
 */
import { deviceError } from "../../errors";
import { write, type DeviceDefinition, type Protocol, type ProtocolHandler } from "../protocol";
import { encodeOutput } from "./output-encoders";
import { u8 } from "./helpers";

/** Keepalive period of MysteryVibe frames (ms). */
export const MYSTERYVIBE_COMMAND_DELAY_MS = 93;

/**
 * The MysteryVibe handler for a definition: `initFrame` goes to `txmode` (with response) on
 * connect, then every motor's level in one repeated `txvibrate` frame. Shared with mysteryvibe-v2,
 * which differs only in its init frame.
 */
export function createMysteryVibeHandler(
  protocol: string,
  initFrame: number[],
  definition: DeviceDefinition,
): ProtocolHandler {
  const levels: number[] = definition.features.filter((f) => f.Output != null).map(() => 0);
  const frame = () => write("txvibrate", levels, false, ["all"]);
  return {
    initialize: async (link) => {
      await link.execute(write("txmode", initFrame, true));
    },
    output: (featureIndex, command) =>
      encodeOutput(protocol, featureIndex, command, {
        Vibrate: (index, speed) => {
          if (index >= levels.length)
            throw deviceError(`MysteryVibe has ${levels.length} motors, no FeatureIndex ${index}`);
          levels[index] = u8(speed);
          return [frame()];
        },
      }),
    keepalive: () => ({ intervalMs: MYSTERYVIBE_COMMAND_DELAY_MS, commands: [frame()], repeatsLastPacket: true }),
  };
}

/** MysteryVibe: all motor levels in one repeated frame; `43 02 00` enters remote mode. */
export const mysteryvibe: Protocol = {
  name: "mysteryvibe",
  create: (definition) => createMysteryVibeHandler("mysteryvibe", [0x43, 0x02, 0x00], definition),
};
