import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * iToys: frames on `tx` — vibrate `a0 01 00 00 level ff`; oscillate `a0 06 on 00 on level`
 * with on = 1 when level > 0.
 */
export const itoys = defineProtocol({
  name: "itoys",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0xa0, 0x01, 0x00, 0x00, u8(speed), 0xff])],
    oscillate: (_index, speed) => {
      const on = speed === 0 ? 0x00 : 0x01;
      return [write("tx", [0xa0, 0x06, on, 0x00, on, u8(speed)])];
    },
  }),
});
