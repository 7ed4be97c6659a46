/** Xiuxiuda (XXD-Lush*): `00 00 00 00 65 3a 30 level 64` on `tx`. */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Xiuxiuda: fixed 9-byte frame with the level at byte 7. */
export const xiuxiuda = defineProtocol({
  name: "xiuxiuda",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x00, 0x00, 0x00, 0x00, 0x65, 0x3a, 0x30, u8(speed), 0x64])],
  }),
});
