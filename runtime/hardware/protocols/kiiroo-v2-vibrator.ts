/**
 * Kiiroo v2 vibrators (Pearl 2, Fuse, Titan, Virtual Rabbit/Blowbot): three motor bytes in one
 * packet on tx; models with fewer motors leave the rest at 0.
 */
import { defineProtocol, write } from "../protocol";
import { sharedPacket, u8 } from "./helpers";

const NAME = "kiiroo-v2-vibrator";

/** The Kiiroo v2 vibrator protocol. */
export const kiirooV2Vibrator = defineProtocol({
  name: NAME,
  create: (_definition, outputs) => ({
    vibrate: sharedPacket(NAME, outputs, 3, (speeds) => [write("tx", speeds.map(u8))]),
  }),
});
