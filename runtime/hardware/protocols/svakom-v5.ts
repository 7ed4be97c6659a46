/**
 * Svakom v5 (Chika, Mora Neo, Trysta Neo, Mini Emma Neo): both motors in one 6-byte packet,
 * 55 03 <which> 00 <on> <max speed> (which: 00 both or equal, 01 first only, 02 second only);
 * the oscillating part (Mora / Trysta) is 55 09 00 00 <speed> 00.
 */
import type { inside } from "../../../generated";
import { write, type HardwareCommand, type Protocol, type ProtocolHandler, readOutput, unsupported } from "../protocol";
import { u8 } from "./helpers";

const NAME = "svakom-v5";

class SvakomV5 implements ProtocolHandler {
  private readonly speeds = [0, 0];

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type === "Vibrate" && featureIndex <= 1) {
      this.speeds[featureIndex] = u8(out.value);
      return [this.packet()];
    }
    if (out.type === "Oscillate") return [write("tx", [0x55, 0x09, 0x00, 0x00, u8(out.value), 0x00])];
    throw unsupported(NAME, featureIndex, out.type);
  }

  private packet(): HardwareCommand {
    const [a, b] = this.speeds;
    // Unlike v4, a one-motor model is not special-cased: the reference sends 01 for it.
    const which = (a > 0 && b > 0) || a === b ? 0x00 : a > 0 ? 0x01 : 0x02;
    const on = a === 0 && b === 0 ? 0x00 : 0x01;
    return write("tx", [0x55, 0x03, which, 0x00, on, Math.max(a, b)], false, ["all"]);
  }
}

/** The Svakom v5 protocol. */
export const svakomV5: Protocol = {
  name: NAME,
  create: () => new SvakomV5(),
};
