/**
 * Motorbunny (STPIHKAL: motorbunny). One frame per command on `tx`:
 * vibrate `ff (level 14)×7 sum ec`, rotate `af (dir level)×7 sum ec` with dir 2a clockwise /
 * 29 counterclockwise, where sum is the byte-wise sum of the seven pairs. Off has its own frames:
 * `f0 00 00 00 00 ec` (vibrator) and `a0 00 00 00 00 ec` (rotator).
 */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** [head, pair×7, checksum, ec]. */
function frame(head: number, pair: [number, number]): number[] {
  const body: number[] = [];
  for (let i = 0; i < 7; i++) body.push(...pair);
  const sum = body.reduce((a, b) => u8(a + b), 0);
  return [head, ...body, sum, 0xec];
}

/** Motorbunny: repeated level pairs with an additive checksum. */
export const motorbunny = defineProtocol({
  name: "motorbunny",
  create: () => ({
    vibrate: (_index, speed) => [
      write("tx", speed === 0 ? [0xf0, 0x00, 0x00, 0x00, 0x00, 0xec] : frame(0xff, [u8(speed), 0x14])),
    ],
    rotate: (_index, speed) => [
      write(
        "tx",
        speed === 0
          ? [0xa0, 0x00, 0x00, 0x00, 0x00, 0xec]
          : frame(0xaf, [speed >= 0 ? 0x2a : 0x29, u8(Math.abs(speed))]),
      ),
    ],
  }),
});
