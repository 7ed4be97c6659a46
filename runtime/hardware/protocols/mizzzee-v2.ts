import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Mizz Zee v2: `69 96 04 02 level 2c level` on `tx`. */
export const mizzzeeV2 = defineProtocol({
  name: "mizzzee-v2",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x69, 0x96, 0x04, 0x02, u8(speed), 0x2c, u8(speed)])],
  }),
});
