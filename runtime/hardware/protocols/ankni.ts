import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** CRC-16/XMODEM (polynomial 1021, initial 0, no reflection). */
export function crc16(data: readonly number[]): number {
  let remain = 0;
  for (const byte of data) {
    remain ^= byte << 8;
    for (let bit = 0; bit < 8; bit++)
      remain = remain & 0x8000 ? ((remain << 1) ^ 0x1021) & 0xffff : (remain << 1) & 0xffff;
  }
  return remain;
}

/**
 * Ankni (Roselex): at connect, 16 bytes are read from `generic0` (the PnP characteristic). A short
 * reading (6 bytes or fewer, the MAC address) needs a handshake on `tx`, with response: twenty
 * `01`s, then `01 02`, sixteen check bytes and `00 00`, the check byte being the high byte of the
 * CRC-16 of `01` + the reading. Levels are `03 12 level` padded with zeros to 20 bytes, with response.
 */
export const ankni = defineProtocol({
  name: "ankni",
  create: () => ({
    initialize: async (link) => {
      const reading = await link.execute({ kind: "read", endpoint: "generic0", length: 16, timeoutMs: 100 });
      if (reading.length > 6) return;
      const check = crc16([0x01, ...reading]) >> 8;
      await link.execute(write("tx", Array<number>(20).fill(0x01), true));
      await link.execute(write("tx", [0x01, 0x02, ...Array<number>(16).fill(check), 0x00, 0x00], true));
    },
    vibrate: (_index, speed) => [write("tx", [0x03, 0x12, u8(speed), ...Array<number>(17).fill(0)], true)],
  }),
});
