/**
 * Nobra's Silicone Dreams (STPIHKAL: nobra): one byte on `tx`, `60+level` (levels 1…15) or `70`
 * for off. The device is sent the off byte once when it connects.
 */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

const OFF = 0x70;

/** Nobra: single-byte levels, 0x70 = off. */
export const nobra = defineProtocol({
  name: "nobra",
  create: () => ({
    initialize: async (link) => {
      await link.execute(write("tx", [OFF]));
    },
    vibrate: (_index, speed) => [write("tx", [speed === 0 ? OFF : u8(0x60 + speed)])],
  }),
});
