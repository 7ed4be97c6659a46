/**
 * Youou wand (VX001_*). One 17-byte frame on `tx`:
 * `aa 55 id 02 03 01 level on xor ff 00×7`, where id is a packet counter that goes up by one per
 * frame (wrapping at 256), on is 1 when level > 0, and xor is the XOR of the eight bytes before it.
 * Levels above about 247 select patterns on the device; the config's range keeps values below.
 */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Youou: counter-stamped frames with an XOR check byte. */
export const youou = defineProtocol({
  name: "youou",
  // The reference server files every Youou under this one identifier.
  identify: async () => "VX001_",
  create: () => {
    let packetId = 0;
    return {
      vibrate: (_index, speed) => {
        const head = [0xaa, 0x55, packetId, 0x02, 0x03, 0x01, u8(speed), speed > 0 ? 1 : 0];
        packetId = u8(packetId + 1);
        const xor = head.reduce((a, b) => a ^ b, 0);
        return [write("tx", [...head, xor, 0xff, 0, 0, 0, 0, 0, 0, 0])];
      },
    };
  },
});
