/** Pretty Love (Aogu BLE; STPIHKAL: prettylove): `00 level` on `tx`, written with response. */
import { write, type Protocol } from "../protocol";
import { encodeOutput } from "./output-encoders";
import { u8 } from "./helpers";

/** Pretty Love: two-byte frame, write-with-response. */
export const prettylove: Protocol = {
  name: "prettylove",
  // The reference server files every Pretty Love device under this one identifier.
  identify: async () => "Aogu BLE",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("prettylove", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0x00, u8(speed)], true)],
      }),
  }),
};
