import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Amorelie Joy: on connect `03` on `tx`; then `01 01 level` (pattern 1 = steady). */
export const amorelieJoy = defineProtocol({
  name: "amorelie-joy",
  create: () => ({
    initialize: async (link) => {
      await link.execute(write("tx", [0x03]));
    },
    vibrate: (_index, speed) => [write("tx", [0x01, 0x01, u8(speed)])],
  }),
});
