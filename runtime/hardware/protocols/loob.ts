import { write, defineProtocol } from "../protocol";

/** Rust `as u16`: keep the low 16 bits. */
const u16 = (n: number) => n & 0xffff;

/**
 * Joyroid Loob: on connect, `00 01 01 f4` on `tx` (with response). Moves are
 * `position(16 bit BE) duration(16 bit BE)` with the position clamped to 1…1000 and the duration
 * (ms) at least 1.
 */
export const loob = defineProtocol({
  name: "loob",
  create: () => ({
    initialize: async (link) => {
      await link.execute(write("tx", [0x00, 0x01, 0x01, 0xf4], true));
    },
    hwPositionWithDuration: (_index, position, duration) => {
      const pos = Math.max(Math.min(u16(position), 1000), 1);
      const time = Math.max(u16(duration), 1);
      return [write("tx", [pos >> 8, pos & 0xff, time >> 8, time & 0xff])];
    },
  }),
});
