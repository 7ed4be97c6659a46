/**
 * Hismith, legacy models (STPIHKAL: hismith). Every command is `aa idx value value+idx` on `tx`:
 * oscillation is slot 4; a vibrator is slot 4 as feature 0 (Wildolo) and slot 6 otherwise
 * (thrusting cup), where off is the value f0 rather than 0. The model number read from
 * `rxblemodel` picks the configuration; models outside the legacy list speak the hismith-mini
 * format, so the handler switches to it for them (see hismithProtocolFor).
 */
import type { Protocol, ProtocolHandler } from "../protocol";
import { write } from "../protocol";
import { createHismithMiniHandler, readHismithModel } from "./hismith-mini";
import { encodeOutput } from "./output-encoders";
import { u8 } from "./helpers";

/** Model numbers that speak the legacy `aa` format; any other model is a hismith-mini device. */
export const LEGACY_HISMITH_MODELS: readonly string[] = ["1001", "1002", "1003", "3001", "2001", "1006"];

const frame = (idx: number, value: number) => write("tx", [0xaa, idx, u8(value), u8(value + idx)]);

/** Which protocol a Hismith model number speaks: the legacy `aa` format or the hismith-mini `cc` one. */
export function hismithProtocolFor(model: string): "hismith" | "hismith-mini" {
  return LEGACY_HISMITH_MODELS.includes(model) ? "hismith" : "hismith-mini";
}

/** Legacy Hismith: `aa idx value checksum` frames. */
export const hismith: Protocol = {
  name: "hismith",
  identify: readHismithModel,
  redirect: (model) => (model === undefined ? undefined : hismithProtocolFor(model)),
  create: (definition) => {
    const legacy: ProtocolHandler = {
      output: (featureIndex, command) =>
        encodeOutput("hismith", featureIndex, command, {
          Oscillate: (_index, speed) => [frame(0x04, speed)],
          Vibrate: (index, speed) => (index === 0 ? [frame(0x04, speed)] : [frame(0x06, speed === 0 ? 0xf0 : speed)]),
        }),
    };
    // Every hismith configuration is a legacy model. Without one, the model was not recognised:
    // ask it again and speak the hismith-mini format if it is not legacy (the reference server
    // switches such devices to the hismith-mini protocol during identification).
    let active = legacy;
    return {
      initialize: async (link) => {
        if (definition.identifier !== undefined) return;
        if (hismithProtocolFor(await readHismithModel(link)) === "hismith-mini")
          active = createHismithMiniHandler(definition);
      },
      output: (featureIndex, command) => active.output(featureIndex, command),
    };
  },
};
