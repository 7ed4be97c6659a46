import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * TryFun Black Hole / Rock: `id 02 00 03 kind level check` on `tx`, where id is a packet counter
 * (+1 per frame, wrapping), kind is 0c for the stroker (Oscillate) and 09 for the vibrator, and
 * check is ff minus bytes 1…5 plus 6 (mod 256).
 */
export const tryfunBlackhole = defineProtocol({
  name: "tryfun-blackhole",
  create: () => {
    let packetId = 0;
    const frame = (kind: number, speed: number) => {
      const data = [packetId, 0x02, 0x00, 0x03, kind, u8(speed)];
      packetId = u8(packetId + 1);
      const check = data.slice(1).reduce((sum, b) => u8(sum - b), 0xff);
      return [write("tx", [...data, u8(check + data.length)])];
    };
    return {
      oscillate: (_index, speed) => frame(0x0c, speed),
      vibrate: (_index, speed) => frame(0x09, speed),
    };
  },
});
