/**
 * Kiiroo v2 vibrators (Pearl 2, Fuse, Titan, Virtual Rabbit/Blowbot): three motor bytes in one
 * packet on tx; models with fewer motors leave the rest at 0.
 */
import { defineProtocol, write } from "../protocol";
import { motorSlots, u8 } from "./helpers";

const NAME = "kiiroo-v2-vibrator";

/** The Kiiroo v2 vibrator protocol. */
export const kiirooV2Vibrator = defineProtocol({
  name: NAME,
  create: (_definition, outputs) => ({
    // Every motor's bytes, tagged with the commanded feature only (the reference's feature id): a
    // multi-motor message sends one packet per motor, as the reference does.
    vibrate: (featureIndex) => [write("tx", motorSlots(NAME, outputs, 3, featureIndex).map(u8))],
  }),
});
