/**
 * Libo vibes (STPIHKAL: libo/libo-vibes). Feature 0 is one byte on `tx`; feature 1 (the second
 * motor, 0…3) one byte on `txmode`. Stopping feature 0 also writes 0 to `txmode`, because
 * single-motor models keep running a pattern set there.
 *
 * Deliberate difference from the reference: it tags every write with one protocol-wide command id,
 * so in one timing-gap batch the last write replaces all others — a two-motor message drops the
 * `tx` level and a Stop writes only `txmode 00`, leaving a motor running on `tx`. bpkit tags each
 * write with its endpoint: a later write replaces an earlier one on the same endpoint only, so a
 * Stop always reaches both. Pinned by libo-vibes-lala*.yaml.
 */
import { write, type HardwareCommand, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Libo vibes: one byte per motor on `tx` / `txmode`. */
export const liboVibes = defineProtocol({
  name: "libo-vibes",
  create: () => ({
    vibrate: (index, speed): HardwareCommand[] => {
      if (index === 0) {
        const commands = [write("tx", [u8(speed)], false, ["tx"])];
        if (u8(speed) === 0) commands.push(write("txmode", [0], false, ["txmode"]));
        return commands;
      }
      if (index === 1) return [write("txmode", [u8(speed)], false, ["txmode"])];
      return [];
    },
  }),
});
