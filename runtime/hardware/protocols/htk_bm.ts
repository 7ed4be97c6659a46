import { write, defineProtocol } from "../protocol";
import { deviceError } from "../../errors";

/**
 * HTK breast massager: the two on/off motors are one mode byte on `tx` — 0b both, 0c left only,
 * 0d right only, 0f off — so the handler keeps each motor's state.
 */
export const htkBm = defineProtocol({
  name: "htk_bm",
  create: () => {
    const on = [false, false];
    return {
      vibrate: (index, speed) => {
        if (index > 1) throw deviceError(`HTK massager has motors at FeatureIndex 0 and 1, not ${index}`);
        on[index] = speed !== 0;
        const [left, right] = on;
        return [write("tx", [left && right ? 11 : left ? 12 : right ? 13 : 15])];
      },
    };
  },
});
