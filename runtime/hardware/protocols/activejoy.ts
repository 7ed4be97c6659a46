import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** ActiveJoy (IntoYou): `b0 01 00 FeatureIndex on level` on `tx` — mode 01 is vibration, on = 1 when level > 0. */
export const activejoy: Protocol = {
  name: "activejoy",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("activejoy", featureIndex, command, {
        Vibrate: (index, speed) => [write("tx", [0xb0, 0x01, 0x00, u8(index), speed === 0 ? 0x00 : 0x01, u8(speed)])],
      }),
  }),
};
