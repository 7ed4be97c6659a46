import { write, defineProtocol } from "../protocol";
import { ascii, u8 } from "./helpers";

/** Youcups: ASCII `$SYS,<level>?` on `tx`. */
export const youcups = defineProtocol({
  name: "youcups",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", ascii(`$SYS,${u8(speed)}?`))],
  }),
});
