/**
 * Lelo F1s: both motors in one packet on tx, 01 <motor 1> <motor 2>. Init subscribes to rx
 * (the device reports its state there and expects a listener).
 */
import type { v4 } from "../../../generated";
import { write, type HardwareCommand, type HardwareLink, type Protocol, type ProtocolHandler } from "../protocol";
import { readOutput, u8, unsupported } from "./helpers";

const NAME = "lelo-f1s";

/**
 * The F1s packet encoder, shared with the F1s V2 (which writes it with response once its security
 * handshake is done).
 */
export class LeloF1sHandler implements ProtocolHandler {
  private readonly speeds = [0, 0];

  constructor(
    private readonly withResponse: boolean,
    private readonly protocol: string = NAME,
  ) {}

  async initialize(link: HardwareLink): Promise<void> {
    await link.execute({ kind: "subscribe", endpoint: "rx" });
  }

  output(featureIndex: number, command: v4.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    if (out.type !== "Vibrate" || featureIndex > 1) throw unsupported(this.protocol, featureIndex, out);
    this.speeds[featureIndex] = u8(out.value);
    return [this.packet()];
  }

  /** Both motors share one packet: one packet of zeros. */
  stop(): HardwareCommand[] {
    this.speeds.fill(0);
    return [this.packet()];
  }

  private packet(): HardwareCommand {
    return write("tx", [0x01, ...this.speeds], this.withResponse);
  }
}

/** The Lelo F1s protocol. */
export const leloF1s: Protocol = {
  name: NAME,
  create: () => new LeloF1sHandler(false),
};
