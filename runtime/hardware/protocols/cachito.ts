import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Cachito: `02+FeatureIndex 01+FeatureIndex level 00` on `tx`, one motor per frame. */
export const cachito = defineProtocol({
  name: "cachito",
  create: () => ({
    vibrate: (index, speed) => [write("tx", [u8(2 + index), u8(1 + index), u8(speed), 0x00])],
  }),
});
