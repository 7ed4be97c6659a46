/**
 * Satisfyer: every motor's speed repeated four times, all motors in one packet on tx
 * (dual: a a a a b b b b). Init writes 01 to the command endpoint (with response).
 *
 * Identification: the model number is the 4-byte big-endian integer of the advertisement's
 * manufacturer data, or, when that is not at hand, of the Device Information "model number"
 * characteristic (rxblemodel), e.g. 00 00 27 b0 → "10160".
 *
 * The device stops on its own unless it hears from the host: the last packet is repeated every 3 s.
 */
import { defineProtocol, type HardwareLink, write } from "../protocol";
import { countOutputs, sharedPacket, u8 } from "./helpers";

const NAME = "satisfyer";
/** How often the last packet is re-sent so the device keeps running. */
export const KEEPALIVE_MS = 3000;

/**
 * Model number from manufacturer data or the model characteristic: the bytes as a big-endian u32
 * when there are exactly four of them, else "0" (as the reference does).
 */
export function satisfyerIdentifier(data: ArrayLike<number>): string {
  if (data.length !== 4) return "0";
  return String(((data[0] << 24) >>> 0) + (data[1] << 16) + (data[2] << 8) + data[3]);
}

/** The Satisfyer protocol. */
export const satisfyer = defineProtocol({
  name: NAME,

  async identify(link: HardwareLink): Promise<string | undefined> {
    const advertised = link.manufacturerData?.find((m) => m.data.length > 0);
    if (advertised) return satisfyerIdentifier(advertised.data);
    const model = await link.execute({ kind: "read", endpoint: "rxblemodel", length: 128, timeoutMs: 500 });
    return satisfyerIdentifier(model);
  },

  create: (definition, outputs) => {
    const motors = countOutputs(definition);
    /** Four bytes per motor, all motors in one packet. */
    const packet = () =>
      write(
        "tx",
        outputs.slots(motors).flatMap((s) => [u8(s), u8(s), u8(s), u8(s)]),
        false,
        ["all"],
      );
    return {
      initialize: async (link) => {
        await link.execute(write("command", [0x01], true));
      },
      vibrate: sharedPacket(NAME, outputs, motors, () => [packet()]),
      // The current packet, repeated every 3 s (a stopped device gets zeros, as after connect).
      keepalive: () => ({ intervalMs: KEEPALIVE_MS, commands: [packet()], repeatsLastPacket: true }),
    };
  },
});
