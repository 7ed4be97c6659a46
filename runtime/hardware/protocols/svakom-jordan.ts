/** Svakom Jordan: vibration 55 03 00 00 <on> <speed> 00, oscillation 55 08 00 00 <on> <speed> 00. */
import { defineProtocol, write } from "../protocol";
import { onOff, u8 } from "./helpers";

const NAME = "svakom-jordan";

/** The Svakom Jordan protocol. */
export const svakomJordan = defineProtocol({
  name: NAME,
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x55, 0x03, 0x00, 0x00, onOff(u8(speed)), u8(speed), 0x00])],
    oscillate: (_index, speed) => [write("tx", [0x55, 0x08, 0x00, 0x00, onOff(u8(speed)), u8(speed), 0x00])],
  }),
});
