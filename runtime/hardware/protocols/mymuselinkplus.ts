import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/** MyMuse Link Plus: `aa 55 06 01 01 01 level ff` on `tx`; off is `aa 55 06 aa 00 00 00 00`. */
export const mymuselinkplus: Protocol = {
  name: "mymuselinkplus",
  create: () => ({
    output: (featureIndex, command) =>
      encodeOutput("mymuselinkplus", featureIndex, command, {
        Vibrate: (_index, speed) => [
          write(
            "tx",
            speed === 0
              ? [0xaa, 0x55, 0x06, 0xaa, 0x00, 0x00, 0x00, 0x00]
              : [0xaa, 0x55, 0x06, 0x01, 0x01, 0x01, u8(speed), 0xff],
          ),
        ],
      }),
  }),
};
