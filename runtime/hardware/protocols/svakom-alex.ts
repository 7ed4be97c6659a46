/** Svakom Alex Neo: 12 01 03 00 <speed> 00 on tx, where speed 0 is sent as ff (off). */
import { write, type Protocol } from "../protocol";
import { statelessHandler, u8 } from "./helpers";

const NAME = "svakom-alex";

/** The Svakom Alex protocol. */
export const svakomAlex: Protocol = {
  name: NAME,
  create: () =>
    statelessHandler(NAME, (_featureIndex, out) =>
      out.type === "Vibrate"
        ? [write("tx", [0x12, 0x01, 0x03, 0x00, out.value === 0 ? 0xff : u8(out.value), 0x00])]
        : undefined,
    ),
};
