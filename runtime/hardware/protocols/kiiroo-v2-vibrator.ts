/**
 * Kiiroo v2 vibrators (Pearl 2, Fuse, Titan, Virtual Rabbit/Blowbot): three motor bytes in one
 * packet on tx; models with fewer motors leave the rest at 0.
 */
import type { inside } from "../../../generated";
import { write, type HardwareCommand, type Protocol, type ProtocolHandler, readOutput, unsupported } from "../protocol";
import { u8 } from "./helpers";

const NAME = "kiiroo-v2-vibrator";

class KiirooV2Vibrator implements ProtocolHandler {
  private readonly speeds = [0, 0, 0];

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "Vibrate" || featureIndex > 2) throw unsupported(NAME, featureIndex, out.type);
    this.speeds[featureIndex] = u8(out.value);
    return [write("tx", this.speeds, false, ["all"])];
  }
}

/** The Kiiroo v2 vibrator protocol. */
export const kiirooV2Vibrator: Protocol = {
  name: NAME,
  create: () => new KiirooV2Vibrator(),
};
