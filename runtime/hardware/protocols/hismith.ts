/**
 * Hismith, legacy models (STPIHKAL: hismith). Every command is `aa idx value value+idx` on `tx`:
 * oscillation is slot 4; a vibrator is slot 4 as feature 0 (Wildolo) and slot 6 otherwise
 * (thrusting cup), where off is the value f0 rather than 0. The model number read from
 * `rxblemodel` picks the configuration; models outside the legacy list speak the hismith-mini
 * format, so the handler switches to it for them (see hismithProtocolFor).
 */
import { defineProtocol, type OutputKind, unsupported, write } from "../protocol";
import { u8 } from "./helpers";
import { hismithMiniOutputs, readHismithModel } from "./hismith-mini";

/** Model numbers that speak the legacy `aa` format; any other model is a hismith-mini device. */
export const LEGACY_HISMITH_MODELS: readonly string[] = ["1001", "1002", "1003", "3001", "2001", "1006"];

const frame = (idx: number, value: number) => write("tx", [0xaa, idx, u8(value), u8(value + idx)]);

/** Which protocol a Hismith model number speaks: the legacy `aa` format or the hismith-mini `cc` one. */
export function hismithProtocolFor(model: string): "hismith" | "hismith-mini" {
  return LEGACY_HISMITH_MODELS.includes(model) ? "hismith" : "hismith-mini";
}

/** Legacy Hismith: `aa idx value checksum` frames. */
export const hismith = defineProtocol({
  name: "hismith",
  identify: readHismithModel,
  redirect: (model) => (model === undefined ? undefined : hismithProtocolFor(model)),
  create: (definition) => {
    // Every hismith configuration is a legacy model. Without one, the model was not recognised:
    // ask it again and speak the hismith-mini format if it is not legacy (the reference server
    // switches such devices to the hismith-mini protocol during identification).
    let mini: ReturnType<typeof hismithMiniOutputs> | undefined;
    const legacyLacks = (featureIndex: number, type: OutputKind) => unsupported("hismith", featureIndex, type);
    return {
      initialize: async (link) => {
        if (definition.identifier !== undefined) return;
        if (hismithProtocolFor(await readHismithModel(link)) === "hismith-mini") mini = hismithMiniOutputs(definition);
      },
      oscillate: (index, speed) => (mini ? mini.oscillate(index, speed) : [frame(0x04, speed)]),
      vibrate: (index, speed) => {
        if (mini) return mini.vibrate(index, speed);
        return index === 0 ? [frame(0x04, speed)] : [frame(0x06, speed === 0 ? 0xf0 : speed)];
      },
      constrict: (index, level) => {
        if (!mini) throw legacyLacks(index, "Constrict");
        return mini.constrict(index, level);
      },
      rotate: (index, speed) => {
        if (!mini) throw legacyLacks(index, "Rotate");
        return mini.rotate(index, speed);
      },
      spray: (index, level) => {
        if (!mini) throw legacyLacks(index, "Spray");
        return mini.spray(index, level);
      },
    };
  },
});
