/**
 * WeVibe Chorus / Sync 2: 0f 03 00 <internal> <external> <mode> 00 00 on tx, written with response,
 * where mode bit 0 = internal motor on, bit 1 = external motor on; both at 0 is the off packet.
 * Single-motor models drive the same value on both.
 */
import type { v4 } from "../../../generated";
import { write, type DeviceDefinition, type HardwareCommand, type Protocol, type ProtocolHandler } from "../protocol";
import { countOutputsOfType, readOutput, u8, unsupported } from "./helpers";

const NAME = "wevibe-chorus";
const OFF = [0x0f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

/** The packet for internal / external motor speeds. */
export function wevibeChorusPacket(internal: number, external: number): number[] {
  if (internal === 0 && external === 0) return OFF;
  const mode = (external === 0 ? 0 : 2) | (internal === 0 ? 0 : 1);
  return [0x0f, 0x03, 0x00, u8(internal), u8(external), mode, 0x00, 0x00];
}

class WeVibeChorus implements ProtocolHandler {
  private readonly speeds = [0, 0];

  constructor(private readonly motors: number) {}

  output(featureIndex: number, command: v4.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "Vibrate" || featureIndex > 1) throw unsupported(NAME, featureIndex, out);
    this.speeds[featureIndex] = out.value;
    const external = this.speeds[this.motors > 1 ? 1 : 0];
    return [write("tx", wevibeChorusPacket(this.speeds[0], external), true)];
  }

  stop(): HardwareCommand[] {
    this.speeds.fill(0);
    return [write("tx", OFF, true)];
  }
}

/** The WeVibe Chorus protocol. */
export const wevibeChorus: Protocol = {
  name: NAME,
  create: (definition: DeviceDefinition) => new WeVibeChorus(countOutputsOfType(definition, "Vibrate")),
};
