import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Love Distance: on connect `f3 00 00` then `f4 01` on `tx`; then `f3 00 level`. */
export const lovedistance = defineProtocol({
  name: "lovedistance",
  create: () => ({
    initialize: async (link) => {
      await link.execute(write("tx", [0xf3, 0x00, 0x00]));
      await link.execute(write("tx", [0xf4, 0x01]));
    },
    vibrate: (_index, speed) => [write("tx", [0xf3, 0x00, u8(speed)])],
  }),
});
