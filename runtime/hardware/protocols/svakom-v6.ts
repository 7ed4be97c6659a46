/**
 * Svakom v6 (Coco Pro, Echo 2, Vick Neo 2, Iker Neo…): the first two motors share one 7-byte packet,
 * 55 03 <which> 00 <on> <max speed> 00 (which: 00 both / equal / one-motor model, 01 first only,
 * 02 second only); a third motor is 55 07 00 00 <on> <speed> 00.
 */
import type { v4 } from "../../../generated";
import { write, type DeviceDefinition, type HardwareCommand, type Protocol, type ProtocolHandler } from "../protocol";
import { countOutputsOfType, onOff, readOutput, u8, unsupported } from "./helpers";
import { svakomMotorSelect } from "./svakom-v4";

const NAME = "svakom-v6";

class SvakomV6 implements ProtocolHandler {
  private readonly speeds = [0, 0, 0];

  constructor(private readonly motors: number) {}

  output(featureIndex: number, command: v4.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "Vibrate" || featureIndex > 2) throw unsupported(NAME, featureIndex, out);
    this.speeds[featureIndex] = u8(out.value);
    return featureIndex < 2 ? [this.pairPacket()] : [this.thirdPacket()];
  }

  /** The pair packet at 0, then the third motor at 0 when the model has one. */
  stop(): HardwareCommand[] {
    this.speeds.fill(0);
    return this.motors > 2 ? [this.pairPacket(), this.thirdPacket()] : [this.pairPacket()];
  }

  private pairPacket(): HardwareCommand {
    const [a, b] = this.speeds;
    const on = a === 0 && b === 0 ? 0x00 : 0x01;
    return write("tx", [0x55, 0x03, svakomMotorSelect(this.motors, a, b), 0x00, on, Math.max(a, b), 0x00]);
  }

  private thirdPacket(): HardwareCommand {
    const c = this.speeds[2];
    return write("tx", [0x55, 0x07, 0x00, 0x00, onOff(c), c, 0x00]);
  }
}

/** The Svakom v6 protocol. */
export const svakomV6: Protocol = {
  name: NAME,
  create: (definition: DeviceDefinition) => new SvakomV6(countOutputsOfType(definition, "Vibrate")),
};
