/**
 * Hismith, legacy models (STPIHKAL: hismith). Every command is `aa idx value value+idx` on `tx`:
 * oscillation is slot 4; a vibrator is slot 4 as feature 0 (Wildolo) and slot 6 otherwise
 * (thrusting cup), where off is the value f0 rather than 0. The model number read from
 * `rxblemodel` picks the configuration; models outside the legacy list speak the hismith-mini
 * format, so the handler switches to it for them.
 */
import type { Protocol } from "../protocol";
import { write } from "../protocol";
import { createHismithMiniHandler, readHismithModel } from "./hismith-mini";
import { encodeOutput } from "./output-encoders";
import { u8 } from "./helpers";

/** Model numbers that speak the legacy `aa` format; any other model is a hismith-mini device. */
export const LEGACY_HISMITH_MODELS: readonly string[] = ["1001", "1002", "1003", "3001", "2001", "1006"];

const frame = (idx: number, value: number) => write("tx", [0xaa, idx, u8(value), u8(value + idx)]);

/** Legacy Hismith: `aa idx value checksum` frames. */
export const hismith: Protocol = {
  name: "hismith",
  identify: readHismithModel,
  create: (definition) => {
    if (definition.identifier !== undefined && !LEGACY_HISMITH_MODELS.includes(definition.identifier)) {
      return createHismithMiniHandler(definition);
    }
    return {
      output: (featureIndex, command) =>
        encodeOutput("hismith", featureIndex, command, {
          Oscillate: (_index, speed) => [frame(0x04, speed)],
          Vibrate: (index, speed) =>
            index === 0 ? [frame(0x04, speed)] : [frame(0x06, speed === 0 ? 0xf0 : speed)],
        }),
    };
  },
};
