/** Svakom Alex Neo 2: 55 03 03 00 <speed> <speed + 5> on tx. */
import { defineProtocol, write } from "../protocol";
import { u8 } from "./helpers";

const NAME = "svakom-alex-v2";

/** The Svakom Alex v2 protocol. */
export const svakomAlexV2 = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x55, 0x03, 0x03, 0x00, u8(speed), u8(speed + 5)])],
  }),
});
