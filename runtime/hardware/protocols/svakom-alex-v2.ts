/** Svakom Alex Neo 2: 55 03 03 00 <speed> <speed + 5> on tx. */
import { write, type Protocol } from "../protocol";
import { statelessHandler, u8 } from "./helpers";

const NAME = "svakom-alex-v2";

/** The Svakom Alex v2 protocol. */
export const svakomAlexV2: Protocol = {
  name: NAME,
  create: () =>
    statelessHandler(NAME, (_featureIndex, out) =>
      out.type === "Vibrate" ? [write("tx", [0x55, 0x03, 0x03, 0x00, u8(out.value), u8(out.value + 5)])] : undefined,
    ),
};
