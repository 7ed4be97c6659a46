import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/**
 * iToys: frames on `tx` — vibrate `a0 01 00 00 level ff`; oscillate `a0 06 on 00 on level`
 * with on = 1 when level > 0.
 */
export const itoys: Protocol = {
  name: "itoys",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("itoys", featureIndex, command, {
        Vibrate: (_index, speed) => [write("tx", [0xa0, 0x01, 0x00, 0x00, u8(speed), 0xff])],
        Oscillate: (_index, speed) => {
          const on = speed === 0 ? 0x00 : 0x01;
          return [write("tx", [0xa0, 0x06, on, 0x00, on, u8(speed)])];
        },
      }),
  }),
};
