/** Svakom v1 (Ella, Emma Neo, Phoenix Neo): 55 04 03 00 <on> <speed> on tx. */
import { defineProtocol, write } from "../protocol";
import { onOff, u8 } from "./helpers";

const NAME = "svakom-v1";

/** The Svakom v1 protocol. */
export const svakomV1 = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x55, 0x04, 0x03, 0x00, onOff(speed), u8(speed)])],
  }),
});
