import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** MaxPro 2: `55 04 07 ff ff 3f level 5f level sum` on `tx`, sum = byte-wise sum of the nine bytes before it. */
export const maxpro = defineProtocol({
  name: "maxpro",
  create: () => ({
    vibrate: (_index, speed) => {
      const data = [0x55, 0x04, 0x07, 0xff, 0xff, 0x3f, u8(speed), 0x5f, u8(speed)];
      return [write("tx", [...data, data.reduce((a, b) => u8(a + b), 0)])];
    },
  }),
});
