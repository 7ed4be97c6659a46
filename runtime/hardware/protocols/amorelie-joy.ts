import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Amorelie Joy: on connect `03` on `tx`; then `01 01 level` (pattern 1 = steady). */
export const amorelieJoy: Protocol = {
  name: "amorelie-joy",
  create: () => ({
    initialize: async (link) => {
      await link.execute(write("tx", [0x03]));
    },
    output: (featureIndex, command) =>
      encodeOutput("amorelie-joy", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0x01, 0x01, u8(speed)])],
      }),
  }),
};
