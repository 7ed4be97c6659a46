/** Aneros Vivi (STPIHKAL: aneros): `f1+FeatureIndex level` on `tx`, one motor per frame. */
import { write, type Protocol } from "../protocol";
import { encodeOutput } from "./output-encoders";
import { u8 } from "./helpers";

/** Aneros: motor selector byte (f1, f2) then the level. */
export const aneros: Protocol = {
  name: "aneros",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("aneros", featureIndex, command, {
        Vibrate: (index, speed) => [write("tx", [u8(0xf1 + index), u8(speed)])],
      }),
  }),
};
