import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Cupido: `b0 03 00 00 00 level aa` on `tx`. */
export const cupido = defineProtocol({
  name: "cupido",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0xb0, 0x03, 0x00, 0x00, 0x00, u8(speed), 0xaa])],
  }),
});
