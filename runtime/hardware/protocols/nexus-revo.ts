import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * Nexus Revo: frames on `tx`, written with response — vibrate `aa 01 01 00 01 level`; rotate
 * `aa 01 02 00 code 00` where code is the speed, plus 2 when clockwise (0 = stop, 1-2
 * counterclockwise, 3-4 clockwise).
 */
export const nexusRevo = defineProtocol({
  name: "nexus-revo",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0xaa, 0x01, 0x01, 0x00, 0x01, u8(speed)], true)],
    rotate: (_index, speed) => [
      write("tx", [0xaa, 0x01, 0x02, 0x00, u8(Math.abs(speed) + (speed > 0 ? 2 : 0)), 0x00], true),
    ],
  }),
});
