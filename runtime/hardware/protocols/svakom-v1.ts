/** Svakom v1 (Ella, Emma Neo, Phoenix Neo): 55 04 03 00 <on> <speed> on tx. */
import { write, type Protocol } from "../protocol";
import { onOff, statelessHandler, u8 } from "./helpers";

const NAME = "svakom-v1";

/** The Svakom v1 protocol. */
export const svakomV1: Protocol = {
  name: NAME,
  create: () =>
    statelessHandler(NAME, (_featureIndex, out) =>
      out.type === "Vibrate" ? [write("tx", [0x55, 0x04, 0x03, 0x00, onOff(out.value), u8(out.value)])] : undefined,
    ),
};
