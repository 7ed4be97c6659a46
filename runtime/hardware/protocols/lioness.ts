import { deviceError, errorText } from "../../errors";
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/**
 * Lioness: on connect, subscribe to `rx` and write `01 aa aa bb cc 10` to `tx` with response — a
 * refused write means the device is not paired with the OS. Then `02 aa bb cc cc level`.
 */
export const lioness = defineProtocol({
  name: "lioness",
  create: () => ({
    initialize: async (link) => {
      await link.execute({ kind: "subscribe", endpoint: "rx" });
      try {
        await link.execute(write("tx", [0x01, 0xaa, 0xaa, 0xbb, 0xcc, 0x10], true));
      } catch (e) {
        throw deviceError(
          `Lioness ${link.address} refused its start frame (${errorText(e)}); it may need pairing with the OS — use PIN 6496 or 006496`,
        );
      }
    },
    vibrate: (_index, speed) => [write("tx", [0x02, 0xaa, 0xbb, 0xcc, 0xcc, u8(speed)])],
  }),
});
