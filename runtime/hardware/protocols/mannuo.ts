import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** ManNuo: `aa 55 06 01 01 01 level fa xor` on `tx` (xor of the eight bytes before it), written with response. */
export const mannuo = defineProtocol({
  name: "mannuo",
  create: () => ({
    vibrate: (_index, speed) => {
      const data = [0xaa, 0x55, 0x06, 0x01, 0x01, 0x01, u8(speed), 0xfa];
      return [write("tx", [...data, data.reduce((a, b) => a ^ b, 0)], true)];
    },
  }),
});
