/**
 * Kiiroo v3 (Keon Wifi over BLE): the reference drives it with the Kiiroo v2.1 byte format and
 * no handshake, so it is that protocol under its own key.
 */
import type { Protocol } from "../protocol";
import { kiirooV21 } from "./kiiroo-v21";

/** The Kiiroo v3 protocol. */
export const kiirooV3: Protocol = {
  name: "kiiroo-v3",
  create: (definition) => kiirooV21.create(definition),
};
