/**
 * Kiiroo v3 (Keon Wifi over BLE): the reference drives it with the Kiiroo v2.1 byte format and
 * no handshake, so it is that protocol under its own key.
 */
import { defineProtocol } from "../protocol";
import { kiirooV21Outputs, readV21Battery } from "./kiiroo-v21";

/** The Kiiroo v3 protocol. */
export const kiirooV3 = defineProtocol({
  name: "kiiroo-v3",
  create: () => ({ ...kiirooV21Outputs(), readInput: readV21Battery }),
});
