import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

const OFF = [0x80, 0x03];

/** WeToy: `80 03` (off) on connect and for level 0, else `b2 level-1`; all written with response. */
export const wetoy = defineProtocol({
  name: "wetoy",
  create: () => ({
    initialize: async (link) => {
      await link.execute(write("tx", OFF, true));
    },
    vibrate: (_index, speed) => [write("tx", speed === 0 ? OFF : [0xb2, u8(speed - 1)], true)],
  }),
});
