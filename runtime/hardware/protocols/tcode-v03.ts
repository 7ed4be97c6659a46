/**
 * TCode v0.3 (STPIHKAL: tcode), ASCII lines on `tx` (serial), in the reference server's forms:
 * - HwPositionWithDuration: `L<FeatureIndex><position, 2+ digits>I<duration ms>\n`, e.g. `L051I200`;
 * - Position: `L0<position, 3+ digits>\nR0<position, 3+ digits>\n` (linear and twist axis 0);
 * - Vibrate: `V<FeatureIndex><level, 2+ digits>\n`, e.g. `V199`.
 * Digits are the step value as-is, so the value range in the config sets the TCode resolution.
 */
import { write, defineProtocol } from "../protocol";
import { ascii } from "./helpers";

const pad = (n: number, width: number) => String(Math.trunc(n)).padStart(width, "0");
const line = (text: string) => write("tx", ascii(text));

/** TCode v0.3: linear moves and vibration as text commands. */
export const tcodeV03 = defineProtocol({
  name: "tcode-v03",
  create: () => ({
    position: (_index, position) => [line(`L0${pad(position, 3)}\nR0${pad(position, 3)}\n`)],
    hwPositionWithDuration: (index, position, duration) => [
      line(`L${index}${pad(position, 2)}I${Math.trunc(duration)}\n`),
    ],
    vibrate: (index, speed) => [line(`V${index}${pad(speed, 2)}\n`)],
  }),
});
