import { write, defineProtocol } from "../protocol";
import { i8, u8 } from "./helpers";

/**
 * The ServeU speed byte for a move: the needed speed in position units per second, mapped
 * piecewise (≤50 u/s: half; ≤750: 25 + a quarter above 50; ≤2000: 200 + a 25th above 750;
 * faster: fa), 0 when there is no movement.
 */
export function serveuSpeed(from: number, to: number, durationMs: number): number {
  const unitsPerSecond = Math.ceil(Math.abs(i8(to) - i8(from)) / (durationMs / 1000));
  if (unitsPerSecond <= 0.00001) return 0;
  if (unitsPerSecond <= 50) return u8(Math.ceil(unitsPerSecond / 2));
  if (unitsPerSecond <= 750) return u8(Math.ceil((unitsPerSecond - 50) / 4) + 25);
  if (unitsPerSecond <= 2000) return u8(Math.ceil((unitsPerSecond - 750) / 25) + 200);
  return 0xfa;
}

/**
 * ServeU: `01 position speed` on `tx`. The device takes a speed, not a duration, so the handler
 * keeps the last goal position (0 at connect) to work out how fast to go.
 */
export const serveu = defineProtocol({
  name: "serveu",
  create: () => {
    let lastPosition = 0;
    return {
      hwPositionWithDuration: (_index, position, duration) => {
        const goal = u8(position);
        const speed = serveuSpeed(lastPosition, goal, duration);
        lastPosition = goal;
        return [write("tx", [0x01, goal, speed])];
      },
    };
  },
});
