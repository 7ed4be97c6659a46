import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * The Cowgirl / The Unicorn: vibration and rotation share one frame on `tx`, written with
 * response, `00 01 vibrate rotate`, so the handler keeps both levels.
 */
export const cowgirl = defineProtocol({
  name: "cowgirl",
  create: (_definition, outputs) => {
    const frame = () => [
      write("tx", [0x00, 0x01, u8(outputs.ofType("Vibrate")), u8(outputs.ofType("Rotate"))], true, ["all"]),
    ];
    return { vibrate: frame, rotate: frame };
  },
});
