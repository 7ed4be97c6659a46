/** Pretty Love (Aogu BLE; STPIHKAL: prettylove): `00 level` on `tx`, written with response. */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Pretty Love: two-byte frame, write-with-response. */
export const prettylove = defineProtocol({
  name: "prettylove",
  // The reference server files every Pretty Love device under this one identifier.
  identify: async () => "Aogu BLE",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x00, u8(speed)], true)],
  }),
});
