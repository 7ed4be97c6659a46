import { write, defineProtocol } from "../protocol";
import { ascii } from "./helpers";

/** Adrien Lastic: ASCII `MotorValue:<level, 2+ digits>;` on `tx`, written with response. */
export const adrienlastic = defineProtocol({
  name: "adrienlastic",
  create: () => ({
    vibrate: (_index, speed) => [write("tx", ascii(`MotorValue:${String(speed).padStart(2, "0")};`), true)],
  }),
});
