/**
 * MysteryVibe (Crescendo, Tenuto, Poco; STPIHKAL: mysteryvibe). On connect, `43 02 00` goes to
 * `txmode` (with response) to enter remote mode. Then one byte per motor, all motors in one frame
 * on `txvibrate`, so the handler keeps every motor's level. The device stops unless the frame is
 * repeated, so the handler asks for the current frame every 93 ms (the reference server's timing).
 */
import { defineProtocol, type Protocol, write } from "../protocol";
import { sharedPacket, u8 } from "./helpers";

/** Keepalive period of MysteryVibe frames (ms). */
export const MYSTERYVIBE_COMMAND_DELAY_MS = 93;

/**
 * A MysteryVibe protocol: `initFrame` goes to `txmode` (with response) on connect, then every
 * motor's level in one repeated `txvibrate` frame. Shared with mysteryvibe-v2, which differs only
 * in its init frame.
 */
export function mysteryVibeProtocol(name: string, initFrame: number[]): Protocol {
  return defineProtocol({
    name,
    create: (definition, outputs) => {
      const motors = definition.features.filter((f) => f.Output != null).length;
      const frame = () => write("txvibrate", outputs.slots(motors).map(u8), false, ["all"]);
      return {
        initialize: async (link) => {
          await link.execute(write("txmode", initFrame, true));
        },
        vibrate: sharedPacket(name, outputs, motors, () => [frame()]),
        keepalive: () => ({ intervalMs: MYSTERYVIBE_COMMAND_DELAY_MS, commands: [frame()], repeatsLastPacket: true }),
      };
    },
  });
}

/** MysteryVibe: all motor levels in one repeated frame; `43 02 00` enters remote mode. */
export const mysteryvibe = mysteryVibeProtocol("mysteryvibe", [0x43, 0x02, 0x00]);
