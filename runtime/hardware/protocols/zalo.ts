import { defineProtocol, write } from "../protocol";
import { motorSlots, u8 } from "./helpers";

/**
 * Zalo: both motors in one frame `mode m0 m1` on `tx`, written with response, so the handler keeps
 * each motor's level. Mode 02 is off (both motors 0), 01 is on; a motor at 0 is sent as 01.
 */
export const zalo = defineProtocol({
  name: "zalo",
  create: (_definition, outputs) => {
    return {
      vibrate: (index) => {
        const [m0, m1] = motorSlots("zalo", outputs, 2, index).map(u8);
        return [write("tx", [m0 === 0 && m1 === 0 ? 0x02 : 0x01, m0 === 0 ? 0x01 : m0, m1 === 0 ? 0x01 : m1], true)];
      },
    };
  },
});
