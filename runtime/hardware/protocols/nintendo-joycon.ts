/**
 * Nintendo Joy-Con (HID): rumble through 64-byte output reports on `tx`, in the reference
 * server's form:
 * - init: report 0x01, packet 0, no rumble, sub-command 0x48 (enable vibration) with data 01;
 * - update loop every 15 ms: report 0x10, packet 1, the same rumble for both sides at bytes 2–5
 *   and 6–9: 200 Hz at amplitude speed/1000 (Vibrate steps 0–1000), or the stop rumble at 0.
 * Rumble encoding (frequency/amplitude → 4 bytes) follows the reference's f32 arithmetic,
 * including Rust's saturating float→u8 casts.
 */
import { write, type HardwareCommand, defineProtocol } from "../protocol";

/** The reference's update-loop period (ms). */
export const JOYCON_UPDATE_MS = 15;

const f = Math.fround;
/** Rust `x as u8` for a float: NaN → 0, saturating at 0 and 255, fraction dropped. */
const asU8 = (x: number) => (Number.isNaN(x) ? 0 : Math.min(255, Math.max(0, Math.trunc(x))));
/** Rust f32::round (half away from zero). */
const roundF32 = (x: number) => f(Math.sign(x) * Math.round(Math.abs(x)));

/** The 4 rumble bytes for a frequency (Hz, 0–1252) and amplitude (0–1.799). */
export function rumbleBytes(frequency: number, amplitude: number): number[] {
  const freq = f(Math.min(1252, Math.max(0, frequency)));
  const amp = f(Math.min(1.799, Math.max(0, amplitude)));
  const encodedFreq = asU8(roundF32(f(f(Math.log2(f(freq / 10))) * 32)));
  const hfFreq = Math.max(0, encodedFreq - 0x60) * 4;
  const lfFreq = Math.max(0, encodedFreq - 0x41) + 1;
  let encodedAmp: number;
  if (amp > f(0.23)) encodedAmp = asU8(roundF32(f(f(Math.log2(f(amp * 8.7))) * 32)));
  else if (amp > f(0.12)) encodedAmp = asU8(roundF32(f(f(Math.log2(f(amp * 17))) * 16)));
  else encodedAmp = asU8(roundF32(f(f(f(f(Math.log2(amp)) * 32) - 96) / f(4 - f(2 * amp)))));
  const hfAmp = Math.min(0x1fc, encodedAmp * 2);
  const lfAmp = Math.min(0x7f, Math.floor(encodedAmp / 2) + 64);
  return [
    hfFreq & 0xff,
    (hfAmp + ((hfFreq >> 8) & 0xff)) & 0xff,
    // The reference shifts the u8 by 8 with wrapping_shr, which shifts by 8 mod 8 = 0.
    Math.min(255, lfFreq + lfAmp),
    lfAmp,
  ];
}

/** One output report: report id/command, packet number, left and right rumble, sub-command and data. */
export function joyconPacket(
  command: number,
  packet: number,
  subCommand: number,
  data: number[],
  rumble?: number[],
): HardwareCommand {
  const buf = new Array<number>(0x40).fill(0);
  buf[0] = command;
  buf[1] = packet;
  if (rumble) {
    buf.splice(2, 4, ...rumble);
    buf.splice(6, 4, ...rumble);
  }
  buf[10] = subCommand;
  buf.splice(11, data.length, ...data);
  return write("tx", buf);
}

/** Nintendo Joy-Con rumble. */
export const nintendoJoycon = defineProtocol({
  name: "nintendo-joycon",
  create: (_definition, outputs) => ({
    async initialize(link) {
      await link.execute(joyconPacket(0x01, 0, 0x48, [0x01]));
    },
    // Nothing at command time: the update loop carries the current rumble.
    vibrate: () => [],
    keepalive: () => {
      const amplitude = f(outputs.ofType("Vibrate") / 1000);
      const rumble = amplitude > f(0.001) ? rumbleBytes(200, amplitude) : rumbleBytes(0, 0);
      return { intervalMs: JOYCON_UPDATE_MS, commands: [joyconPacket(0x10, 1, 0, [], rumble)], updateLoop: true };
    },
  }),
});
