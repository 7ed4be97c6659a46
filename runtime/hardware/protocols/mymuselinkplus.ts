import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** MyMuse Link Plus: `aa 55 06 01 01 01 level ff` on `tx`; off is `aa 55 06 aa 00 00 00 00`. */
export const mymuselinkplus = defineProtocol({
  name: "mymuselinkplus",
  create: () => ({
    vibrate: (_index, speed) => [
      write(
        "tx",
        speed === 0
          ? [0xaa, 0x55, 0x06, 0xaa, 0x00, 0x00, 0x00, 0x00]
          : [0xaa, 0x55, 0x06, 0x01, 0x01, 0x01, u8(speed), 0xff],
      ),
    ],
  }),
});
