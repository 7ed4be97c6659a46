import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Synchro: `a1 01 speed|dir 77 55` on `tx`, where dir is 80 for counterclockwise. */
export const synchro = defineProtocol({
  name: "synchro",
  create: () => ({
    rotate: (_index, speed) => [
      write("tx", [0xa1, 0x01, u8(Math.abs(speed) | (speed >= 0 ? 0x00 : 0x80)), 0x77, 0x55]),
    ],
  }),
});
