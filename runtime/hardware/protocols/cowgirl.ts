import { write, type Protocol } from "../protocol";
import { u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

/**
 * The Cowgirl / The Unicorn: vibration and rotation share one frame on `tx`, written with
 * response, `00 01 vibrate rotate`, so the handler keeps both levels.
 */
export const cowgirl: Protocol = {
  name: "cowgirl",
  create: () => {
    let vibrate = 0;
    let rotate = 0;
    const frame = () => [write("tx", [0x00, 0x01, vibrate, rotate], true, ["all"])];
    return {
      output: (featureIndex, command) =>
        encodeOutput("cowgirl", featureIndex, command, {
          Vibrate: (_index, speed) => {
            vibrate = u8(speed);
            return frame();
          },
          Rotate: (_index, speed) => {
            rotate = u8(speed);
            return frame();
          },
        }),
    };
  },
};
