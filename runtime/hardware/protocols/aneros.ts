/** Aneros Vivi (STPIHKAL: aneros): `f1+FeatureIndex level` on `tx`, one motor per frame. */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Aneros: motor selector byte (f1, f2) then the level. */
export const aneros = defineProtocol({
  name: "aneros",
  create: () => ({
    vibrate: (index, speed) => [write("tx", [u8(0xf1 + index), u8(speed)])],
  }),
});
