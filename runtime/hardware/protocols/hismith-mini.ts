/**
 * Hismith "mini" family (newer Hismith, Sinloli, Eropair, Auxfun; STPIHKAL: hismith). Every
 * command is `cc idx value value+idx` on `tx`. The slot depends on the device's features: the
 * oscillator and a lone vibrator use slot 3/5 as below, a second vibrator of a dual-vibe device
 * is slot 5 and its first is slot 3, and a pump is slot 5 when it is the second feature.
 * Rotation is two frames: speed on slot 3, then direction `cc 01 c0 c1` (clockwise) or
 * `cc 01 c1 c2`. The model number is read from `rxblemodel` (hex string) to pick the configuration.
 */
import { type DeviceDefinition, defineProtocol, type HardwareLink, type OutputMethods, write } from "../protocol";
import { hasOutput, u8 } from "./helpers";

/** Read the model number Hismith devices expose on `rxblemodel`, as lower-case hex ("2205"). */
export async function readHismithModel(link: HardwareLink): Promise<string> {
  const data = await link.execute({ kind: "read", endpoint: "rxblemodel", length: 128, timeoutMs: 500 });
  return Array.from(data, (b) => b.toString(16).padStart(2, "0")).join("");
}

const frame = (idx: number, value: number) => write("tx", [0xcc, idx, u8(value), u8(value + idx)]);

/** The hismith-mini output methods for a definition (also used by `hismith` for non-legacy models). */
export function hismithMiniOutputs(
  definition: DeviceDefinition,
): Required<Pick<OutputMethods, "oscillate" | "vibrate" | "constrict" | "rotate" | "spray">> {
  const dualVibe = definition.features.filter((f) => hasOutput(f, "Vibrate")).length >= 2;
  const secondConstrict = definition.features.findIndex((f) => hasOutput(f, "Constrict")) === 1;
  return {
    oscillate: (_index, speed) => [frame(0x03, speed)],
    vibrate: (index, speed) => [frame(!dualVibe || index === 1 ? 0x05 : 0x03, speed)],
    constrict: (_index, level) => [frame(secondConstrict ? 0x05 : 0x03, level)],
    rotate: (_index, speed) => [
      frame(0x03, Math.abs(speed)),
      write("tx", speed >= 0 ? [0xcc, 0x01, 0xc0, 0xc1] : [0xcc, 0x01, 0xc1, 0xc2]),
    ],
    // The reference sends the spray trigger for any value; 0 (what Stop sends) must not spray.
    spray: (_index, level) => (level === 0 ? [] : [write("tx", [0xcc, 0x0b, 0x01, 0x0c])]),
  };
}

/** Hismith mini family: `cc idx value checksum` frames. */
export const hismithMini = defineProtocol({
  name: "hismith-mini",
  identify: readHismithModel,
  create: hismithMiniOutputs,
});
