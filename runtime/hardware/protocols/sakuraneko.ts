/**
 * Sakuraneko (STPIHKAL: sakuraneko): 12-byte frames on `tx`,
 * vibrate `a1 08 01 00 00 00 64 level 00 64 df 55`, rotate `a2 08 01 00 00 00 64 level 00 32 df 55`.
 */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Sakuraneko: fixed frames with the level at byte 7. */
export const sakuraneko = defineProtocol({
  name: "sakuraneko",
  create: () => ({
    vibrate: (_index, speed) => [
      write("tx", [0xa1, 0x08, 0x01, 0x00, 0x00, 0x00, 0x64, u8(speed), 0x00, 0x64, 0xdf, 0x55]),
    ],
    rotate: (_index, speed) => [
      write("tx", [0xa2, 0x08, 0x01, 0x00, 0x00, 0x00, 0x64, u8(speed), 0x00, 0x32, 0xdf, 0x55]),
    ],
  }),
});
