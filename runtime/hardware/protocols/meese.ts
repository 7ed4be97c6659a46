import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Meese: `01 80 01+FeatureIndex level` on `tx`, one motor per frame, written with response. */
export const meese = defineProtocol({
  name: "meese",
  create: () => ({
    vibrate: (index, speed) => [write("tx", [0x01, 0x80, u8(0x01 + index), u8(speed)], true)],
  }),
});
