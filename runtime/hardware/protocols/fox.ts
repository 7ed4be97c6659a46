import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Fox: `03 01 01 fe level` on `tx`. */
export const fox = defineProtocol({
  name: "fox",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", [0x03, 0x01, 0x01, 0xfe, u8(speed)])],
  }),
});
