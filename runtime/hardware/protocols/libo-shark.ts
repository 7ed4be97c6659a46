/**
 * Libo Shark (STPIHKAL: libo/libo-shark). Both motors travel in one byte on `tx`: feature 0 in the
 * high nibble, feature 1 in the low nibble, so the handler keeps the last level of each.
 */
import { write, type Protocol } from "../protocol";
import { encodeOutput } from "./output-encoders";
import { u8 } from "./helpers";

/** Libo Shark: two 4-bit motor levels packed in one byte. */
export const liboShark: Protocol = {
  name: "libo-shark",
  create: () => {
    const levels = [0, 0];
    return {
      output: (featureIndex, command) =>
        encodeOutput("libo-shark", featureIndex, command, {
          Vibrate: (index, speed) => {
            levels[index] = u8(speed);
            return [write("tx", [u8((levels[0] << 4) | levels[1])])];
          },
        }),
    };
  },
};
