import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** `aa 02 kind level check`, check = ff minus bytes 1…3 plus 3 (mod 256). */
function motorFrame(kind: number, speed: number): number[] {
  const data = [0xaa, 0x02, kind, u8(speed)];
  const check = data.slice(1).reduce((sum, b) => u8(sum - b), 0xff);
  return [...data, u8(check + 3)];
}

/**
 * TryFun (Yuan series, Surge Pro): frames on `tx`, all written with response. Stroker (Oscillate)
 * and rotator are `aa 02 07|08 level check`; the vibrator is
 * `00 02 00 05 on level 01 off fd-level`, where on = 2 / off = 0 while running and on = 1,
 * level = 2, off = 1 when stopped (fd-level uses at least level 1).
 */
export const tryfun = defineProtocol({
  name: "tryfun",
  create: () => ({
    oscillate: (_index, speed) => [write("tx", motorFrame(0x07, speed), true)],
    rotate: (_index, speed) => [write("tx", motorFrame(0x08, speed), true)],
    vibrate: (_index, speed) => {
      const stopped = speed === 0;
      return [
        write(
          "tx",
          [
            0x00,
            0x02,
            0x00,
            0x05,
            stopped ? 1 : 2,
            stopped ? 2 : u8(speed),
            0x01,
            stopped ? 1 : 0,
            u8(0xfd - Math.max(u8(speed), 1)),
          ],
          true,
        ),
      ];
    },
  }),
});
