import { defineProtocol, type HardwareCommand, write } from "../protocol";
import { u8 } from "./helpers";

/**
 * TryFun's check byte, appended to a frame: ff minus every byte after the first, plus `count`
 * (mod 256). The reference counts the bytes it subtracts from 0 here and from 1 in the newer
 * models' counted frames, so `count` is the frame's length less one, or its length.
 */
export function withTryfunCheck(data: readonly number[], count: number): number[] {
  const check = data.slice(1).reduce((sum, b) => u8(sum - b), 0xff);
  return [...data, u8(check + count)];
}

/**
 * The newer models' frames (Black Hole, Meta 2): `id header… kind value check` on `tx`, where id
 * is a packet counter (+1 per frame, wrapping) and check counts the whole frame before it.
 * One counter per device: call once per handler.
 */
export function countedTryfunFrames(header: readonly number[]): (kind: number, value: number) => HardwareCommand[] {
  let packetId = 0;
  return (kind, value) => {
    const data = [packetId, ...header, kind, u8(value)];
    packetId = u8(packetId + 1);
    return [write("tx", withTryfunCheck(data, data.length))];
  };
}

/** `aa 02 kind level check`. */
const motorFrame = (kind: number, speed: number): number[] => {
  const data = [0xaa, 0x02, kind, u8(speed)];
  return withTryfunCheck(data, data.length - 1);
};

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
