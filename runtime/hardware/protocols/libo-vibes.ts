/**
 * Libo vibes (STPIHKAL: libo/libo-vibes). Feature 0 is one byte on `tx`; feature 1 (the second
 * motor, 0…3) one byte on `txmode`. Stopping feature 0 also writes 0 to `txmode`, because
 * single-motor models keep running a pattern set there.
 */
import { write, type HardwareCommand, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Libo vibes: one byte per motor on `tx` / `txmode`. */
export const liboVibes = defineProtocol({
  name: "libo-vibes",
  create: () => ({
    vibrate: (index, speed): HardwareCommand[] => {
      if (index === 0) {
        const commands = [write("tx", [u8(speed)], false, ["all"])];
        if (u8(speed) === 0) commands.push(write("txmode", [0], false, ["all"]));
        return commands;
      }
      if (index === 1) return [write("txmode", [u8(speed)], false, ["all"])];
      return [];
    },
  }),
});
