import { defineProtocol, write } from "../protocol";
import { u8 } from "./helpers";

/**
 * Rez TranceVibrator (USB 0b49:064f): the speed alone on `txvendorcontrol`, which the USB link sends
 * as a vendor control transfer (request 1, value = speed). Source: buttplug PR #505 ("Restore USB
 * and Rez trance vibrator support", never merged); the reference's config lists the device but the
 * reference has no implementation.
 */
export const rezTrancevibrator = defineProtocol({
  name: "rez-trancevibrator",
  create: () => ({
    vibrate: (_index, speed) => [write("txvendorcontrol", [u8(speed)])],
  }),
});
