import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Omobo ViVegg: `a1 04 04 01 level ff 55` on `tx`, written with response. */
export const omobo = defineProtocol({
  name: "omobo",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0xa1, 0x04, 0x04, 0x01, u8(speed), 0xff, 0x55], true)],
  }),
});
