import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Pink Punch: `09 level` on `tx`, written with response. */
export const pinkPunch = defineProtocol({
  name: "pink_punch",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x09, u8(speed)], true)],
  }),
});
