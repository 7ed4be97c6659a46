/** Svakom Pulse family: 55 03 03 00 <on> <speed + 1> on tx (the device's levels start at 1). */
import { defineProtocol, write } from "../protocol";
import { onOff, u8 } from "./helpers";

const NAME = "svakom-pulse";

/** The Svakom Pulse protocol. */
export const svakomPulse = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x55, 0x03, 0x03, 0x00, onOff(speed), u8(speed + 1)])],
  }),
});
