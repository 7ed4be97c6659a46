import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Sexverse v5 (Heart): `aa 03 03 level 00 00 00` on `tx`. */
export const sexverseV5 = defineProtocol({
  name: "sexverse-v5",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0xaa, 0x03, 0x03, u8(speed), 0x00, 0x00, 0x00])],
  }),
});
