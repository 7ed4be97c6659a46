import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** DeepSire: `55 04 01 00 00 level aa` on `tx`. */
export const deepsire = defineProtocol({
  name: "deepsire",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x55, 0x04, 0x01, 0x00, 0x00, u8(speed), 0xaa])],
  }),
});
