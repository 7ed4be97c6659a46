import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** Kizuna Smart (serial): the speed as one ASCII digit then CR LF on `tx` (`5\r\n`). */
export const kizuna: Protocol = {
  name: "kizuna",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("kizuna", featureIndex, command, {
        Rotate: (_index, speed) => [write("tx", [u8(48 + u8(speed)), 0x0d, 0x0a])],
      }),
  }),
};
