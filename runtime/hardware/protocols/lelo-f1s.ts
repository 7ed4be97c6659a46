/**
 * Lelo F1s: both motors in one packet on tx, 01 <motor 1> <motor 2>. Init subscribes to rx
 * (the device reports its state there and expects a listener).
 */
import { write, type HardwareLink, type Protocol } from "../protocol";
import { SharedPacketHandler, u8 } from "./helpers";

const NAME = "lelo-f1s";

/**
 * The F1s packet encoder, shared with the F1s V2 (which writes it with response once its security
 * handshake is done). Both motors share one packet, so a stop is one packet of zeros.
 */
export class LeloF1sHandler extends SharedPacketHandler {
  constructor(withResponse: boolean, protocol: string = NAME) {
    super(protocol, 2, (speeds) => [write("tx", [0x01, ...speeds.map(u8)], withResponse)]);
  }

  async initialize(link: HardwareLink): Promise<void> {
    await link.execute({ kind: "subscribe", endpoint: "rx" });
  }
}

/** The Lelo F1s protocol. */
export const leloF1s: Protocol = {
  name: NAME,
  create: () => new LeloF1sHandler(false),
};
