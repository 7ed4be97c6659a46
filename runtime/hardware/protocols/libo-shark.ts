/**
 * Libo Shark (STPIHKAL: libo/libo-shark). Both motors travel in one byte on `tx`: feature 0 in the
 * high nibble, feature 1 in the low nibble, so the handler keeps the last level of each.
 */
import { write, defineProtocol } from "../protocol";
import { u8 } from "./helpers";

/** Libo Shark: two 4-bit motor levels packed in one byte. */
export const liboShark = defineProtocol({
  name: "libo-shark",
  create: (_definition, outputs) => ({
    vibrate: () => {
      const [first, second] = outputs.slots(2).map(u8);
      return [write("tx", [u8((first << 4) | second)], false, ["all"])];
    },
  }),
});
