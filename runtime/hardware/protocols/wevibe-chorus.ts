/**
 * WeVibe Chorus / Sync 2: 0f 03 00 <internal> <external> <mode> 00 00 on tx, written with response,
 * where mode bit 0 = internal motor on, bit 1 = external motor on; both at 0 is the off packet.
 * Single-motor models drive the same value on both.
 */
import { write, type DeviceDefinition, type Protocol } from "../protocol";
import { countOutputsOfType, SharedPacketHandler, u8 } from "./helpers";

const NAME = "wevibe-chorus";
const OFF = [0x0f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

/** The packet for internal / external motor speeds. */
export function wevibeChorusPacket(internal: number, external: number): number[] {
  if (internal === 0 && external === 0) return OFF;
  const mode = (external === 0 ? 0 : 2) | (internal === 0 ? 0 : 1);
  return [0x0f, 0x03, 0x00, u8(internal), u8(external), mode, 0x00, 0x00];
}

/** The WeVibe Chorus protocol. */
export const wevibeChorus: Protocol = {
  name: NAME,
  create: (definition: DeviceDefinition) => {
    const motors = countOutputsOfType(definition, "Vibrate");
    return new SharedPacketHandler(NAME, 2, ([internal, second]) => {
      const external = motors > 1 ? second : internal;
      return [write("tx", wevibeChorusPacket(internal, external), true)];
    });
  },
};
