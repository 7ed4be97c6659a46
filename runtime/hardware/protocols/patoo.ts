import { defineProtocol, write } from "../protocol";
import { motorSlots, u8 } from "./helpers";

/**
 * Patoo Love devices advertise as letters then a serial number ("PBT1234"); the configuration is
 * named by the letters alone.
 */
export function patooIdentifier(name: string): string {
  return /^\D*/.exec(name)![0];
}

/**
 * Patoo: the level on `tx` and a mode on `txmode`, both written with response. Motor 1's level
 * with mode 04 while it runs; else motor 2's level with mode 80 (00 when both are off). The
 * handler keeps both levels.
 */
export const patoo = defineProtocol({
  name: "patoo",
  identify: async (link) => patooIdentifier(link.name),
  create: (_definition, outputs) => {
    return {
      vibrate: (index) => {
        const [first, second] = motorSlots("patoo", outputs, 2, index).map(u8);
        const [level, mode] = first !== 0 ? [first, 0x04] : second !== 0 ? [second, 0x80] : [0, 0x00];
        // Each endpoint's packet holds both motors' state: one id per endpoint, as the reference.
        return [write("tx", [level], true, ["tx"]), write("txmode", [mode], true, ["txmode"])];
      },
    };
  },
});
