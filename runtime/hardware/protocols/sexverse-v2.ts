import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * Sexverse v2 (Nolan, Libo Miao, HH010, Saphette): on connect `aa 04` on `tx`; then
 * `aa 03 01 FeatureIndex+1 64 level` for vibrators and oscillators; all written with response.
 */
export const sexverseV2 = defineProtocol({
  name: "sexverse-v2",
  create: () => {
    const frame = (index: number, speed: number) => [
      write("tx", [0xaa, 0x03, 0x01, u8(index + 1), 0x64, u8(speed)], true),
    ];
    return {
      initialize: async (link) => {
        await link.execute(write("tx", [0xaa, 0x04], true));
      },
      vibrate: frame,
      oscillate: frame,
    };
  },
});
