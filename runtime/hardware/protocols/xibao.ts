import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Xibao masturbation cup: `66 3a 00 06 00 06 01 02 00 02 04 level level+b5` on `tx`. */
export const xibao = defineProtocol({
  name: "xibao",
  create: () => ({
    oscillate: (_index, speed) => [
      write("tx", [0x66, 0x3a, 0x00, 0x06, 0x00, 0x06, 0x01, 0x02, 0x00, 0x02, 0x04, u8(speed), u8(speed + 0xb5)]),
    ],
  }),
});
