/** Picobong (STPIHKAL: picobong): `01 mode level` on `tx`; mode 01 = steady, ff = off (level 0). */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Picobong: mode byte then level. */
export const picobong = defineProtocol({
  name: "picobong",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x01, speed === 0 ? 0xff : 0x01, u8(speed)])],
  }),
});
