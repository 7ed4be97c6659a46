/** Picobong (STPIHKAL: picobong): `01 mode level` on `tx`; mode 01 = steady, ff = off (level 0). */
import { write, type Protocol } from "../protocol";
import { encodeOutput } from "./output-encoders";
import { u8 } from "./helpers";

/** Picobong: mode byte then level. */
export const picobong: Protocol = {
  name: "picobong",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("picobong", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0x01, speed === 0 ? 0xff : 0x01, u8(speed)])],
      }),
  }),
};
