import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Love Nuts: `45 56 4f 4c` ("EVOL"), the level in both nibbles ten times over, then `00 ff`, on `tx`. */
export const lovenuts = defineProtocol({
  name: "lovenuts",
  create: () => ({
    vibrate: (_index, speed) => {
      const level = u8(speed | (speed << 4));
      return [write("tx", [0x45, 0x56, 0x4f, 0x4c, ...Array<number>(10).fill(level), 0x00, 0xff])];
    },
  }),
});
