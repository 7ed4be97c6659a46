import { write, defineProtocol } from "../protocol";

/** Keepalive period of Mizz Zee v3 devices (ms): they stop unless the last frame is repeated. */
export const MIZZZEE_V3_COMMAND_DELAY_MS = 200;

const f32 = Math.fround;
const OFF = [0x03, 0x12, ...Array<number>(18).fill(0)];
const FILL = [0x00, 0xfc, 0x00, 0xfe, 0x40, 0x01];

/**
 * The Mizz Zee v3 frame for a level 0…1000: `03 12 f3`, then twice (fill, power LE16) and a
 * trailing 00. Power is the level scaled into 0.3…1.0 of a 10-bit range, shifted left 6, with 3c
 * in the low bits; the arithmetic is 32-bit float, as in the reference server, so every level
 * gives the same bytes. Level 0 is twenty bytes `03 12 00 …`.
 */
export function mizzzeeV3Frame(level: number): number[] {
  if (level === 0) return OFF;
  const scale = f32(f32(f32(f32(f32(level) / f32(1000)) * f32(0.7)) + f32(0.3)) * f32(1023));
  const power = ((Math.min(Math.max(Math.trunc(scale), 0), 0xffff) << 6) | 60) & 0xffff;
  const le = [power & 0xff, power >> 8];
  return [0x03, 0x12, 0xf3, ...FILL, ...le, ...FILL, ...le, 0x00];
}

/** Mizz Zee v3: one repeated frame carrying a scaled 10-bit power, written with response. */
export const mizzzeeV3 = defineProtocol({
  name: "mizzzee-v3",
  create: (_definition, outputs) => {
    const frame = () => [write("tx", mizzzeeV3Frame(outputs.ofType("Vibrate")), true)];
    return {
      vibrate: frame,
      keepalive: () => ({ intervalMs: MIZZZEE_V3_COMMAND_DELAY_MS, commands: frame(), repeatsLastPacket: true }),
    };
  },
});
