import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * The Cowgirl / The Unicorn: vibration and rotation share one frame on `tx`, written with
 * response, `00 01 vibrate rotate`, so the handler keeps both levels.
 */
export const cowgirl = defineProtocol({
  name: "cowgirl",
  create: () => {
    let vibrate = 0;
    let rotate = 0;
    const frame = () => [write("tx", [0x00, 0x01, vibrate, rotate], true, ["all"])];
    return {
      vibrate: (_index, speed) => {
        vibrate = u8(speed);
        return frame();
      },
      rotate: (_index, speed) => {
        rotate = u8(speed);
        return frame();
      },
    };
  },
});
