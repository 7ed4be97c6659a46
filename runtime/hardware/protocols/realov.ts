/** Realov (STPIHKAL: realov): `c5 55 level aa` on `tx`. */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Realov: level framed by c5 55 … aa. */
export const realov = defineProtocol({
  name: "realov",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0xc5, 0x55, u8(speed), 0xaa])],
  }),
});
