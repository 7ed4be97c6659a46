import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * Luvmazer: frames on `tx` — vibrate `a0 01 00 FeatureIndex 64 level`; rotate
 * `a0 0f 00 00 64 level`; oscillate `a0 06 01 00 64 level`; suction (Constrict)
 * `a0 0d 00 00 on level` with on = 14 while running.
 */
export const luvmazer = defineProtocol({
  name: "luvmazer",
  create: () => ({
    vibrate: (index, speed) => [write("tx", [0xa0, 0x01, 0x00, u8(index), 0x64, u8(speed)])],
    rotate: (_index, speed) => [write("tx", [0xa0, 0x0f, 0x00, 0x00, 0x64, u8(speed)])],
    oscillate: (_index, speed) => [write("tx", [0xa0, 0x06, 0x01, 0x00, 0x64, u8(speed)])],
    constrict: (_index, level) => [write("tx", [0xa0, 0x0d, 0x00, 0x00, level === 0 ? 0x00 : 0x14, u8(level)])],
  }),
});
