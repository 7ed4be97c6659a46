/**
 * Mutufun Barney (Svakom): both motors in one packet, 55 03 <which> 00 <03 when running> <max speed> 00
 * (which: 00 both / equal / one-motor model, 01 first only, 02 second only).
 */
import type { v4 } from "../../../generated";
import { write, type DeviceDefinition, type HardwareCommand, type Protocol, type ProtocolHandler } from "../protocol";
import { countOutputsOfType, readOutput, u8, unsupported } from "./helpers";
import { svakomMotorSelect } from "./svakom-v4";

const NAME = "svakom-barney";

class SvakomBarney implements ProtocolHandler {
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
    const on = a === 0 && b === 0 ? 0x00 : 0x03;
    return write("tx", [0x55, 0x03, svakomMotorSelect(this.motors, a, b), 0x00, on, Math.max(a, b), 0x00]);
  }
}

/** The Svakom Barney protocol. */
export const svakomBarney: Protocol = {
  name: NAME,
  create: (definition: DeviceDefinition) => new SvakomBarney(countOutputsOfType(definition, "Vibrate")),
};
