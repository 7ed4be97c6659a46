import { defineProtocol, write } from "../protocol";
import { motorSlots } from "./helpers";

/**
 * HTK breast massager: the two on/off motors are one mode byte on `tx` — 0b both, 0c left only,
 * 0d right only, 0f off.
 */
export const htkBm = defineProtocol({
  name: "htk_bm",
  create: (_definition, outputs) => ({
    vibrate: (index) => {
      const [left, right] = motorSlots("htk_bm", outputs, 2, index).map((speed) => speed !== 0);
      return [write("tx", [left && right ? 11 : left ? 12 : right ? 13 : 15], false, ["all"])];
    },
  }),
});
