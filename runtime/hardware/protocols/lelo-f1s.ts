/**
 * Lelo F1s: both motors in one packet on tx, 01 <motor 1> <motor 2>. Init subscribes to rx
 * (the device reports its state there and expects a listener).
 */
import { defineProtocol, type OutputValues, write } from "../protocol";
import { sharedPacket, u8 } from "./helpers";

const NAME = "lelo-f1s";

/**
 * The F1s vibrate method, shared with the F1s V2 (which writes with response once its security
 * handshake is done). Both motors share one packet, so a stop is one packet of zeros.
 */
export function leloF1sVibrate(protocol: string, outputs: OutputValues, withResponse: boolean) {
  return sharedPacket(protocol, outputs, 2, (speeds) => [write("tx", [0x01, ...speeds.map(u8)], withResponse)]);
}

/** The Lelo F1s protocol. */
export const leloF1s = defineProtocol({
  name: NAME,
  create: (_definition, outputs) => ({
    initialize: async (link) => {
      await link.execute({ kind: "subscribe", endpoint: "rx" });
    },
    vibrate: leloF1sVibrate(NAME, outputs, false),
  }),
});
