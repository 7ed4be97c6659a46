/** Svakom Alex Neo: 12 01 03 00 <speed> 00 on tx, where speed 0 is sent as ff (off). */
import { defineProtocol, write } from "../protocol";
import { u8 } from "./helpers";

const NAME = "svakom-alex";

/** The Svakom Alex protocol. */
export const svakomAlex = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x12, 0x01, 0x03, 0x00, speed === 0 ? 0xff : u8(speed), 0x00])],
  }),
});
