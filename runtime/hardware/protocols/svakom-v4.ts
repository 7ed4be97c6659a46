/**
 * Svakom v4 (Erica, Cici+ 2, ToyCod Barzillai/Clara): both motors in one 7-byte packet on tx,
 * 55 03 <which> 00 <on> <max speed> 00, where <which> is 00 for both (or equal speeds, or a
 * one-motor model), 01 for the first motor only, 02 for the second only. The device has one
 * speed for whatever runs, so the higher of the two is sent.
 */
import type { v4 } from "../../../generated";
import { write, type DeviceDefinition, type HardwareCommand, type Protocol, type ProtocolHandler } from "../protocol";
import { countOutputsOfType, readOutput, u8, unsupported } from "./helpers";

const NAME = "svakom-v4";

/** Which motors a two-motor Svakom packet addresses: 00 both, 01 first, 02 second. */
export function svakomMotorSelect(motors: number, first: number, second: number): number {
  if (motors === 1 || (first > 0 && second > 0) || first === second) return 0x00;
  return first > 0 ? 0x01 : 0x02;
}

class SvakomV4 implements ProtocolHandler {
  private readonly speeds = [0, 0, 0];

  constructor(private readonly motors: number) {}

  output(featureIndex: number, command: v4.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "Vibrate" || featureIndex > 2) throw unsupported(NAME, featureIndex, out);
    this.speeds[featureIndex] = u8(out.value);
    return [this.packet()];
  }

  stop(): HardwareCommand[] {
    this.speeds.fill(0);
    return [this.packet()];
  }

  private packet(): HardwareCommand {
    const [a, b] = this.speeds;
    const on = a === 0 && b === 0 ? 0x00 : 0x01;
    return write("tx", [0x55, 0x03, svakomMotorSelect(this.motors, a, b), 0x00, on, Math.max(a, b), 0x00]);
  }
}

/** The Svakom v4 protocol. */
export const svakomV4: Protocol = {
  name: NAME,
  create: (definition: DeviceDefinition) => new SvakomV4(countOutputsOfType(definition, "Vibrate")),
};
