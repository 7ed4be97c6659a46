import { write, defineProtocol } from "../protocol";
import { ascii } from "./helpers";

/**
 * SayberX stroker (STPIHKAL: sayberx; the reference server has the device in its config but no
 * encoding): ASCII `AT+SPD<nn>` on `tx`, nn = 00…40 in steps of 10, i.e. the level 0…4 followed by
 * a 0.
 */
export const sayberx = defineProtocol({
  name: "sayberx",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", ascii(`AT+SPD${Math.trunc(speed)}0`))],
  }),
});
