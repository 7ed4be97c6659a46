/**
 * WeVibe 8-bit (Moxie, Vector, Melt…): 0f 03 00 <external + 3> <internal + 3> <mode> 00 00 on tx,
 * written with response, where mode bit 0 = internal motor on, bit 1 = external motor on; both at 0
 * is the off packet 0f 00 00 00 00 00 00 00. Single-motor models drive the same value on both.
 */
import { u8 } from "./helpers";
import { WEVIBE_OFF, weVibeProtocol } from "./wevibe";

const NAME = "wevibe-8bit";

/** The packet for internal / external motor speeds. */
export function wevibe8BitPacket(internal: number, external: number): number[] {
  if (internal === 0 && external === 0) return [...WEVIBE_OFF];
  const mode = (external === 0 ? 0 : 2) | (internal === 0 ? 0 : 1);
  return [0x0f, 0x03, 0x00, u8(external + 3), u8(internal + 3), mode, 0x00, 0x00];
}

/** The WeVibe 8-bit protocol. */
export const wevibe8Bit = weVibeProtocol(NAME, wevibe8BitPacket);
