import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Mizz Zee v2: `69 96 04 02 level 2c level` on `tx`. */
export const mizzzeeV2: Protocol = {
  name: "mizzzee-v2",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("mizzzee-v2", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0x69, 0x96, 0x04, 0x02, u8(speed), 0x2c, u8(speed)])],
      }),
  }),
};
