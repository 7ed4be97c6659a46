import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Love Distance: on connect `f3 00 00` then `f4 01` on `tx`; then `f3 00 level`. */
export const lovedistance: Protocol = {
  name: "lovedistance",
  create: () => ({
    initialize: async (link) => {
      await link.execute(write("tx", [0xf3, 0x00, 0x00]));
      await link.execute(write("tx", [0xf4, 0x01]));
    },
    output: (featureIndex, command) =>
      encodeOutput("lovedistance", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0xf3, 0x00, u8(speed)])],
      }),
  }),
};
