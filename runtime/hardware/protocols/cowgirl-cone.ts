import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** How long the Cowgirl Cone needs after its wake-up frame before it takes commands (ms). */
export const COWGIRL_CONE_STARTUP_MS = 3000;

/**
 * The Cowgirl Cone: on connect, `aa 56 00 00` on `tx`, then a 3 s wait; then `f1 01 level 00`.
 */
export const cowgirlCone = defineProtocol({
  name: "cowgirl-cone",
  create: () => ({
    initialize: async (link) => {
      await link.execute(write("tx", [0xaa, 0x56, 0x00, 0x00]));
      await new Promise((resolve) => setTimeout(resolve, COWGIRL_CONE_STARTUP_MS));
    },
    vibrate: (_index, speed) => [write("tx", [0xf1, 0x01, u8(speed), 0x00])],
  }),
});
