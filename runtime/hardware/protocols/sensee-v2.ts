import { deviceError } from "../../errors";
import { type DefinedFeature, defineProtocol, type OutputKind, write } from "../protocol";
import { hasOutput, u8 } from "./helpers";

/** Device type byte when the model read does not give one. */
const DEFAULT_DEVICE_TYPE = 0x65;

/**
 * Frame `55 aa f0 02 00 len type f1 body 00 00`: start code, version 2, package 0, length of
 * (type, function, body, 2-byte check — sent as 00 00), device type, function f1 (set outputs).
 */
function frame(deviceType: number, body: number[]): number[] {
  return [0x55, 0xaa, 0xf0, 0x02, 0x00, u8(0x04 + body.length), deviceType, 0xf1, ...body, 0x00, 0x00];
}

/**
 * Sensee v2 (Capsule, Astronaut, Easylive, Qingnan…). At connect, 128 bytes are read from `tx`;
 * byte 6 is the device type (65 when absent or 0). Every command sends the whole state on `tx`:
 * the number of output groups, then per group present — vibrators 0, thrusters (Oscillate) 1,
 * suction (Constrict) 2 — `group count (n level)…` with n counting from 1 in FeatureIndex order.
 */
export const senseeV2 = defineProtocol({
  name: "sensee-v2",
  create: (definition, outputs) => {
    let deviceType = DEFAULT_DEVICE_TYPE;
    /** The FeatureIndex of each output of a group, in FeatureIndex order. */
    const group = (type: OutputKind) =>
      definition.features.filter((f: DefinedFeature) => hasOutput(f, type)).map((f) => f.FeatureIndex);
    const groups = [group("Vibrate"), group("Oscillate"), group("Constrict")];
    const setLevel = (groupIndex: number) => (featureIndex: number) => {
      if (!groups[groupIndex].includes(featureIndex))
        throw deviceError(`sensee-v2: FeatureIndex ${featureIndex} has no such output`);
      const body = [groups.filter((g) => g.length > 0).length];
      for (const [id, g] of groups.entries()) {
        if (g.length === 0) continue;
        body.push(id, g.length);
        for (const [n, index] of g.entries()) body.push(n + 1, u8(outputs.get(index)));
      }
      return [write("tx", frame(deviceType, body), false, ["all"])];
    };
    return {
      initialize: async (link) => {
        const model = await link.execute({ kind: "read", endpoint: "tx", length: 128, timeoutMs: 500 });
        if (model.length > 6 && model[6] !== 0) deviceType = model[6];
      },
      vibrate: setLevel(0),
      oscillate: setLevel(1),
      constrict: setLevel(2),
    };
  },
});
