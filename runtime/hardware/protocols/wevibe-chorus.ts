/**
 * WeVibe Chorus / Sync 2: 0f 03 00 <internal> <external> <mode> 00 00 on tx, written with response,
 * where mode bit 0 = internal motor on, bit 1 = external motor on; both at 0 is the off packet.
 * Single-motor models drive the same value on both.
 */
import { u8 } from "./helpers";
import { WEVIBE_OFF, weVibeProtocol } from "./wevibe";

const NAME = "wevibe-chorus";

/** The packet for internal / external motor speeds. */
export function wevibeChorusPacket(internal: number, external: number): number[] {
  if (internal === 0 && external === 0) return [...WEVIBE_OFF];
  const mode = (external === 0 ? 0 : 2) | (internal === 0 ? 0 : 1);
  return [0x0f, 0x03, 0x00, u8(internal), u8(external), mode, 0x00, 0x00];
}

/** The WeVibe Chorus protocol. */
export const wevibeChorus = weVibeProtocol(NAME, wevibeChorusPacket);
