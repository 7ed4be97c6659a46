import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Sexverse v4 (G1, VVD Vkini, Knights): `bb 01 level 66` on `tx`, written with response. */
export const sexverseV4 = defineProtocol({
  name: "sexverse-v4",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0xbb, 0x01, u8(speed), 0x66], true)],
  }),
});
