/** Sensee (first generation; STPIHKAL: sensee): `55 aa f0 01 01 0b 65 f7 01 01 level` on `tx`. */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Sensee: fixed 11-byte frame ending in the level. */
export const sensee = defineProtocol({
  name: "sensee",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x55, 0xaa, 0xf0, 0x01, 0x01, 0x0b, 0x65, 0xf7, 0x01, 0x01, u8(speed)])],
  }),
});
