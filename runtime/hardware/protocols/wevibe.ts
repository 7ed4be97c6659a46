/**
 * WeVibe (4-bit): one 8-byte packet on tx (written with response) carries both motors, a nibble each:
 * 0f 03 00 <external | internal << 4> 00 03 00 00; both at 0 is the off packet 0f 00 00 00 00 00 00 00.
 * Single-motor models drive the same value into both nibbles. Init sends a "wake" packet then "off".
 */
import { defineProtocol, type HardwareLink, type Protocol, write } from "../protocol";
import { countOutputsOfType, executeAll, sharedPacket, u8 } from "./helpers";

const NAME = "wevibe";
/** The off packet of every WeVibe format (4-bit, 8-bit, Chorus). */
export const WEVIBE_OFF: readonly number[] = [0x0f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
const WAKE = [0x0f, 0x03, 0x00, 0x99, 0x00, 0x03, 0x00, 0x00];

/** The packet for internal / external motor speeds (0–15 each). */
export function wevibePacket(internal: number, external: number): number[] {
  if (internal === 0 && external === 0) return [...WEVIBE_OFF];
  return [0x0f, 0x03, 0x00, u8(external | (internal << 4)), 0x00, 0x03, 0x00, 0x00];
}

/**
 * A WeVibe protocol, shared with the 8-bit and Chorus formats: both motors in one packet on tx,
 * written with response, `packet(internal, external)`. Single-motor models drive the same value
 * on both; stopping is the packet for 0 and 0, the off packet.
 */
export function weVibeProtocol(
  name: string,
  packet: (internal: number, external: number) => number[],
  initialize?: (link: HardwareLink) => Promise<void>,
): Protocol {
  return defineProtocol({
    name,
    create: (definition, outputs) => {
      const motors = countOutputsOfType(definition, "Vibrate");
      return {
        ...(initialize ? { initialize } : {}),
        vibrate: sharedPacket(name, outputs, 2, ([internal, second]) => [
          write("tx", packet(internal, motors > 1 ? second : internal), true),
        ]),
      };
    },
  });
}

/** The WeVibe protocol: init sends the wake packet, then off. */
export const wevibe = weVibeProtocol(NAME, wevibePacket, async (link) => {
  await executeAll(link, [write("tx", WAKE, true), write("tx", WEVIBE_OFF, true)]);
});
