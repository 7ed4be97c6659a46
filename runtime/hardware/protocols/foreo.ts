import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * The Foreo mode byte for a device name: 3 for the LUNA play smart 2, 1 for fofo and UFO models,
 * 0 otherwise (matched on the lower-cased name, as the reference server does).
 */
export function foreoMode(name: string): number {
  const lower = name.toLowerCase();
  if (lower.includes("smart") && lower.includes("2")) return 3;
  if (lower.includes("fofo") || lower.includes("ufo")) return 1;
  return 0;
}

/** Foreo: `01 mode level` on `tx`, written with response; the mode comes from the device name at connect. */
export const foreo = defineProtocol({
  name: "foreo",
  create: () => {
    let mode = 0;
    return {
      initialize: async (link) => {
        mode = foreoMode(link.name);
      },
      vibrate: (_index, speed) => [write("tx", [0x01, mode, u8(speed)], true)],
    };
  },
});
