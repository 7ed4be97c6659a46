/** Svakom Pulse family: 55 03 03 00 <on> <speed + 1> on tx (the device's levels start at 1). */
import { write, type Protocol } from "../protocol";
import { onOff, statelessHandler, u8 } from "./helpers";

const NAME = "svakom-pulse";

/** The Svakom Pulse protocol. */
export const svakomPulse: Protocol = {
  name: NAME,
  create: () =>
    statelessHandler(NAME, (_featureIndex, out) =>
      out.type === "Vibrate" ? [write("tx", [0x55, 0x03, 0x03, 0x00, onOff(out.value), u8(out.value + 1)])] : undefined,
    ),
};
