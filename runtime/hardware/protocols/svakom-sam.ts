/**
 * Svakom Sam Neo: vibration 12 01 03 00 <04 when running, else 00> <speed> on second-generation units
 * (those with a txmode or firmware endpoint), 12 01 03 00 05 <speed> on the first; suction
 * 12 06 01 <level>. Init subscribes to rx.
 */
import { defineProtocol, write } from "../protocol";
import { u8 } from "./helpers";

/** The Svakom Sam protocol. */
export const svakomSam = defineProtocol({
  name: "svakom-sam",
  create: () => {
    /** Second generation: speed control. Decided from the endpoints at initialize(). */
    let gen2 = false;
    return {
      initialize: async (link) => {
        await link.execute({ kind: "subscribe", endpoint: "rx" });
        // Units with only a firmware endpoint are treated as second generation too (single-speed in practice).
        gen2 = link.endpoints.has("txmode") || link.endpoints.has("firmware");
      },
      vibrate: (_index, speed) => {
        const s = u8(speed);
        return [
          write("tx", gen2 ? [0x12, 0x01, 0x03, 0x00, s === 0 ? 0x00 : 0x04, s] : [0x12, 0x01, 0x03, 0x00, 0x05, s]),
        ];
      },
      constrict: (_index, level) => [write("tx", [0x12, 0x06, 0x01, u8(level)])],
    };
  },
});
