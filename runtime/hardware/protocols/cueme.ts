import { deviceError } from "../../errors";
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** How long each running motor gets before the next one takes over (ms). */
export const CUEME_SWITCH_MS = 500;

/**
 * Cueme underwear names are `FUNCODE_<reversed MAC>_<garment>`; the garment digit (1 men's, 2 bra,
 * 3 women's) is the configuration identifier.
 */
export function cuemeIdentifier(name: string): string | undefined {
  const parts = name.split("_");
  return parts.length === 3 ? parts[2] : undefined;
}

/**
 * Cueme (STPIHKAL: cueme; the reference server has the devices in its config but no encoding):
 * one byte on `tx`, `(motor << 4) | level` with motors 1…8 and levels 0…15, `00` for off. Only one
 * motor runs at a time, so with several motors on, an update loop switches between them every
 * 500 ms (as Buttplug's earlier C# server did).
 */
export const cueme = defineProtocol({
  name: "cueme",
  identify: async (link) => cuemeIdentifier(link.name),
  create: (definition, outputs) => {
    const motors = definition.features.filter((f) => f.Output != null).length;
    /** Levels 0…15 of every motor. */
    const levels = () => outputs.slots(motors).map((speed) => speed & 0x0f);
    /** The motor on show now. */
    let current = 0;
    const frame = () => {
      const level = levels()[current] ?? 0;
      return [write("tx", [level === 0 ? 0x00 : u8(((current + 1) << 4) | level)])];
    };
    /** Move to the next running motor after the current one, if any. */
    const advance = () => {
      const now = levels();
      for (let step = 1; step <= motors; step++) {
        const next = (current + step) % motors;
        if (now[next] > 0) {
          current = next;
          return;
        }
      }
    };
    return {
      vibrate: (index, speed) => {
        if (index >= motors) throw deviceError(`Cueme has ${motors} motors, no FeatureIndex ${index}`);
        // Show the change at once: the changed motor if it runs, else whichever still runs.
        if ((speed & 0x0f) > 0) current = index;
        else if (levels()[current] === 0) advance();
        return frame();
      },
      keepalive: () => {
        if (levels().filter((l) => l > 0).length < 2)
          return { intervalMs: CUEME_SWITCH_MS, commands: [], updateLoop: true };
        advance();
        return { intervalMs: CUEME_SWITCH_MS, commands: frame(), updateLoop: true };
      },
    };
  },
});
