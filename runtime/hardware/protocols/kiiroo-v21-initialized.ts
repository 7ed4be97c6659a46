/**
 * Kiiroo v2.1 with a handshake (Onyx 2.1, Onyx+, Keon, Rocketman…): the Kiiroo v2.1 byte format
 * (01 <speed>; strokes 03 00 <Launch-curve speed> <position>) after an init that writes
 * 03 00 64 19 then 03 00 64 00 to tx, both with response.
 */
import { defineProtocol, write } from "../protocol";
import { executeAll } from "./helpers";
import { kiirooV21Outputs } from "./kiiroo-v21";

/** The Kiiroo v2.1 (initialized) protocol: the v2.1 format after a two-packet handshake. */
export const kiirooV21Initialized = defineProtocol({
  name: "kiiroo-v21-initialized",
  create: () => ({
    ...kiirooV21Outputs(),
    initialize: async (link) => {
      await executeAll(link, [
        write("tx", [0x03, 0x00, 0x64, 0x19], true),
        write("tx", [0x03, 0x00, 0x64, 0x00], true),
      ]);
    },
  }),
});
