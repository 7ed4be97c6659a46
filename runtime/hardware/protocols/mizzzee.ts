import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Mizz Zee (first generation): `69 96 03 01 on level` on `tx`, on = 1 when level > 0. */
export const mizzzee = defineProtocol({
  name: "mizzzee",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x69, 0x96, 0x03, 0x01, speed === 0 ? 0x00 : 0x01, u8(speed)])],
  }),
});
