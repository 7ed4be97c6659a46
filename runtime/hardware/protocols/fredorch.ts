/**
 * Fredorch (YXlinksSPP fucking machines): Modbus frames (CRC-16/Modbus appended, low byte first)
 * on tx, without response.
 *
 * Init: subscribe to rx, give the device up to 500 ms to announce itself, then five frames, each
 * of which the device must echo within 500 ms: program mode, record mode, "move to 0 at speed 5",
 * run, repeat.
 *
 * A move programs one step: 01 10 00 6b 00 05 0a 00 <speed> 00 <speed> 00 <pos> 00 <pos> 00 01,
 * the position 0–15 sent as 0–150 and the speed (1–20) looked up from the distance and duration
 * in the manufacturer's timing table. Oscillate programs the 0–225 range at the given speed.
 */
import { deviceError } from "../../errors";
import { defineProtocol, type HardwareLink, type ProtocolMethods, write } from "../protocol";
import { u8 } from "./helpers";

const NAME = "fredorch";
/** How long init waits for the wake-up announcement and for each echo. */
export const FREDORCH_COMMAND_TIMEOUT_MS = 500;

/**
 * The Modbus CRC-16 (reflected polynomial a001, start ffff) of a frame, as the two bytes the device
 * expects after it: low byte first.
 */
export function fredorchCrc(data: ArrayLike<number>): [number, number] {
  let crc = 0xffff;
  for (const value of Array.from(data)) {
    crc ^= value & 0xff;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return [crc & 0xff, crc >>> 8];
}

const withCrc = (frame: number[]): number[] => [...frame, ...fredorchCrc(frame)];

/** The init frames, in order (without CRC). */
const INIT = [
  [0x01, 0x06, 0x00, 0x64, 0x00, 0x01], // program mode
  [0x01, 0x06, 0x00, 0x69, 0x00, 0x00], // program mode: record
  [0x01, 0x10, 0x00, 0x6b, 0x00, 0x05, 0x0a, 0x00, 0x05, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01], // to 0 at speed 5
  [0x01, 0x06, 0x00, 0x69, 0x00, 0x01], // run the program
  [0x01, 0x06, 0x00, 0x6a, 0x00, 0x01], // repeat it
];

/** Time in ms one stroke of a distance (rows 1–15) takes at each speed (columns 1–20). */
const SPEED_MATRIX = [
  [1000, 800, 400, 235, 200, 172, 155, 92, 60, 45, 38, 34, 32, 28, 27, 26, 25, 24, 23, 22],
  [1500, 1000, 800, 680, 600, 515, 425, 265, 165, 115, 80, 70, 50, 48, 45, 35, 34, 33, 32, 30],
  [2500, 2310, 1135, 925, 792, 695, 565, 380, 218, 155, 105, 82, 70, 68, 65, 60, 48, 45, 43, 40],
  [3000, 2800, 1500, 1155, 965, 810, 690, 465, 260, 195, 140, 110, 85, 75, 74, 73, 70, 65, 60, 55],
  [3400, 3232, 2305, 1380, 1200, 1165, 972, 565, 328, 235, 162, 132, 98, 78, 75, 74, 73, 72, 71, 70],
  [3500, 3350, 2500, 1640, 1250, 1210, 1010, 645, 385, 275, 175, 160, 115, 95, 91, 90, 85, 80, 77, 75],
  [3600, 3472, 2980, 2060, 1560, 1275, 1132, 738, 430, 310, 230, 170, 128, 122, 110, 108, 105, 103, 101, 100],
  [3800, 3500, 3055, 2105, 1740, 1370, 1290, 830, 490, 355, 235, 195, 150, 140, 135, 132, 130, 125, 120, 119],
  [3900, 3518, 3190, 2315, 2045, 1510, 1442, 1045, 552, 392, 280, 225, 172, 145, 140, 138, 135, 134, 132, 130],
  [6000, 5755, 3240, 2530, 2135, 1605, 1500, 1200, 595, 425, 285, 245, 175, 170, 160, 155, 150, 145, 142, 140],
  [6428, 5872, 3335, 2780, 2270, 1782, 1590, 1310, 648, 470, 315, 255, 182, 180, 175, 172, 170, 162, 160, 155],
  [6730, 5950, 3490, 2995, 2395, 1890, 1650, 1350, 700, 500, 350, 290, 220, 190, 185, 180, 175, 170, 165, 160],
  [6962, 6122, 3880, 3205, 2465, 1900, 1700, 1400, 835, 545, 375, 310, 228, 195, 190, 185, 182, 181, 180, 175],
  [7945, 6365, 4130, 3470, 2505, 1910, 1755, 1510, 855, 580, 400, 330, 235, 210, 205, 200, 195, 190, 185, 180],
  [8048, 7068, 4442, 3708, 2668, 1930, 1800, 1520, 878, 618, 428, 365, 260, 255, 250, 240, 230, 220, 210, 200],
];

/** The slowest speed (1–20) whose stroke over `distance` (0–15) takes less than `durationMs`; 0 for no distance. */
export function fredorchSpeed(distance: number, durationMs: number): number {
  const d = Math.min(Math.max(distance, 0), 15);
  if (d === 0) return 0;
  for (let speed = 1; speed < 20; speed++) {
    if (SPEED_MATRIX[d - 1][speed - 1] < durationMs) return speed;
  }
  return 20;
}

/** The program-one-step frame (with CRC) for a speed and the two positions (0–255). */
const stepFrame = (speed: number, from: number, to: number): number[] =>
  withCrc([
    0x01,
    0x10,
    0x00,
    0x6b,
    0x00,
    0x05,
    0x0a,
    0x00,
    u8(speed),
    0x00,
    u8(speed),
    0x00,
    u8(from),
    0x00,
    u8(to),
    0x00,
    0x01,
  ]);

class Fredorch implements ProtocolMethods {
  /** Where the stroker is: the speed depends on the distance to the new position. */
  private previousPosition = 0;

  async initialize(link: HardwareLink): Promise<void> {
    await link.execute({ kind: "subscribe", endpoint: "rx" });
    // The device may announce itself (00 01 00 01 01); it is fine if it does not.
    await link.nextNotification("rx", FREDORCH_COMMAND_TIMEOUT_MS).catch(() => undefined);
    for (const frame of INIT) {
      await link.execute(write("tx", withCrc(frame)));
      try {
        await link.nextNotification("rx", FREDORCH_COMMAND_TIMEOUT_MS);
      } catch {
        throw deviceError(
          `${NAME}: ${link.name} did not answer init frame ${frame.map((b) => b.toString(16).padStart(2, "0")).join(" ")} within ${FREDORCH_COMMAND_TIMEOUT_MS} ms`,
        );
      }
    }
  }

  hwPositionWithDuration(_index: number, position: number, duration: number) {
    const speed = fredorchSpeed(Math.abs(this.previousPosition - position), duration);
    this.previousPosition = u8(position);
    // 15 positions, sent as tenths of the 0–150 travel.
    return [write("tx", stepFrame(speed, position * 10, position * 10))];
  }

  oscillate(_index: number, speed: number) {
    return [write("tx", stepFrame(speed, 0, speed === 0 ? 0 : 15 * 15))];
  }
}

/** The Fredorch protocol. */
export const fredorch = defineProtocol({
  name: NAME,
  create: () => new Fredorch(),
});
