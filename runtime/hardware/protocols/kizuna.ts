import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Kizuna Smart (serial): the speed as one ASCII digit then CR LF on `tx` (`5\r\n`). */
export const kizuna = defineProtocol({
  name: "kizuna",
  create: () => ({
    rotate: (_index, speed) => [write("tx", [u8(48 + u8(speed)), 0x0d, 0x0a])],
  }),
});
