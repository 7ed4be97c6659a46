import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** ActiveJoy (IntoYou): `b0 01 00 FeatureIndex on level` on `tx` — mode 01 is vibration, on = 1 when level > 0. */
export const activejoy = defineProtocol({
  name: "activejoy",
  create: () => ({
    vibrate: (index, speed) => [write("tx", [0xb0, 0x01, 0x00, u8(index), speed === 0 ? 0x00 : 0x01, u8(speed)])],
  }),
});
