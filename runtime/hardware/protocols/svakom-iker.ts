/**
 * Svakom Iker: the vibrator is 55 03 03 00 01 <speed>, the second motor 55 07 00 00 <speed> 00,
 * sent after the vibrator whenever it runs. Both stopped is the single packet 55 07 00 00 00 00.
 */
import type { inside } from "../../../generated";
import { write, type HardwareCommand, type Protocol, type ProtocolHandler, readOutput, unsupported } from "../protocol";
import { u8 } from "./helpers";

const NAME = "svakom-iker";

class SvakomIker implements ProtocolHandler {
  private readonly speeds = [0, 0];

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "Vibrate" || featureIndex > 1) throw unsupported(NAME, featureIndex, out.type);
    this.speeds[featureIndex] = u8(out.value);
    const [a, b] = this.speeds;
    if (a === 0 && b === 0) return [write("tx", [0x55, 0x07, 0x00, 0x00, 0x00, 0x00])];
    const commands = [write("tx", [0x55, 0x03, 0x03, 0x00, 0x01, a])];
    if (b > 0) commands.push(write("tx", [0x55, 0x07, 0x00, 0x00, b, 0x00]));
    return commands;
  }
}

/** The Svakom Iker protocol. */
export const svakomIker: Protocol = {
  name: NAME,
  create: () => new SvakomIker(),
};
