/**
 * WeVibe (4-bit): one 8-byte packet on tx (written with response) carries both motors, a nibble each:
 * 0f 03 00 <external | internal << 4> 00 03 00 00; both at 0 is the off packet 0f 00 00 00 00 00 00 00.
 * Single-motor models drive the same value into both nibbles. Init sends a "wake" packet then "off".
 */
import type { v4 } from "../../../generated";
import { write, type DeviceDefinition, type HardwareCommand, type HardwareLink, type Protocol, type ProtocolHandler } from "../protocol";
import { countOutputsOfType, executeAll, readOutput, u8, unsupported } from "./helpers";

const NAME = "wevibe";
const OFF = [0x0f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
const WAKE = [0x0f, 0x03, 0x00, 0x99, 0x00, 0x03, 0x00, 0x00];

/** The packet for internal / external motor speeds (0–15 each). */
export function wevibePacket(internal: number, external: number): number[] {
  if (internal === 0 && external === 0) return OFF;
  return [0x0f, 0x03, 0x00, u8(external | (internal << 4)), 0x00, 0x03, 0x00, 0x00];
}

class WeVibe implements ProtocolHandler {
  private readonly speeds = [0, 0];

  constructor(private readonly motors: number) {}

  async initialize(link: HardwareLink): Promise<void> {
    await executeAll(link, [write("tx", WAKE, true), write("tx", OFF, true)]);
  }

  output(featureIndex: number, command: v4.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "Vibrate" || featureIndex > 1) throw unsupported(NAME, featureIndex, out);
    this.speeds[featureIndex] = out.value;
    const external = this.speeds[this.motors > 1 ? 1 : 0];
    return [write("tx", wevibePacket(this.speeds[0], external), true)];
  }

  /** Both motors in one packet: stopping is the single off packet. */
  stop(): HardwareCommand[] {
    this.speeds.fill(0);
    return [write("tx", OFF, true)];
  }
}

/** The WeVibe protocol. */
export const wevibe: Protocol = {
  name: NAME,
  create: (definition: DeviceDefinition) => new WeVibe(countOutputsOfType(definition, "Vibrate")),
};
